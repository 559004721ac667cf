package vn.gazette.render.pages;

import java.util.ArrayList;
import java.util.List;
import vn.gazette.render.Output;
import vn.gazette.render.OutputKind;
import vn.gazette.render.PageRenderer;
import vn.gazette.site.Article;
import vn.gazette.site.Site;
import vn.gazette.site.SiteAssembler;

/**
 * A kind of page rendered with the template {@code <name>.ftlh}: the inputs a site has (one record per page), the
 * path rule, the view model made from an input, and the articles that date a page in the sitemap. The view is made
 * from the input alone (and what every page shares), which is what makes the input's digest a correct incremental
 * key ({@link vn.gazette.render.OutputKeys}). Stateless and thread-safe.
 *
 * @param <I> the input record of one page
 */
public abstract class PageKind<I extends Record> implements OutputKind {

    /** One input per page, in publishing order. */
    protected abstract List<I> inputs(Site site);

    /** The page's site path, ending with {@code /} (published as {@code index.html} in that folder). */
    protected abstract String url(I input);

    /** The page's view model, made from its input only. */
    protected abstract PageRenderer.Page page(I input, PageRenderer pages);

    /** The articles whose latest change is the page's {@code lastmod} in the sitemap. */
    protected abstract List<Article> dating(I input);

    @Override
    public final List<Output> outputs(Site site, PageRenderer pages, List<Output> earlier) {
        List<Output> outputs = new ArrayList<>();
        for (I input : inputs(site)) {
            String url = url(input);
            outputs.add(new Output.Page(name(), url.substring(1) + "index.html", url, input, () -> page(input, pages),
                    dating(input), true));
        }
        return outputs;
    }

    /** The newest of some articles, as the one that dates an index page. */
    static List<Article> newest(List<Article> articles) {
        Article newest = null;
        for (Article article : articles) {
            if (newest == null || SiteAssembler.NEWEST_FIRST.compare(article, newest) < 0) {
                newest = article;
            }
        }
        return newest == null ? List.of() : List.of(newest);
    }
}
