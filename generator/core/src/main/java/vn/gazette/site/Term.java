package vn.gazette.site;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.gazette.config.Province;

/**
 * One value of a taxonomy (a tag, a province) with the articles filed under it, newest first. Immutable.
 *
 * @param taxonomy    the taxonomy's name ({@code tags}, {@code province} ...)
 * @param name        the display spelling: the most frequent one among the articles, or the vocabulary's name
 * @param slug        the URL segment
 * @param url         the term page's site path, e.g. {@code /the/thong-tin-doi-ngoai/}
 * @param articles    what the term page lists: for a current province, also the articles of the former
 *                    provinces merged into it
 * @param ownCount    how many articles name this term themselves
 * @param province    the vocabulary entry, for province terms
 * @param now         for a former province: the province it belongs to today
 * @param merged      for a current province: the former provinces merged into it that articles name
 */
public record Term(String taxonomy, String name, String slug, String url, List<Article> articles, int ownCount,
        Optional<Province> province, Optional<Link> now, List<Link> merged) {

    /** A link to another term page. */
    public record Link(String name, String url) {
        public Link {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(url, "url");
        }
    }

    public Term {
        Objects.requireNonNull(taxonomy, "taxonomy");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(url, "url");
        articles = List.copyOf(articles);
        Objects.requireNonNull(province, "province");
        Objects.requireNonNull(now, "now");
        merged = List.copyOf(merged);
    }

    public Link link() {
        return new Link(name, url);
    }

    /** The term's Atom feed. */
    public String feedUrl() {
        return url + "atom.xml";
    }
}
