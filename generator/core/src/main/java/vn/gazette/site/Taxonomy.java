package vn.gazette.site;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.gazette.config.TaxonomyConfig;

/**
 * A taxonomy with its terms in Vietnamese alphabetical order (ICU collation: "Đà Nẵng" after "Dak Nông", "Hà Nam"
 * before "Hải Dương"). Immutable.
 *
 * @param config  the settings (name, URL segment, titles)
 * @param url     the index page of all terms, e.g. {@code /the/}
 * @param terms   every term, in collation order
 * @param byValue each term by the folded spelling (or vocabulary spelling) articles write
 * @param byArticle the terms of each article (by its URL), in the order the article names them
 */
public record Taxonomy(TaxonomyConfig config, String url, List<Term> terms, Map<String, Term> byValue,
        Map<String, List<Term>> byArticle) {

    public Taxonomy {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(url, "url");
        terms = List.copyOf(terms);
        byValue = Map.copyOf(byValue);
        byArticle = Map.copyOf(byArticle);
    }

    /** Builds the per-article index from the terms. */
    static Taxonomy of(TaxonomyConfig config, String url, List<Term> terms, Map<String, Term> byValue,
            List<Article> articles) {
        Map<String, List<Term>> byArticle = new java.util.HashMap<>();
        for (Article article : articles) {
            List<Term> mine = new java.util.ArrayList<>(2);
            for (String value : article.front().values(config.name())) {
                Term term = byValue.get(TaxonomyBuilder.key(value));
                if (term != null && !mine.contains(term)) {
                    mine.add(term);
                }
            }
            if (!mine.isEmpty()) {
                byArticle.put(article.url(), List.copyOf(mine));
            }
        }
        return new Taxonomy(config, url, terms, byValue, byArticle);
    }

    /** The terms an article is filed under, in the order it names them. */
    public List<Term> termsOf(Article article) {
        return byArticle.getOrDefault(article.url(), List.of());
    }

    public String name() {
        return config.name();
    }

    /** The term an article's value belongs to (the value as folded by {@link TaxonomyBuilder#key}). */
    public Optional<Term> term(String value) {
        return Optional.ofNullable(byValue.get(TaxonomyBuilder.key(value)));
    }
}
