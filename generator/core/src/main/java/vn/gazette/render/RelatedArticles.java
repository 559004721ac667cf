package vn.gazette.render;

import java.util.List;
import java.util.Objects;
import vn.gazette.site.Article;
import vn.gazette.site.Site;

/**
 * The related articles of an article, as an input of its page: ranked when the page is made, and counted in the
 * page's key by the articles the ranking chose ({@link OutputKeys}), so an unchanged page needs no ranking. Immutable.
 */
public record RelatedArticles(Article article) {

    public RelatedArticles {
        Objects.requireNonNull(article, "article");
    }

    /** The related articles, best first. */
    public List<Article> in(Site site) {
        return site.related().of(article);
    }
}
