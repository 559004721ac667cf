package vn.gazette.site;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chooses the related articles shown under an article ("Tin liên quan").
 *
 * <p>Candidates are the {@value #WINDOW} articles (or as many as are shown, when that is more) on either side of
 * it (by date) in each of its tags and in its province (its province as it is today, so Hà Giang and Tuyên Quang
 * articles meet). Each candidate scores 3 for the same province, 2 for each shared tag, and up to 1 for closeness
 * in time (1 / (1 + days apart / 30)). The highest scores win; ties go to the closer date, then to the URL. Looking
 * only at neighbours keeps the cost proportional to the number of articles, not its square. Immutable and
 * thread-safe after construction.
 */
public final class Related {

    static final int WINDOW = 25;

    private final Map<String, List<Article>> byTerm = new HashMap<>();
    private final Map<String, List<String>> termsOf = new HashMap<>();
    private final int count;
    private final int window;

    Related(List<Taxonomy> taxonomies, int count) {
        this.count = count;
        // all the shown articles may lie on one side, e.g. for the newest article of a province
        this.window = Math.max(WINDOW, count);
        for (Taxonomy taxonomy : taxonomies) {
            boolean province = taxonomy.name().equals(vn.gazette.config.TaxonomyConfig.PROVINCE);
            boolean tags = taxonomy.name().equals(vn.gazette.config.TaxonomyConfig.TAGS);
            if (!province && !tags) {
                continue;
            }
            for (Term term : taxonomy.terms()) {
                if (term.now().isPresent()) {
                    continue; // a former province's articles are listed under today's province too
                }
                String key = taxonomy.name() + ":" + term.url();
                byTerm.put(key, term.articles());
                for (Article article : term.articles()) {
                    termsOf.computeIfAbsent(article.url(), k -> new ArrayList<>()).add(key);
                }
            }
        }
    }

    /** Up to {@code count} related articles, best first. */
    public List<Article> of(Article article) {
        List<String> terms = termsOf.getOrDefault(article.url(), List.of());
        if (count == 0 || terms.isEmpty()) {
            return List.of();
        }
        Set<String> mine = new HashSet<>(terms);
        Map<String, Article> candidates = new HashMap<>();
        for (String term : terms) {
            List<Article> list = byTerm.get(term);
            int at = Collections.binarySearch(list, article, SiteAssembler.NEWEST_FIRST);
            for (int i = Math.max(0, at - window); i <= Math.min(list.size() - 1, at + window); i++) {
                Article other = list.get(i);
                if (other != article) {
                    candidates.putIfAbsent(other.url(), other);
                }
            }
        }
        List<Scored> scored = new ArrayList<>(candidates.size());
        for (Article other : candidates.values()) {
            double score = 0;
            for (String term : termsOf.getOrDefault(other.url(), List.of())) {
                if (mine.contains(term)) {
                    score += term.startsWith("province:") ? 3 : 2;
                }
            }
            long days = Math.abs(article.date().epochDay() - other.date().epochDay());
            scored.add(new Scored(other, score + 1.0 / (1 + days / 30.0), days));
        }
        scored.sort((a, b) -> {
            int byScore = Double.compare(b.score, a.score);
            if (byScore != 0) {
                return byScore;
            }
            int byDays = Long.compare(a.days, b.days);
            return byDays != 0 ? byDays : a.article.url().compareTo(b.article.url());
        });
        List<Article> best = new ArrayList<>(Math.min(count, scored.size()));
        for (int i = 0; i < scored.size() && i < count; i++) {
            best.add(scored.get(i).article);
        }
        return best;
    }

    private record Scored(Article article, double score, long days) {
    }
}
