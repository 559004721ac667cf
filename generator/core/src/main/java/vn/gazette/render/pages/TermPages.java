package vn.gazette.render.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.gazette.config.TaxonomyConfig;
import vn.gazette.render.PageRenderer;
import vn.gazette.render.Views;
import vn.gazette.site.Article;
import vn.gazette.site.Pager;
import vn.gazette.site.Site;
import vn.gazette.site.Taxonomy;
import vn.gazette.site.Term;

/** The pages of a term ({@code /the/tap-huan/}, {@code /the/tap-huan/trang/2/}): its articles, newest first. */
public final class TermPages extends ArticleListKind<TermPages.Input> {

    /**
     * @param taxonomy    the term's taxonomy
     * @param taxonomyUrl the taxonomy's index page
     * @param term        the term
     * @param pager       this page of its articles
     */
    public record Input(TaxonomyConfig taxonomy, String taxonomyUrl, Term term, Pager<Article> pager) implements Listing {
    }

    @Override
    public String name() {
        return "term";
    }

    @Override
    protected List<Input> inputs(Site site) {
        List<Input> inputs = new ArrayList<>();
        for (Taxonomy taxonomy : site.taxonomies()) {
            for (Term term : taxonomy.terms()) {
                for (Pager<Article> pager : site.pages(term.url(), term.articles())) {
                    inputs.add(new Input(taxonomy.config(), taxonomy.url(), term, pager));
                }
            }
        }
        return inputs;
    }

    @Override
    protected PageRenderer.Page page(Input input, PageRenderer pages) {
        Term term = input.term();
        Views.TermView view = pages.views().term(input.taxonomy(), input.taxonomyUrl(), term);
        String title = pages.numbered(view.taxonomyTitle() + ": " + view.heading(), input.pager());
        List<Views.LinkView> feeds = List.of(new Views.LinkView(pages.site().config().title() + " – " + term.name(),
                view.feedUrl(), false, null));
        return pages.list(name(), title, input.pager(), "", feeds, Map.of("term", view));
    }
}
