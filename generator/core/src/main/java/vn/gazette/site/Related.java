package vn.gazette.site;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.gazette.config.TaxonomyConfig;

/**
 * Chooses the related articles shown under an article ("Tin liên quan").
 *
 * <p>Candidates are the articles on either side of it (by date) in each of its tags and in its province (its
 * province as it is today, so Hà Giang and Tuyên Quang articles meet): {@value #WINDOW} on each side, or as many
 * as {@code related:} asks for if that is more. Each candidate scores 3 for the same province, 2 for each shared
 * tag, and up to 1 for closeness in time (1 / (1 + days apart / 30)). The highest scores win; ties go to the
 * closer date, then to the URL. Looking only at neighbours keeps the cost proportional to the number of
 * articles, not its square; the index is kept in plain arrays so that ten thousand lookups stay cheap.
 * Thread-safe after construction (what it ranked it remembers).
 */
public final class Related {

    static final int WINDOW = 25;

    private final List<Article> articles;
    private final Map<String, Integer> ids = new HashMap<>();
    private final long[] days;
    private final int[][] termsOf;
    private final int[][] members;
    private final boolean[] province;
    private final int count;
    private final int window;
    /** Each article's related articles once ranked, by number (immutable lists: they may be shared by threads). */
    private final java.util.concurrent.atomic.AtomicReferenceArray<List<Article>> ranked;

    /** @param articles every article, newest first (the site's order) */
    Related(List<Article> articles, List<Taxonomy> taxonomies, int count) {
        this.articles = articles;
        this.count = count;
        this.window = Math.max(WINDOW, count);
        this.days = new long[articles.size()];
        this.ranked = new java.util.concurrent.atomic.AtomicReferenceArray<>(articles.size());
        for (int i = 0; i < articles.size(); i++) {
            ids.put(articles.get(i).url(), i);
            days[i] = articles.get(i).date().epochDay();
        }
        List<int[]> memberLists = new ArrayList<>();
        List<Boolean> provinceFlags = new ArrayList<>();
        List<List<Integer>> termLists = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            termLists.add(new ArrayList<>(4));
        }
        for (Taxonomy taxonomy : taxonomies) {
            boolean isProvince = taxonomy.name().equals(TaxonomyConfig.PROVINCE);
            if (!isProvince && !taxonomy.name().equals(TaxonomyConfig.TAGS)) {
                continue;
            }
            for (Term term : taxonomy.terms()) {
                if (term.now().isPresent()) {
                    continue; // a former province's articles are listed under today's province too
                }
                int termId = memberLists.size();
                int[] list = new int[term.articles().size()];
                for (int i = 0; i < list.length; i++) {
                    list[i] = ids.get(term.articles().get(i).url());
                    termLists.get(list[i]).add(termId);
                }
                Arrays.sort(list); // newest first is ascending site order
                memberLists.add(list);
                provinceFlags.add(isProvince);
            }
        }
        this.members = memberLists.toArray(new int[0][]);
        this.province = new boolean[provinceFlags.size()];
        for (int i = 0; i < province.length; i++) {
            province[i] = provinceFlags.get(i);
        }
        this.termsOf = new int[articles.size()][];
        for (int i = 0; i < articles.size(); i++) {
            termsOf[i] = termLists.get(i).stream().mapToInt(Integer::intValue).sorted().toArray();
        }
    }

    /**
     * Up to {@code count} related articles, best first. Ranked once per article (a page's key and the page itself
     * both ask for them).
     */
    public List<Article> of(Article article) {
        Integer id = ids.get(article.url());
        if (count == 0 || id == null || termsOf[id].length == 0) {
            return List.of();
        }
        List<Article> known = ranked.get(id);
        if (known == null) {
            known = rank(id);
            ranked.set(id, known);
        }
        return known;
    }

    /**
     * The best {@code count} candidates, kept in order as they are scored (a candidate worse than the last kept one
     * costs one comparison): the same as sorting them all, since no two candidates compare equal.
     */
    private List<Article> rank(int id) {
        int[] candidates = candidates(id);
        Scored[] best = new Scored[Math.min(count, candidates.length)];
        int kept = 0;
        for (int other : candidates) {
            long apart = Math.abs(days[id] - days[other]);
            Scored scored = new Scored(other, shared(termsOf[id], termsOf[other]) + 1.0 / (1 + apart / 30.0), apart);
            if (kept == best.length && compare(scored, best[kept - 1]) >= 0) {
                continue;
            }
            int at = kept == best.length ? kept - 1 : kept++;
            while (at > 0 && compare(scored, best[at - 1]) < 0) {
                best[at] = best[at - 1];
                at--;
            }
            best[at] = scored;
        }
        List<Article> chosen = new ArrayList<>(kept);
        for (int i = 0; i < kept; i++) {
            chosen.add(articles.get(best[i].id));
        }
        return List.copyOf(chosen);
    }

    /** Higher scores first; ties to the closer date, then to the address. */
    private int compare(Scored a, Scored b) {
        int byScore = Double.compare(b.score, a.score);
        if (byScore != 0) {
            return byScore;
        }
        int byDays = Long.compare(a.days, b.days);
        return byDays != 0 ? byDays : articles.get(a.id).url().compareTo(articles.get(b.id).url());
    }

    /**
     * A digest of everything {@link #of} reads to rank an article's candidates: given one number per article (in
     * the site's order) that changes whenever the article's date, terms or address change, the digest changes
     * whenever the ranking could. Cheaper than ranking: it only walks the candidates, term by term, as they stand in
     * each term's list (an article in two of the terms counts twice, which the stamps decide as well), so they need
     * not be sorted and made unique.
     *
     * @param stamps one number per article, in the order of the site's article list
     */
    public long inputs(Article article, long[] stamps) {
        Integer id = ids.get(article.url());
        if (id == null) {
            return 0;
        }
        long digest = stamps[id] * 31 + count;
        for (int term : termsOf[id]) {
            int[] list = members[term];
            int at = Arrays.binarySearch(list, id);
            for (int i = Math.max(0, at - window); i <= Math.min(list.length - 1, at + window); i++) {
                if (list[i] != id) {
                    digest = (digest ^ stamps[list[i]]) * 0x9E3779B97F4A7C15L;
                    digest ^= digest >>> 29;
                }
            }
        }
        return digest;
    }

    /** The neighbours of {@code id} in each of its terms, each once, without itself. */
    private int[] candidates(int id) {
        int[] found = new int[termsOf[id].length * (2 * window + 1)];
        int size = 0;
        for (int term : termsOf[id]) {
            int[] list = members[term];
            int at = Arrays.binarySearch(list, id);
            for (int i = Math.max(0, at - window); i <= Math.min(list.length - 1, at + window); i++) {
                if (list[i] != id) {
                    found[size++] = list[i];
                }
            }
        }
        Arrays.sort(found, 0, size);
        int unique = 0;
        for (int i = 0; i < size; i++) {
            if (unique == 0 || found[unique - 1] != found[i]) {
                found[unique++] = found[i];
            }
        }
        return Arrays.copyOf(found, unique);
    }

    /** 3 for a shared province, 2 for each shared tag: both term lists are sorted. */
    private int shared(int[] mine, int[] theirs) {
        int score = 0;
        int i = 0;
        int j = 0;
        while (i < mine.length && j < theirs.length) {
            if (mine[i] == theirs[j]) {
                score += province[mine[i]] ? 3 : 2;
                i++;
                j++;
            } else if (mine[i] < theirs[j]) {
                i++;
            } else {
                j++;
            }
        }
        return score;
    }

    private record Scored(int id, double score, long days) {
    }
}
