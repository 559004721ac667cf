package vn.gazette.render.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.gazette.content.ArticleDate;
import vn.gazette.render.Output;
import vn.gazette.render.PageRenderer;
import vn.gazette.render.SitemapWriter;
import vn.gazette.site.Article;
import vn.gazette.site.Schedule;
import vn.gazette.site.Site;

/**
 * The files at the top of the site that describe it: the sitemap (every page listed before it, with its last
 * change; split into parts with an index past 50,000 addresses), robots.txt pointing at it, and schedule.json.
 */
public final class SiteFiles extends FileKind<SiteFiles.Input> {

    /**
     * @param path     the file
     * @param sitemap  a sitemap file, with the addresses it lists (the pages listed before it); null for the others
     * @param schedule the next change, for schedule.json; null for the others
     */
    public record Input(String path, SitemapWriter.Part sitemap, Schedule schedule) {
    }

    @Override
    public String name() {
        return "site-files";
    }

    /** The sitemap lists the pages of the kinds before it. */
    @Override
    public boolean readsEarlier() {
        return true;
    }

    @Override
    protected List<Input> inputs(Site site, List<Output> earlier) {
        List<Input> inputs = new ArrayList<>();
        // the files are written only when their keys changed: each is known by the addresses it lists
        for (SitemapWriter.Part part : new SitemapWriter(site.config()).parts(entries(earlier))) {
            inputs.add(new Input(part.path(), part, null));
        }
        inputs.add(new Input("robots.txt", null, null));
        inputs.add(new Input(Schedule.FILE, null, site.schedule()));
        return inputs;
    }

    /** The pages listed before, in order (the lists, then the articles), with their last change. */
    private static List<SitemapWriter.Entry> entries(List<Output> earlier) {
        List<SitemapWriter.Entry> entries = new ArrayList<>();
        for (Output output : earlier) {
            if (output instanceof Output.Page page && page.listed()) {
                entries.add(new SitemapWriter.Entry(page.url(), latest(page.dating())));
            } else if (output instanceof Output.ArticlePage page) {
                entries.add(new SitemapWriter.Entry(page.url(), Optional.of(page.article().front().lastModified())));
            }
        }
        return entries;
    }

    private static Optional<ArticleDate> latest(List<Article> articles) {
        ArticleDate latest = null;
        for (Article article : articles) { // a loop, not a stream: the sitemap's registry runs at every rebuild
            ArticleDate date = article.front().lastModified();
            if (latest == null || date.compareTo(latest) > 0) {
                latest = date;
            }
        }
        return Optional.ofNullable(latest);
    }

    @Override
    protected String path(Input input) {
        return input.path();
    }

    @Override
    protected byte[] bytes(Input input, PageRenderer pages) {
        if (input.schedule() != null) {
            return utf8(input.schedule().json());
        }
        SitemapWriter writer = new SitemapWriter(pages.site().config());
        return utf8(input.sitemap() != null ? writer.text(input.sitemap()) : writer.robots());
    }
}
