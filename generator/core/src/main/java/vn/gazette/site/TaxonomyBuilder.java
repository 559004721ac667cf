package vn.gazette.site;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import vn.gazette.config.Province;
import vn.gazette.config.ProvinceVocabulary;
import vn.gazette.config.TaxonomyConfig;
import vn.gazette.content.PartialFrontMatter;
import vn.gazette.internal.Slugs;
import vn.gazette.internal.Texts;
import vn.gazette.problem.Message;
import vn.gazette.problem.Problems;
import vn.gazette.problem.SourcePosition;
import vn.gazette.source.SourceFile;

/**
 * Groups articles into the terms of each taxonomy.
 *
 * <p>Spellings are compared after NFC normalisation and case folding, so "Thông tin đối ngoại", "thông tin đối
 * ngoại" and an NFD-typed spelling are one term, shown in its most frequent spelling. Two different terms whose
 * slugs clash (Huế and Huệ both give {@code hue}) are an error naming both, unless {@code slugs:} in site.yaml
 * gives one of them its own. Province values are checked against the vocabulary when the site has one: an
 * unknown name is an error with a suggestion, and a province merged away before the article's date is a warning.
 * Terms are sorted with ICU's Vietnamese collator. One per build; thread-safe (it reports to thread-safe problems,
 * and its collator is frozen): the taxonomies of a site are built at the same time.
 */
public final class TaxonomyBuilder {

    private final Collator collator;
    private final ProvinceVocabulary vocabulary;
    private final Problems problems;

    public TaxonomyBuilder(ProvinceVocabulary vocabulary, Problems problems) {
        this.collator = Vietnamese.COLLATOR;
        this.vocabulary = vocabulary;
        this.problems = problems;
    }

    /** The form in which two spellings of a term are the same. */
    public static String key(String value) {
        return Texts.fold(value);
    }

    /** The comparator used for every list of names: Vietnamese alphabetical order, then code points. */
    public Comparator<String> names() {
        return ((Comparator<String>) collator::compare).thenComparing(Comparator.naturalOrder());
    }

    /** The same order for other stages: ICU's Vietnamese collator (frozen, so thread-safe), then code points. */
    public static Comparator<String> vietnamese() {
        return ((Comparator<String>) Vietnamese.COLLATOR::compare).thenComparing(Comparator.naturalOrder());
    }

    /**
     * ICU's Vietnamese collator, made once and frozen (so every thread may use it): the first one made loads ICU's
     * collation data, which takes a fresh JVM tens of milliseconds. A build has it made on a thread of its own while
     * it reads the content folder (see {@link #loadCollator}).
     */
    private static final class Vietnamese {
        static final Collator COLLATOR = Collator.getInstance(new ULocale("vi")).freeze();
    }

    /** Makes the collator if it is not made yet; for a build to call on a thread of its own before it needs it. */
    public static void loadCollator() {
        Vietnamese.COLLATOR.hashCode();
    }

    /** One taxonomy's terms from the articles (newest first). */
    public Taxonomy build(TaxonomyConfig config, List<Article> articles) {
        if (config.name().equals(TaxonomyConfig.PROVINCE) && !vocabulary.isEmpty()) {
            return provinces(config, articles);
        }
        Map<String, Group> groups = new LinkedHashMap<>();
        for (Article article : articles) {
            List<String> values = article.front().values(config.name());
            for (int i = 0; i < values.size(); i++) {
                String value = Texts.nfc(values.get(i).strip());
                Group group = groups.computeIfAbsent(key(value), k -> new Group());
                group.spellings.merge(value, 1, Integer::sum);
                if (group.articles.isEmpty() || group.articles.get(group.articles.size() - 1) != article) {
                    group.articles.add(article);
                }
                int index = i;
                // where the value is written, worked out only for its first article (a problem is reported there)
                group.positions.computeIfAbsent(value, v -> position(article, config, index));
            }
        }
        Map<String, Term> bySlug = new HashMap<>();
        Map<String, Term> byValue = new HashMap<>();
        List<Term> terms = new ArrayList<>();
        for (Map.Entry<String, Group> entry : groups.entrySet()) {
            Group group = entry.getValue();
            String name = group.display(names());
            String slug = slugFor(config, group);
            SourcePosition where = group.positions.get(name);
            if (slug.isEmpty()) {
                problems.error(where, SiteAssembler.STAGE, Message.of("site.term.no-slug", label(config), name));
                continue;
            }
            String url = "/" + config.segment() + "/" + slug + "/";
            Term clash = bySlug.get(slug);
            if (clash != null) {
                problems.error(where, SiteAssembler.STAGE, Message.of("site.term.clash", label(config), name,
                        clash.name(), clash.articles().get(0).source().relative(), url, config.name(), slug + "-2"));
                continue;
            }
            Term term = new Term(config.name(), name, slug, url, group.articles, group.articles.size(), Optional.empty(),
                    Optional.empty(), List.of());
            bySlug.put(slug, term);
            byValue.put(entry.getKey(), term);
            terms.add(term);
        }
        terms.sort(Comparator.comparing(Term::name, names()));
        return Taxonomy.of(config, "/" + config.segment() + "/", terms, byValue, articles);
    }

    private static String slugFor(TaxonomyConfig config, Group group) {
        for (String spelling : group.spellings.keySet()) {
            for (Map.Entry<String, String> chosen : config.slugs().entrySet()) {
                if (key(chosen.getKey()).equals(key(spelling))) {
                    return chosen.getValue();
                }
            }
        }
        return Slugs.slugify(group.display(Comparator.naturalOrder()));
    }

    private static Message label(TaxonomyConfig config) {
        return config.name().equals(TaxonomyConfig.TAGS) ? Message.of("site.term.tag")
                : config.name().equals(TaxonomyConfig.PROVINCE) ? Message.of("site.term.province")
                : Message.of("site.term.value", config.name());
    }

    private static SourcePosition position(Article article, TaxonomyConfig config, int index) {
        SourcePosition first = SourcePosition.of(article.source().path(), 1, 1);
        String field = config.single() ? config.name() : config.name() + "." + index;
        return article.front().positionOf(field, article.front().positionOf(config.name(), first));
    }

    /** Province terms from the vocabulary: names checked, history applied. */
    private Taxonomy provinces(TaxonomyConfig config, List<Article> articles) {
        Map<Province, List<Article>> own = new LinkedHashMap<>();
        for (Article article : articles) {
            Optional<String> value = article.front().province();
            if (value.isEmpty()) {
                continue;
            }
            Optional<Province> province = province(value.get(), () -> position(article, config, 0),
                    Optional.of(article.date().localDate()));
            province.ifPresent(p -> own.computeIfAbsent(p, k -> new ArrayList<>()).add(article));
        }
        // a current province has a page when it or a province merged into it has articles
        TreeMap<String, Province> used = new TreeMap<>();
        own.keySet().forEach(p -> {
            used.put(p.name(), p);
            Province current = vocabulary.currentOf(p);
            used.put(current.name(), current);
        });
        String base = "/" + config.segment() + "/";
        List<Term> terms = new ArrayList<>();
        Map<String, Term> byValue = new HashMap<>();
        for (Province p : used.values()) {
            List<Article> listed = new ArrayList<>(own.getOrDefault(p, List.of()));
            List<Term.Link> merged = new ArrayList<>();
            for (Province former : vocabulary.mergedInto(p)) {
                List<Article> theirs = own.get(former);
                if (theirs != null) {
                    listed.addAll(theirs);
                    merged.add(new Term.Link(former.name(), base + former.slug() + "/"));
                }
            }
            listed.sort(SiteAssembler.NEWEST_FIRST);
            Optional<Term.Link> now = p.current() ? Optional.empty() : Optional.of(new Term.Link(
                    vocabulary.currentOf(p).name(), base + vocabulary.currentOf(p).slug() + "/"));
            Term term = new Term(config.name(), p.name(), p.slug(), base + p.slug() + "/", listed,
                    own.getOrDefault(p, List.of()).size(), Optional.of(p), now, merged);
            terms.add(term);
            byValue.put(key(p.name()), term);
            p.aliases().forEach(alias -> byValue.put(key(alias), term));
        }
        terms.sort(Comparator.comparing(Term::name, names()));
        return Taxonomy.of(config, base, terms, byValue, articles);
    }

    /**
     * Checks the province of an article that is not published because of errors elsewhere in its front matter, as
     * it will be checked once they are corrected (nothing is checked when the site has no vocabulary).
     */
    public void checkProvince(SourceFile source, PartialFrontMatter front) {
        if (vocabulary.isEmpty() || front.province().isEmpty()) {
            return;
        }
        SourcePosition first = SourcePosition.of(source.path(), 1, 1);
        province(front.province().get(), () -> front.positionOf(TaxonomyConfig.PROVINCE, first),
                front.date().map(date -> date.localDate()));
    }

    /**
     * The vocabulary's province for a name as written: an unknown name is an error with a suggestion, and a
     * province merged away before the article's date a warning (which needs the date: without one it is not checked).
     */
    private Optional<Province> province(String written, java.util.function.Supplier<SourcePosition> where,
            Optional<LocalDate> date) {
        Optional<Province> province = vocabulary.find(written);
        if (province.isEmpty()) {
            problems.error(where.get(), SiteAssembler.STAGE, vocabulary.closest(written)
                    .map(s -> Message.of("site.province.unknown.suggest", written, s))
                    .orElse(Message.of("site.province.unknown", written)));
            return Optional.empty();
        }
        Province p = province.get();
        if (date.isPresent() && !p.existedOn(date.get())) {
            Province current = vocabulary.currentOf(p);
            problems.warning(where.get(), SiteAssembler.STAGE, Message.of("site.province.merged", p.name(), current.name(),
                    p.until().orElseThrow().plusDays(1), date.get()));
        }
        return province;
    }

    /** The most frequent of some spellings (with their counts); ties go to the first in {@code order}. */
    static String mostFrequent(Map<String, Integer> spellings, Comparator<String> order) {
        return spellings.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey(order)))
                .findFirst().orElseThrow().getKey();
    }

    /** The articles and spellings of one term while it is being collected. */
    private static final class Group {
        final Map<String, Integer> spellings = new LinkedHashMap<>();
        final Map<String, SourcePosition> positions = new HashMap<>();
        final List<Article> articles = new ArrayList<>();

        String display(Comparator<String> order) {
            return mostFrequent(spellings, order);
        }
    }
}
