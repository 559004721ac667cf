package vn.gazette.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import vn.gazette.content.Conference;
import vn.gazette.content.Speaker;
import vn.gazette.internal.Texts;

/**
 * The record of the archive's conferences, trainings and visits: every article with a {@code conference:}
 * block, newest event first, and the views the conference index offers (by kind, year, province, speaker).
 * Immutable and thread-safe.
 *
 * @param url       the index's site path, e.g. {@code /hoi-nghi-tap-huan/}
 * @param mainKinds the kinds the main index lists (trainings by default)
 * @param entries   every conference, newest start first (ties by article order)
 * @param byArticle each entry by its article's URL
 * @param main       the conferences the main index lists
 * @param years      the main index by year of the start, newest year first
 * @param provinces  the main index by province, in the province taxonomy's order: each province its articles
 *                   named, and each current province also the conferences of the former provinces merged into it
 * @param otherKinds the other kinds, each with its own index page at {@code <url>loai/<kind>/}
 * @param speakers   every speaker of the main index's conferences, in Vietnamese alphabetical order, each with
 *                   a page of their own at {@code <url>bao-cao-vien/<slug>/}
 */
public record Conferences(String url, List<Conference.Kind> mainKinds, List<Entry> entries,
        Map<String, Entry> byArticle, List<Entry> main, List<Group> years, List<Group> provinces,
        List<Group> otherKinds, List<SpeakerRecord> speakers) {

    /** One conference and the article that reports it. */
    public record Entry(Article article, Conference conference, Optional<Term> province) {
        public Entry {
            Objects.requireNonNull(article, "article");
            Objects.requireNonNull(conference, "conference");
            Objects.requireNonNull(province, "province");
        }

        /** The province as shown: its term's display name (the vocabulary's), else as the article wrote it. */
        public Optional<String> provinceName() {
            return province.map(Term::name).or(() -> article.front().province());
        }

        /** For a former province: the one it belongs to today; else the province as shown. */
        public Optional<String> provinceNow() {
            return province.flatMap(Term::now).map(Term.Link::name).or(() -> province.map(Term::name));
        }
    }

    /** A speaker and the conferences they spoke at, newest first; names are matched after NFC and case folding. */
    public record SpeakerRecord(String name, String slug, String url, List<Entry> entries) {
        public SpeakerRecord {
            entries = List.copyOf(entries);
        }
    }

    /** A group of conferences with its own page: a kind, a year or a province. */
    public record Group(String label, String url, List<Entry> entries) {
        public Group {
            entries = List.copyOf(entries);
        }
    }

    /** Newest start first; the same day by the article order (newest first, then URL). */
    static final Comparator<Entry> NEWEST_FIRST = Comparator.comparing((Entry e) -> e.conference().start()).reversed()
            .thenComparing(Entry::article, SiteAssembler.NEWEST_FIRST);

    public Conferences {
        Objects.requireNonNull(url, "url");
        mainKinds = List.copyOf(mainKinds);
        entries = List.copyOf(entries);
        byArticle = Map.copyOf(byArticle);
        main = List.copyOf(main);
        years = List.copyOf(years);
        provinces = List.copyOf(provinces);
        otherKinds = List.copyOf(otherKinds);
        speakers = List.copyOf(speakers);
    }

    /** The record of {@code entries} (newest first), with its views worked out once. */
    public static Conferences of(String url, List<Conference.Kind> mainKinds, List<Entry> entries,
            Optional<Taxonomy> provinceTaxonomy, Comparator<String> names) {
        Map<String, Entry> byArticle = new java.util.HashMap<>();
        entries.forEach(entry -> byArticle.put(entry.article().url(), entry));
        List<Entry> main = entries.stream().filter(e -> mainKinds.contains(e.conference().kind())).toList();
        return new Conferences(url, mainKinds, entries, byArticle, main, years(url, main),
                provinces(url, main, provinceTaxonomy), otherKinds(url, mainKinds, entries), speakers(url, main, names));
    }

    /** The conference an article reports, if any. */
    public Optional<Entry> entry(Article article) {
        return Optional.ofNullable(byArticle.get(article.url()));
    }

    private static List<Group> otherKinds(String url, List<Conference.Kind> mainKinds, List<Entry> entries) {
        Map<Conference.Kind, List<Entry>> byKind = new LinkedHashMap<>();
        for (Conference.Kind kind : Conference.Kind.values()) {
            if (!mainKinds.contains(kind)) {
                List<Entry> list = entries.stream().filter(e -> e.conference().kind() == kind).toList();
                if (!list.isEmpty()) {
                    byKind.put(kind, list);
                }
            }
        }
        List<Group> groups = new ArrayList<>();
        byKind.forEach((kind, list) -> groups.add(new Group(kind.word(), url + "loai/" + kind.word() + "/", list)));
        return groups;
    }

    /** The index page that lists conferences of {@code kind}: the main index, or the kind's own page. */
    public String indexUrl(Conference.Kind kind) {
        return mainKinds.contains(kind) ? url : url + "loai/" + kind.word() + "/";
    }

    private static List<Group> years(String url, List<Entry> main) {
        TreeMap<Integer, List<Entry>> byYear = new TreeMap<>(Comparator.reverseOrder());
        for (Entry entry : main) {
            byYear.computeIfAbsent(entry.conference().start().getYear(), y -> new ArrayList<>()).add(entry);
        }
        List<Group> groups = new ArrayList<>();
        byYear.forEach((year, list) -> groups.add(new Group(String.valueOf(year), url + year + "/", list)));
        return groups;
    }

    private static List<Group> provinces(String url, List<Entry> main, Optional<Taxonomy> taxonomy) {
        List<Group> groups = new ArrayList<>();
        if (taxonomy.isEmpty()) {
            return groups;
        }
        Map<String, List<Entry>> byProvince = new java.util.HashMap<>();
        for (Entry entry : main) {
            entry.province().ifPresent(t -> byProvince.computeIfAbsent(t.url(), k -> new ArrayList<>()).add(entry));
        }
        for (Term term : taxonomy.get().terms()) {
            List<Entry> list = new ArrayList<>(byProvince.getOrDefault(term.url(), List.of()));
            term.merged().forEach(m -> list.addAll(byProvince.getOrDefault(m.url(), List.of())));
            list.sort(NEWEST_FIRST);
            if (!list.isEmpty()) {
                groups.add(new Group(term.name(), url + "tinh/" + term.slug() + "/", list));
            }
        }
        return groups;
    }

    /** Speakers in the order {@code names} gives; two names with the same slug get -2, -3 ... in that order. */
    private static List<SpeakerRecord> speakers(String url, List<Entry> main, Comparator<String> names) {
        Map<String, String> display = new LinkedHashMap<>();
        Map<String, List<Entry>> byKey = new LinkedHashMap<>();
        for (Entry entry : main) {
            for (Speaker speaker : entry.conference().speakers()) {
                String key = Texts.fold(speaker.name());
                display.putIfAbsent(key, Texts.nfc(speaker.name().strip()));
                List<Entry> list = byKey.computeIfAbsent(key, k -> new ArrayList<>());
                if (!list.contains(entry)) {
                    list.add(entry);
                }
            }
        }
        List<String> keys = new ArrayList<>(byKey.keySet());
        keys.sort(Comparator.comparing(display::get, names));
        Map<String, Integer> slugs = new java.util.HashMap<>();
        List<SpeakerRecord> speakers = new ArrayList<>();
        for (String key : keys) {
            String base = vn.gazette.internal.Slugs.slugify(display.get(key));
            base = base.isEmpty() ? "bao-cao-vien" : base;
            int n = slugs.merge(base, 1, Integer::sum);
            String slug = n == 1 ? base : base + "-" + n;
            speakers.add(new SpeakerRecord(display.get(key), slug, url + "bao-cao-vien/" + slug + "/", byKey.get(key)));
        }
        return speakers;
    }

    /** The speakers index page. */
    public String speakersUrl() {
        return url + "bao-cao-vien/";
    }
}
