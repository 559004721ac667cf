package vn.gazette.render;

import java.util.ArrayList;
import java.util.List;
import vn.gazette.config.SiteConfig;
import vn.gazette.content.ArticleDate;

/**
 * {@code sitemap.xml} (sitemaps.org 0.9) and {@code robots.txt}. A sitemap holds at most 50,000 addresses; a
 * larger site gets numbered sitemaps and {@code sitemap.xml} becomes their index. Thread-safe.
 */
public final class SitemapWriter {

    /** The protocol's limit of addresses per sitemap file. */
    public static final int MAX_URLS = 50_000;

    /**
     * One address in the sitemap.
     *
     * @param path    the site path
     * @param lastmod its last change, if known
     */
    public record Entry(String path, java.util.Optional<ArticleDate> lastmod) {
    }

    /** A file to write: its output path and text. */
    public record File(String path, String text) {
    }

    private final SiteConfig config;

    public SitemapWriter(SiteConfig config) {
        this.config = config;
    }

    /**
     * One sitemap file before it is written: its path and the addresses it lists; an index lists its parts, made of
     * all the site's addresses.
     */
    public record Part(String path, List<Entry> entries, boolean index) {
    }

    /**
     * The sitemap files for {@code entries}, not yet written: one, or an index and numbered parts. What a file says
     * is known from its part alone ({@link #text}), so the registry can key it without writing it.
     */
    public List<Part> parts(List<Entry> entries) {
        if (entries.size() <= MAX_URLS) {
            return List.of(new Part("sitemap.xml", entries, false));
        }
        List<Part> parts = new ArrayList<>();
        parts.add(new Part("sitemap.xml", entries, true));
        for (int start = 0, n = 1; start < entries.size(); start += MAX_URLS, n++) {
            parts.add(new Part("sitemap-" + n + ".xml",
                    entries.subList(start, Math.min(entries.size(), start + MAX_URLS)), false));
        }
        return parts;
    }

    /** The text of a sitemap file. */
    public String text(Part part) {
        return part.index() ? index(part.entries()) : urlset(part.entries());
    }

    /** The sitemap files for {@code entries}: one, or an index and numbered parts. */
    public List<File> sitemaps(List<Entry> entries) {
        return parts(entries).stream().map(part -> new File(part.path(), text(part))).toList();
    }

    private String index(List<Entry> entries) {
        XmlOutput index = new XmlOutput();
        index.open("sitemapindex", "xmlns", "http://www.sitemaps.org/schemas/sitemap/0.9");
        for (int start = 0, n = 1; start < entries.size(); start += MAX_URLS, n++) {
            List<Entry> part = entries.subList(start, Math.min(entries.size(), start + MAX_URLS));
            index.open("sitemap");
            index.element("loc", config.absoluteUrl("/sitemap-" + n + ".xml"));
            part.stream().flatMap(e -> e.lastmod().stream()).max(Comparable::compareTo)
                    .ifPresent(d -> index.element("lastmod", d.iso()));
            index.close();
        }
        index.close();
        return index.finish();
    }

    private String urlset(List<Entry> entries) {
        XmlOutput xml = new XmlOutput();
        xml.open("urlset", "xmlns", "http://www.sitemaps.org/schemas/sitemap/0.9");
        for (Entry entry : entries) {
            xml.open("url");
            xml.element("loc", config.absoluteUrl(entry.path()));
            entry.lastmod().ifPresent(d -> xml.element("lastmod", d.iso()));
            xml.close();
        }
        xml.close();
        return xml.finish();
    }

    public String robots() {
        return "User-agent: *\nAllow: /\n\nSitemap: " + config.absoluteUrl("/sitemap.xml") + "\n";
    }
}
