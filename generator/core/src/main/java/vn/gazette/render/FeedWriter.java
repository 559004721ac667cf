package vn.gazette.render;

import java.util.List;
import vn.gazette.config.SiteConfig;
import vn.gazette.content.FrontMatter;
import vn.gazette.site.Article;

/**
 * Atom feeds (RFC 4287): the site's and one per term, each with the latest entries, their full summaries and
 * absolute links. The feed's {@code updated} is its newest entry's last change, never the build time, so the
 * same content gives the same bytes. Thread-safe.
 */
public final class FeedWriter {

    private final SiteConfig config;

    public FeedWriter(SiteConfig config) {
        this.config = config;
    }

    /**
     * A feed.
     *
     * @param title    the feed's title
     * @param pagePath the site path of the page the feed follows ({@code /} or a term page)
     * @param articles newest first; only the first {@code feedSize} are written
     */
    public String feed(String title, String pagePath, List<Article> articles) {
        List<Article> entries = articles.subList(0, Math.min(articles.size(), config.feedSize()));
        String page = config.absoluteUrl(pagePath);
        XmlOutput xml = new XmlOutput();
        xml.open("feed", "xmlns", "http://www.w3.org/2005/Atom", "xml:lang", config.languageCode());
        xml.element("title", title);
        if (!config.description().isEmpty()) {
            xml.element("subtitle", config.description());
        }
        xml.empty("link", "rel", "alternate", "type", "text/html", "href", page);
        xml.empty("link", "rel", "self", "type", "application/atom+xml", "href", page + "atom.xml");
        xml.element("id", page);
        xml.element("updated", entries.stream().map(a -> a.front().lastModified())
                .max(Comparable::compareTo).map(d -> d.isoDateTime()).orElse("1970-01-01T00:00:00Z"));
        xml.open("author");
        xml.element("name", config.title());
        xml.close();
        xml.element("generator", "Gazette");
        for (Article article : entries) {
            FrontMatter front = article.front();
            String url = config.absoluteUrl(article.url());
            xml.open("entry");
            xml.element("title", article.title());
            xml.empty("link", "rel", "alternate", "type", "text/html", "href", url);
            xml.element("id", url);
            xml.element("published", front.date().isoDateTime());
            xml.element("updated", front.lastModified().isoDateTime());
            if (front.author().isPresent()) {
                xml.open("author");
                xml.element("name", front.author().get());
                xml.close();
            }
            if (front.summary().isPresent()) {
                xml.element("summary", front.summary().get(), "type", "text");
            }
            for (String tag : front.tags()) {
                xml.empty("category", "term", tag);
            }
            xml.close();
        }
        xml.close();
        return xml.finish();
    }
}
