package vn.gazette.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.gazette.config.TaxonomyConfig;

/**
 * How an article's terms are shown, resolved once when the site is assembled, so that every page, feed, export and
 * JSON-LD shows the same names: the province as the vocabulary names it (else as written), and each term's display
 * spelling and page. Immutable.
 *
 * @param province    the province's display name: the vocabulary's (or the term's most frequent spelling), else
 *                    the value as written; empty when the article names none
 * @param provinceTerm the province's term page, when it has one
 * @param provinceNow for a former province: the province it belongs to today
 * @param terms       the article's terms of every other taxonomy, in site.yaml order, then in the order the article
 *                    names them
 */
public record ArticleNames(Optional<String> province, Optional<Term.Link> provinceTerm, Optional<Term.Link> provinceNow,
        List<Named> terms) {

    /** A term of a taxonomy other than the province. */
    public record Named(String taxonomy, Term.Link term) {
        public Named {
            Objects.requireNonNull(taxonomy, "taxonomy");
            Objects.requireNonNull(term, "term");
        }
    }

    public ArticleNames {
        Objects.requireNonNull(province, "province");
        Objects.requireNonNull(provinceTerm, "provinceTerm");
        Objects.requireNonNull(provinceNow, "provinceNow");
        terms = List.copyOf(terms);
    }

    /** Resolves an article's names from the site's taxonomies. */
    static ArticleNames of(Article article, List<Taxonomy> taxonomies) {
        Optional<Term> province = Optional.empty();
        List<Named> terms = new ArrayList<>();
        for (Taxonomy taxonomy : taxonomies) {
            for (Term term : taxonomy.termsOf(article)) {
                if (taxonomy.name().equals(TaxonomyConfig.PROVINCE)) {
                    province = Optional.of(term);
                } else {
                    terms.add(new Named(taxonomy.name(), term.link()));
                }
            }
        }
        Optional<String> name = province.map(Term::name).or(() -> article.front().province());
        return new ArticleNames(name, province.map(Term::link), province.flatMap(Term::now), terms);
    }
}
