package vn.gazette.render.pages;

import java.util.ArrayList;
import java.util.List;
import vn.gazette.render.FeedWriter;
import vn.gazette.render.Output;
import vn.gazette.render.PageRenderer;
import vn.gazette.site.Article;
import vn.gazette.site.Site;
import vn.gazette.site.Taxonomy;
import vn.gazette.site.Term;

/** The Atom feeds: the site's ({@code /atom.xml}) and one beside every term page. */
public final class Feeds extends FileKind<Feeds.Input> {

    /**
     * @param title    the feed's title
     * @param pageUrl  the site path of the page the feed follows
     * @param articles its entries, newest first (the latest {@code feedSize})
     */
    public record Input(String title, String pageUrl, List<Article> articles) {
    }

    @Override
    public String name() {
        return "atom";
    }

    @Override
    protected List<Input> inputs(Site site, List<Output> earlier) {
        String title = site.config().title();
        List<Input> inputs = new ArrayList<>();
        inputs.add(new Input(title, "/", latest(site, site.articles())));
        for (Taxonomy taxonomy : site.taxonomies()) {
            for (Term term : taxonomy.terms()) {
                inputs.add(new Input(title + " – " + term.name(), term.url(), latest(site, term.articles())));
            }
        }
        return inputs;
    }

    private static List<Article> latest(Site site, List<Article> articles) {
        return articles.subList(0, Math.min(articles.size(), site.config().feedSize()));
    }

    @Override
    protected String path(Input input) {
        return input.pageUrl().substring(1) + "atom.xml";
    }

    @Override
    protected byte[] bytes(Input input, PageRenderer pages) {
        return utf8(new FeedWriter(pages.site().config()).feed(input.title(), input.pageUrl(), input.articles()));
    }
}
