package vn.gazette.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.gazette.config.TaxonomyConfig;
import vn.gazette.content.Conference;
import vn.gazette.content.FrontMatter;
import vn.gazette.content.Speaker;
import vn.gazette.site.Article;
import vn.gazette.site.Site;
import vn.gazette.site.Taxonomy;
import vn.gazette.site.Term;

/**
 * What the index learns from one article: each bare syllable with its weight and exact spellings, the pairs of
 * neighbouring syllables (phrases), the filter values (year, province and the province it is part of today, tags,
 * conference kind), and the metadata a result shows. Immutable once made.
 *
 * @param syllables by bare key
 * @param pairs     "bare bare" keys of neighbouring syllables
 * @param filters   filter keys such as {@code #p:ha-giang}
 * @param meta      the result's JSON object
 */
record Document(Map<String, Hit> syllables, Set<String> pairs, List<String> filters, String meta) {

    /** Weights of a syllable by where it is: a word of the title says more than one of the body. */
    static final int TITLE = 8;
    static final int LABEL = 4;
    static final int SUMMARY = 3;
    static final int FIELD = 2;
    static final int BODY = 1;

    /** Phrases are looked for in the fields and the first syllables of the body, where an article says what it is. */
    static final int BODY_PAIRS = 300;

    static final int SUMMARY_CHARS = 240;
    static final int BODY_CHARS = 280;

    /** One bare syllable in one article. */
    static final class Hit {
        int weight;
        final Set<String> exacts = new LinkedHashSet<>(2);
    }

    /** What one article contributes; {@code keys} folds syllables (one per thread: it remembers them). */
    static Document of(Site site, Article article, String bodyHtml, Keys keys) {
        FrontMatter front = article.front();
        Map<String, Hit> syllables = new HashMap<>();
        Set<String> pairs = new LinkedHashSet<>();
        List<String> filters = new ArrayList<>();
        filters.add("#y:" + article.date().localDate().getYear());
        String province = null;
        String provinceNow = null;
        List<String> labels = new ArrayList<>();
        for (Taxonomy taxonomy : site.taxonomies()) {
            for (Term term : site.terms(article, taxonomy)) {
                labels.add(term.name());
                if (taxonomy.name().equals(TaxonomyConfig.PROVINCE)) {
                    province = term.name();
                    filters.add("#p:" + term.slug());
                    if (term.now().isPresent()) {
                        provinceNow = term.now().get().name();
                        labels.add(provinceNow);
                        filters.add("#p:" + slugOf(term.now().get().url()));
                    }
                } else if (taxonomy.name().equals(TaxonomyConfig.TAGS)) {
                    filters.add("#t:" + term.slug());
                }
            }
        }
        Optional<Conference> conference = front.conference();
        conference.ifPresent(c -> filters.add("#k:" + c.kind().word()));
        Indexer indexer = new Indexer(syllables, pairs, keys);
        indexer.add(front.title(), TITLE, Integer.MAX_VALUE);
        front.summary().ifPresent(summary -> indexer.add(summary, SUMMARY, Integer.MAX_VALUE));
        labels.forEach(label -> indexer.add(label, LABEL, Integer.MAX_VALUE));
        front.author().ifPresent(author -> indexer.add(author, FIELD, Integer.MAX_VALUE));
        conference.ifPresent(c -> fields(c).forEach(field -> indexer.add(field, FIELD, Integer.MAX_VALUE)));
        String body = HtmlText.of(bodyHtml);
        indexer.add(body, BODY, BODY_PAIRS);
        String meta = meta(site, article, province, provinceNow, conference, body);
        return new Document(syllables, pairs, filters, meta);
    }

    private static List<String> fields(Conference conference) {
        List<String> fields = new ArrayList<>();
        conference.organizer().ifPresent(fields::add);
        fields.addAll(conference.partners());
        fields.addAll(conference.locations());
        for (Speaker speaker : conference.speakers()) {
            fields.add(speaker.name());
            speaker.role().ifPresent(fields::add);
        }
        fields.addAll(conference.topics());
        return fields;
    }

    private static String meta(Site site, Article article, String province, String provinceNow,
            Optional<Conference> conference, String body) {
        StringBuilder json = new StringBuilder(256).append('{');
        JsonText.field(json, "u", site.config().link(article.url()));
        JsonText.field(json, "t", article.title());
        JsonText.field(json, "d", article.date().localDate().toString());
        if (province != null) {
            JsonText.field(json, "p", province);
        }
        if (provinceNow != null) {
            JsonText.field(json, "n", provinceNow);
        }
        conference.ifPresent(c -> JsonText.field(json, "k", c.kind().word()));
        article.front().summary().ifPresent(s -> JsonText.field(json, "s", cut(s, SUMMARY_CHARS)));
        JsonText.field(json, "x", cut(body, BODY_CHARS));
        json.setLength(json.length() - 1);
        return json.append('}').toString();
    }

    /** At most {@code max} characters, cut at a space when there is one near the end. */
    static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int space = text.lastIndexOf(' ', max);
        int end = space > max * 3 / 4 ? space : max;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }

    /** The last segment of a site path: {@code /tinh/tuyen-quang/} → {@code tuyen-quang}. */
    static String slugOf(String url) {
        String path = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** Adds the syllables of texts with their weights, and the pairs among the first of them. */
    private record Indexer(Map<String, Hit> syllables, Set<String> pairs, Keys keys) {
        void add(String text, int weight, int pairLimit) {
            String[] previous = {null};
            int[] seen = {0};
            Syllables.each(text, (syllable, joined) -> {
                String[] key = keys.of(syllable);
                Hit hit = syllables.computeIfAbsent(key[0], k -> new Hit());
                hit.weight = Math.min(255, hit.weight + weight);
                hit.exacts.add(key[1]);
                if (joined && previous[0] != null && seen[0] < pairLimit) {
                    pairs.add(previous[0] + " " + key[0]);
                }
                previous[0] = key[0];
                seen[0]++;
            });
        }
    }

    /** Bare and exact keys of syllables, remembered: the same words come back all the time. Not thread-safe. */
    static final class Keys {
        private final Map<String, String[]> known = new HashMap<>();

        String[] of(String syllable) {
            String[] key = known.get(syllable);
            if (key == null) {
                key = new String[] {Syllables.bare(syllable), Syllables.exact(syllable)};
                if (known.size() > 200_000) {
                    known.clear();
                }
                known.put(syllable, key);
            }
            return key;
        }
    }
}
