package vn.gazette.render.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.gazette.render.PageRenderer;
import vn.gazette.render.Views;
import vn.gazette.site.Article;
import vn.gazette.site.Site;
import vn.gazette.site.Taxonomy;

/** The index of a taxonomy ({@code /the/}, {@code /tinh/}): every term with its count. */
public final class TaxonomyPages extends PageKind<TaxonomyPages.Input> {

    /** @param taxonomy the taxonomy, with at least one term */
    public record Input(Taxonomy taxonomy) {
    }

    @Override
    public String name() {
        return "taxonomy";
    }

    @Override
    protected List<Input> inputs(Site site) {
        return site.taxonomies().stream().filter(t -> !t.terms().isEmpty()).map(Input::new).toList();
    }

    @Override
    protected String url(Input input) {
        return input.taxonomy().url();
    }

    @Override
    protected PageRenderer.Page page(Input input, PageRenderer pages) {
        Views.TaxonomyView view = pages.views().taxonomy(input.taxonomy());
        Map<String, Object> model = pages.base(pages.views().page(name(), view.title(), input.taxonomy().url(), ""));
        model.put("taxonomy", view);
        return pages.page(name(), model);
    }

    @Override
    protected List<Article> dating(Input input) {
        // a term lists its articles newest first: the newest of the taxonomy is the newest of the terms' first ones
        List<Article> firsts = new ArrayList<>();
        input.taxonomy().terms().forEach(t -> {
            if (!t.articles().isEmpty()) {
                firsts.add(t.articles().get(0));
            }
        });
        return newest(firsts);
    }
}
