package vn.gazette.search;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import vn.gazette.config.TaxonomyConfig;
import vn.gazette.site.Site;
import vn.gazette.site.Taxonomy;
import vn.gazette.site.TaxonomyBuilder;
import vn.gazette.site.Term;

/**
 * What the search page filters results by, {@code facets.json} in the index: the provinces, the {@link #FACET_TAGS}
 * tags of most articles, the years, and the conference kinds, each province and tag with its slug, name and number
 * of articles. Stateless.
 */
final class Facets {

    static final int FACET_TAGS = 300;

    private Facets() {
    }

    /** The facets of a site; the conference kinds are those among {@code filterKeys}. */
    static String of(Site site, Collection<String> filterKeys) {
        StringBuilder json = new StringBuilder("{\"provinces\":[");
        Comparator<String> names = TaxonomyBuilder.vietnamese();
        site.taxonomy(TaxonomyConfig.PROVINCE).ifPresent(taxonomy -> terms(json, taxonomy.terms().stream()
                .sorted(Comparator.comparing(Term::name, names)).toList()));
        json.append("],\"tags\":[");
        site.taxonomy(TaxonomyConfig.TAGS).ifPresent(taxonomy -> terms(json, topTags(taxonomy, names)));
        json.append("],\"years\":[");
        json.append(String.join(",", site.archive().years().stream().map(y -> String.valueOf(y.year())).toList()));
        json.append("],\"kinds\":[");
        json.append(String.join(",", filterKeys.stream().filter(k -> k.startsWith("#k:")).sorted()
                .map(k -> "\"" + k.substring(3) + "\"").toList()));
        return json.append("]}\n").toString();
    }

    private static List<Term> topTags(Taxonomy taxonomy, Comparator<String> names) {
        return taxonomy.terms().stream()
                .sorted(Comparator.comparingInt((Term t) -> -t.articles().size()).thenComparing(Term::name, names))
                .limit(FACET_TAGS).sorted(Comparator.comparing(Term::name, names)).toList();
    }

    private static void terms(StringBuilder json, List<Term> terms) {
        for (int i = 0; i < terms.size(); i++) {
            Term term = terms.get(i);
            json.append(i > 0 ? "," : "").append('{');
            JsonText.field(json, "s", term.slug());
            JsonText.field(json, "n", term.name());
            json.append("\"c\":").append(term.articles().size()).append('}');
        }
    }
}
