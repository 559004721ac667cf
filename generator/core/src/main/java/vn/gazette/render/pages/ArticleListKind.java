package vn.gazette.render.pages;

import java.util.List;
import vn.gazette.site.Article;
import vn.gazette.site.Pager;

/**
 * A page kind that lists articles, one page of the list per input: published at the page's URL and dated in the
 * sitemap by the articles it shows. Stateless and thread-safe.
 *
 * @param <I> the input record of one page
 */
public abstract class ArticleListKind<I extends Record & ArticleListKind.Listing> extends PageKind<I> {

    /** An input that holds one page of a list of articles. */
    public interface Listing {
        Pager<Article> pager();
    }

    @Override
    protected final String url(I input) {
        return input.pager().url();
    }

    @Override
    protected final List<Article> dating(I input) {
        return input.pager().items();
    }
}
