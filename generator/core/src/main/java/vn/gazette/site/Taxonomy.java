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
 */
public record Taxonomy(TaxonomyConfig config, String url, List<Term> terms, Map<String, Term> byValue) {

    public Taxonomy {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(url, "url");
        terms = List.copyOf(terms);
        byValue = Map.copyOf(byValue);
    }

    public String name() {
        return config.name();
    }

    /** The term an article's value belongs to (the value as folded by {@link TaxonomyBuilder#key}). */
    public Optional<Term> term(String value) {
        return Optional.ofNullable(byValue.get(TaxonomyBuilder.key(value)));
    }
}
