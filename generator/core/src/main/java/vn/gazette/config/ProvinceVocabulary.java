package vn.gazette.config;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.gazette.internal.DidYouMean;
import vn.gazette.internal.Slugs;
import vn.gazette.internal.Texts;
import vn.gazette.problem.Message;
import vn.gazette.problem.Problems;
import vn.gazette.problem.SourcePosition;

/**
 * The provinces an archive may name ({@code content/provinces.yaml}), with their aliases and history: which
 * units were merged into which, and when. Lookups compare spellings after NFC normalisation and case folding,
 * so "Lạng Sơn", "lạng sơn" and an NFD-typed spelling are one province. Immutable and thread-safe.
 */
public final class ProvinceVocabulary {

    public static final String FILE_NAME = "provinces.yaml";
    static final List<String> KEYS = List.of("name", "slug", "kind", "aliases", "mergedInto", "until");

    private final Map<String, Province> byName;
    private final Map<String, Province> bySpelling;
    private final Map<String, List<Province>> mergedInto;

    private ProvinceVocabulary(List<Province> provinces) {
        this.byName = new LinkedHashMap<>();
        this.bySpelling = new HashMap<>();
        this.mergedInto = new HashMap<>();
        for (Province province : provinces) {
            byName.put(province.name(), province);
            bySpelling.put(Texts.fold(province.name()), province);
            province.aliases().forEach(alias -> bySpelling.put(Texts.fold(alias), province));
            province.mergedInto().ifPresent(target -> mergedInto.computeIfAbsent(target, k -> new ArrayList<>()).add(province));
        }
    }

    /** A vocabulary that knows no province: every value is accepted as written. */
    public static ProvinceVocabulary empty() {
        return new ProvinceVocabulary(List.of());
    }

    public boolean isEmpty() {
        return byName.isEmpty();
    }

    public List<Province> all() {
        return List.copyOf(byName.values());
    }

    /** Two vocabularies are equal when they list the same provinces in the same order. */
    @Override
    public boolean equals(Object other) {
        return other instanceof ProvinceVocabulary that && List.copyOf(byName.values())
                .equals(List.copyOf(that.byName.values()));
    }

    @Override
    public int hashCode() {
        return List.copyOf(byName.values()).hashCode();
    }

    /** The province a name or alias stands for. */
    public Optional<Province> find(String spelling) {
        return Optional.ofNullable(bySpelling.get(Texts.fold(spelling)));
    }

    public Optional<Province> byName(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The unit a province belongs to today: itself, or the one it was merged into (followed to the end). */
    public Province currentOf(Province province) {
        Province current = province;
        for (int guard = 0; current.mergedInto().isPresent() && guard < byName.size(); guard++) {
            current = byName.get(current.mergedInto().get());
        }
        return current;
    }

    /** The units merged into {@code province}, in vocabulary order. */
    public List<Province> mergedInto(Province province) {
        return List.copyOf(mergedInto.getOrDefault(province.name(), List.of()));
    }

    /** The "did you mean" for a misspelt province, over every name and alias: the province's name. */
    public Optional<String> closest(String spelling) {
        List<String> names = new ArrayList<>(byName.keySet());
        byName.values().forEach(p -> names.addAll(p.aliases()));
        return DidYouMean.closest(spelling, names).map(name -> find(name).map(Province::name).orElse(name));
    }

    /** Reads and checks {@code provinces.yaml}; every mistake is reported and the broken entry left out. */
    public static ProvinceVocabulary load(String text, Path file, Problems problems) {
        String stage = SiteConfigLoader.STAGE;
        Optional<YamlNode> root = new YamlReader(stage).read(text, file, 1, problems);
        if (root.isEmpty()) {
            return empty();
        }
        Optional<YamlNode> list = root.get() instanceof YamlNode.Mapping map ? map.get("provinces") : Optional.empty();
        if (list.isEmpty() || !(list.get() instanceof YamlNode.Sequence entries)) {
            problems.error(root.get().position(), stage, Message.of("config.provinces.no-list"));
            return empty();
        }
        List<Province> provinces = new ArrayList<>();
        Map<String, SourcePosition> spellings = new HashMap<>();
        Map<String, SourcePosition> slugs = new HashMap<>();
        Map<String, SourcePosition> mergeTargets = new LinkedHashMap<>();
        for (YamlNode item : entries.items()) {
            if (!(item instanceof YamlNode.Mapping entry)) {
                problems.error(item.position(), stage, Message.of("config.provinces.entry"));
                continue;
            }
            entry(new Fields(entry, file, stage, problems), spellings, slugs, mergeTargets).ifPresent(provinces::add);
        }
        ProvinceVocabulary vocabulary = new ProvinceVocabulary(provinces);
        mergeTargets.forEach((target, where) -> {
            Optional<Province> known = vocabulary.byName(target);
            if (known.isEmpty()) {
                problems.error(where, stage, DidYouMean.closest(target, vocabulary.byName.keySet())
                        .map(s -> Message.of("config.provinces.merged-into.unknown.suggest", target, s))
                        .orElse(Message.of("config.provinces.merged-into.unknown", target)));
            } else if (!known.get().current()) {
                problems.error(where, stage, Message.of("config.provinces.merged-into.merged", target));
            }
        });
        return vocabulary;
    }

    private static Optional<Province> entry(Fields fields, Map<String, SourcePosition> spellings,
            Map<String, SourcePosition> slugs, Map<String, SourcePosition> mergeTargets) {
        for (YamlNode.Entry e : fields.mapping().entries()) {
            if (!KEYS.contains(e.key().value())) {
                String key = e.key().value();
                fields.error(key, DidYouMean.closest(key, KEYS)
                        .map(s -> Message.of("config.key.unknown.suggest", key, s))
                        .orElse(Message.of("config.key.unknown", key, String.join(", ", KEYS))));
            }
        }
        Optional<String> name = fields.requiredText("name", Message.of("config.provinces.hint.name"), "name: Lạng Sơn");
        if (name.isEmpty()) {
            return Optional.empty();
        }
        String slug = fields.text("slug").orElse(Slugs.slugify(name.get()));
        if (!Slugs.isValid(slug)) {
            String suggestion = Slugs.slugify(slug);
            fields.error("slug", suggestion.isEmpty() ? Message.of("config.provinces.slug.invalid", slug)
                    : Message.of("config.provinces.slug.invalid.suggest", slug, suggestion));
            return Optional.empty();
        }
        boolean city = fields.choice("kind", List.of("province", "city")).map("city"::equals).orElse(false);
        List<String> aliases = fields.textList("aliases");
        Optional<String> merged = fields.text("mergedInto");
        Optional<LocalDate> until = fields.text("until").flatMap(text -> {
            Optional<LocalDate> day = parseDay(text);
            if (day.isEmpty()) {
                fields.error("until", Message.of("config.provinces.until.invalid", text));
            }
            return day;
        });
        boolean hasUntil = fields.mapping().get("until").isPresent();
        if (merged.isPresent() != hasUntil) {
            fields.error(merged.isPresent() ? "mergedInto" : "until", Message.of("config.provinces.merged-into.until"));
        }
        if (!unique(fields, "slug", slug, slugs, line -> Message.of("config.provinces.slug.taken", line))) {
            return Optional.empty();
        }
        List<String> all = new ArrayList<>();
        all.add(name.get());
        all.addAll(aliases);
        for (int i = 0; i < all.size(); i++) {
            String key = i == 0 ? "name" : "aliases";
            String spelling = all.get(i);
            if (!unique(fields, key, Texts.fold(spelling), spellings,
                    line -> Message.of("config.provinces.name.taken", spelling, line))) {
                return Optional.empty();
            }
        }
        merged.ifPresent(target -> mergeTargets.putIfAbsent(target, fields.positionOf("mergedInto")));
        return Optional.of(new Province(name.get(), slug, city, aliases, merged, until));
    }

    private static boolean unique(Fields fields, String key, String value, Map<String, SourcePosition> seen,
            java.util.function.IntFunction<Message> clash) {
        SourcePosition earlier = seen.putIfAbsent(value, fields.positionOf(key));
        if (earlier != null) {
            fields.error(key, clash.apply(earlier.line()));
            return false;
        }
        return true;
    }

    private static Optional<LocalDate> parseDay(String text) {
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
