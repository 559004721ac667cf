package vn.gazette.content;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import vn.gazette.config.Fields;
import vn.gazette.config.YamlNode;
import vn.gazette.config.YamlReader;
import vn.gazette.internal.DidYouMean;
import vn.gazette.internal.Slugs;
import vn.gazette.problem.Message;
import vn.gazette.problem.Problems;
import vn.gazette.problem.SourcePosition;

/**
 * Checks an article's front matter and turns it into a {@link FrontMatter}: required fields, strict dates in the
 * site's zone, slugs, lists and the {@code conference} block, each mistake reported at its line and column. Every
 * field is checked whatever the others hold, and what is right is kept ({@link PartialFrontMatter}) when the front
 * matter as a whole is refused.
 * Stateless and thread-safe.
 */
public final class FrontMatterParser {

    public static final String STAGE = "content";

    /** Larger front matter is refused before YAML sees it (SnakeYAML is slow on huge scalars). */
    public static final int MAX_FRONT_MATTER_CHARS = 64 * 1024;

    static final List<String> KEYS = List.of("title", "date", "slug", "province", "tags", "author", "summary", "draft",
            "updated", "lastmod", "expires", "conference", "params", "source", "featured", "image", "toc");
    static final List<String> CONFERENCE_KEYS = List.of("kind", "start", "end", "organizer", "partners", "locations",
            "format", "sites", "participants", "speakers", "topics");

    /** "trên 130", "khoảng 200 người": an approximate count, written as its number. */
    private static final java.util.regex.Pattern APPROXIMATE = java.util.regex.Pattern.compile(
            "(?i)(?:trên|hơn|khoảng|gần|chừng|over|about|around|nearly)\\s+([0-9]+)\\b.*");

    private final ZoneId zone;
    private final List<String> extraTaxonomies;
    private final List<String> knownKeys;
    private final YamlReader yaml = new YamlReader(STAGE);

    public FrontMatterParser(ZoneId zone) {
        this(zone, List.of());
    }

    /** @param extraTaxonomies front-matter keys of the site's own taxonomies, each a list of terms */
    public FrontMatterParser(ZoneId zone, List<String> extraTaxonomies) {
        this.zone = zone;
        this.extraTaxonomies = List.copyOf(extraTaxonomies);
        List<String> keys = new ArrayList<>(KEYS);
        keys.addAll(extraTaxonomies);
        this.knownKeys = List.copyOf(keys);
    }

    /**
     * What reading front matter gave.
     *
     * @param front the checked front matter; empty when it has an error
     * @param known the fields that are right, also when others are not
     */
    public record Reading(Optional<FrontMatter> front, PartialFrontMatter known) {
    }

    /** The checked front matter, or empty when it has an error (the reasons are in {@code problems}). */
    public Optional<FrontMatter> parse(ArticleText text, Path file, Problems problems) {
        return read(text, file, problems).front();
    }

    /**
     * Checks every field, each on its own: a mistake in one field does not stop the others from being checked, and
     * what is right is kept for the later stages' checks even when the front matter as a whole is refused.
     */
    public Reading read(ArticleText text, Path file, Problems problems) {
        SourcePosition first = SourcePosition.of(file, ArticleText.FRONT_MATTER_FIRST_LINE, 1);
        if (text.frontMatter().length() > MAX_FRONT_MATTER_CHARS) {
            problems.error(first, STAGE, Message.of("content.front.too-long", MAX_FRONT_MATTER_CHARS / 1024));
            return new Reading(Optional.empty(), PartialFrontMatter.none());
        }
        Problems local = new Problems();
        // a duplicate key keeps its first value, so that the other fields are still checked in this run
        Optional<YamlNode> root = yaml.readDespiteKeyErrors(text.frontMatter(), file,
                ArticleText.FRONT_MATTER_FIRST_LINE, local);
        problems.addAll(local.sorted());
        if (root.isEmpty() || !(root.get() instanceof YamlNode.Mapping map)) {
            if (root.isPresent() || !local.hasErrors()) {
                problems.error(root.map(YamlNode::position).orElse(first), STAGE,
                        Message.of("content.front.not-mapping"));
            }
            return new Reading(Optional.empty(), PartialFrontMatter.none());
        }
        return build(map, file, local.hasErrors(), problems);
    }

    private Reading build(YamlNode.Mapping map, Path file, boolean keyErrors, Problems problems) {
        Problems found = new Problems();
        Fields fields = new Fields(map, file, STAGE, found);
        for (YamlNode.Entry entry : map.entries()) {
            String key = entry.key().value();
            if (!knownKeys.contains(key)) {
                found.warning(entry.key().position(), STAGE, DidYouMean.closest(key, knownKeys)
                        .map(s -> Message.of("content.front.key.unknown.suggest", key, s))
                        .orElse(Message.of("content.front.key.unknown", key)));
            }
        }
        Optional<String> title = fields.requiredText("title", Message.of("content.hint.title"),
                "title: \"Hội nghị tập huấn ...\"");
        Optional<ArticleDate> date = date(fields, "date", true);
        Optional<String> writtenSlug = fields.text("slug");
        Optional<String> slug = writtenSlug.flatMap(s -> slug(fields, s));
        Optional<String> suggestedSlug = writtenSlug.filter(s -> slug.isEmpty()).map(Slugs::slugify)
                .filter(s -> !s.isEmpty());
        boolean slugRefused = slug.isEmpty() && (writtenSlug.isPresent() || fields.mapping().get("slug")
                .filter(node -> !(node instanceof YamlNode.Scalar)).isPresent());
        List<String> tags = fields.textList("tags");
        Optional<Boolean> draft = fields.bool("draft");
        boolean featured = fields.bool("featured").orElse(false);
        Optional<ArticleDate> updated = date(fields, "updated", false);
        Optional<ArticleDate> lastmod = date(fields, "lastmod", false);
        if (updated.isPresent() && lastmod.isPresent()) {
            fields.error("lastmod", Message.of("content.front.lastmod-and-updated"));
        }
        Optional<ArticleDate> expires = date(fields, "expires", false);
        // without a date the conference is still checked; only its distance from the date is not
        Optional<Conference> conference = fields.mappingOf("conference")
                .flatMap(block -> conference(fields.nested(block, "conference"), date));
        fields.mappingOf("source").ifPresent(block -> SourceRecord.check(fields.nested(block, "source")));
        Map<String, String> params = params(fields);
        Optional<String> province = fields.text("province");
        Optional<String> author = fields.text("author");
        Optional<String> summary = fields.text("summary");
        Map<String, List<String>> terms = new LinkedHashMap<>();
        for (String taxonomy : extraTaxonomies) {
            List<String> values = fields.textList(taxonomy);
            if (!values.isEmpty()) {
                terms.put(taxonomy, values);
            }
        }
        Optional<LeadImage> image = LeadImages.read(fields);
        boolean toc = fields.bool("toc").orElse(false);
        problems.addAll(found.sorted());
        Map<String, SourcePosition> positions = positions(map);
        PartialFrontMatter known = new PartialFrontMatter(title, date, slug, suggestedSlug, slugRefused, province,
                draft, expires, positions);
        if (title.isEmpty() || date.isEmpty() || keyErrors || found.hasErrors()) {
            return new Reading(Optional.empty(), known);
        }
        return new Reading(Optional.of(new FrontMatter(title.get(), date.get(), slug, province, tags, author, summary,
                draft.orElse(false), updated.or(() -> lastmod), expires, conference, params, positions, terms,
                featured, image, toc)), known);
    }

    private Optional<ArticleDate> date(Fields fields, String key, boolean required) {
        Optional<String> text = required
                ? fields.requiredText(key, Message.of("content.hint.date"), "date: 2023-09-22")
                : fields.text(key);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        DateParser.Result result = DateParser.parse(text.get(), zone, fields.name(key));
        if (result.date().isEmpty()) {
            fields.error(key, result.problem().orElseThrow());
        }
        return result.date();
    }

    private static Optional<String> slug(Fields fields, String value) {
        if (Slugs.isValid(value)) {
            return Optional.of(value);
        }
        String suggestion = Slugs.slugify(value);
        fields.error("slug", suggestion.isEmpty() ? Message.of("content.front.slug.invalid", Slugs.MAX_LENGTH, value)
                : Message.of("content.front.slug.invalid.suggest", Slugs.MAX_LENGTH, value, suggestion));
        return Optional.empty();
    }

    private static Map<String, String> params(Fields fields) {
        Map<String, String> params = new LinkedHashMap<>();
        fields.mappingOf("params").ifPresent(block -> {
            for (YamlNode.Entry entry : block.entries()) {
                if (entry.value() instanceof YamlNode.Scalar scalar) {
                    params.put(entry.key().value(), scalar.isNull() ? "" : scalar.value());
                } else {
                    fields.problems().error(entry.value().position(), STAGE,
                            Message.of("config.field.not-single", "params." + entry.key().value(), entry.value().kind()));
                }
            }
        });
        return params;
    }

    private static Map<String, SourcePosition> positions(YamlNode.Mapping map) {
        Map<String, SourcePosition> positions = new HashMap<>();
        positions.put("", map.position());
        for (YamlNode.Entry entry : map.entries()) {
            positions.put(entry.key().value(), entry.value().position());
            if (entry.value() instanceof YamlNode.Sequence list) {
                for (int i = 0; i < list.items().size(); i++) {
                    positions.put(entry.key().value() + "." + i, list.items().get(i).position());
                }
            }
        }
        return positions;
    }

    private Optional<Conference> conference(Fields fields, Optional<ArticleDate> articleDate) {
        for (YamlNode.Entry entry : fields.mapping().entries()) {
            String key = entry.key().value();
            if (!CONFERENCE_KEYS.contains(key)) {
                fields.problems().error(entry.key().position(), STAGE, DidYouMean.closest(key, CONFERENCE_KEYS)
                        .map(s -> Message.of("content.conference.key.unknown.suggest", key, s))
                        .orElse(Message.of("content.conference.key.unknown", key, String.join(", ", CONFERENCE_KEYS))));
            }
        }
        Optional<Conference.Kind> kind = fields.choice("kind", Conference.Kind.words())
                .map(w -> Conference.Kind.values()[Conference.Kind.words().indexOf(w)]);
        Optional<YamlNode> kindNode = fields.mapping().get("kind");
        if (kindNode.isEmpty() || kindNode.get() instanceof YamlNode.Scalar s && (s.isNull() || s.value().isBlank())) {
            String kinds = String.join(", ", Conference.Kind.words());
            fields.error("kind", kindNode.isEmpty() ? Message.of("config.field.missing.choice", "conference.kind", kinds)
                    : Message.of("config.field.empty.choice", "conference.kind", kinds));
        }
        Optional<LocalDate> start = day(fields, "start", true);
        Optional<LocalDate> end = day(fields, "end", false);
        if (start.isPresent() && end.isPresent() && end.get().isBefore(start.get())) {
            fields.error("end", Message.of("content.conference.end-before-start", end.get(), start.get()));
        }
        Optional<Conference.Format> chosen = fields.choice("format", Conference.Format.words())
                .map(w -> Conference.Format.values()[Conference.Format.words().indexOf(w)]);
        boolean formatWritten = fields.mapping().get("format").isPresent();
        Conference.Format format = chosen.orElse(Conference.Format.IN_PERSON);
        OptionalInt sites = count(fields, "sites", 1);
        if (sites.isPresent() && format == Conference.Format.IN_PERSON && (chosen.isPresent() || !formatWritten)) {
            fields.error("sites", Message.of("content.conference.sites-in-person"));
        }
        OptionalInt participants = count(fields, "participants", 0);
        List<Speaker> speakers = speakers(fields);
        if (start.isPresent() && articleDate.isPresent()) {
            LocalDate published = articleDate.get().localDate();
            LocalDate last = end.filter(e -> !e.isBefore(start.get())).orElse(start.get());
            long length = ChronoUnit.DAYS.between(start.get(), last) + 1;
            long gap = Math.abs(ChronoUnit.DAYS.between(start.get(), published));
            if (gap > length) {
                fields.warning("start", Message.of("content.conference.start-far", start.get(), gap, published));
            }
        }
        if (kind.isEmpty() || start.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Conference(kind.get(), start.get(), end, fields.text("organizer"),
                fields.textList("partners"), fields.textList("locations"), format, sites, participants, speakers,
                fields.textList("topics")));
    }

    private static Optional<LocalDate> day(Fields fields, String key, boolean required) {
        Optional<String> text = required
                ? fields.requiredText(key, Message.of("content.hint.start"), "start: 2023-09-22")
                : fields.text(key);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<LocalDate> day = DateParser.parseDay(text.get());
        if (day.isEmpty()) {
            String value = text.get();
            boolean withTime = value.length() > 10 && DateParser.parse(value, ZoneOffset.UTC, key).date().isPresent();
            fields.error(key, withTime
                    ? Message.of("content.date.day-only", fields.path(key), value.substring(0, 10))
                    : DateParser.explain(value, fields.name(key), false));
        }
        return day;
    }

    private static OptionalInt count(Fields fields, String key, int min) {
        Optional<String> text = fields.text(key);
        if (text.isEmpty()) {
            return OptionalInt.empty();
        }
        String value = text.get();
        if (!value.matches("-?[0-9]{1,7}")) {
            java.util.regex.Matcher approximate = APPROXIMATE.matcher(value);
            fields.error(key, approximate.matches()
                    ? Message.of("content.number.approximate", fields.path(key), value, approximate.group(1))
                    : Message.of("content.number.invalid", fields.path(key), value, 130));
            return OptionalInt.empty();
        }
        int number = Integer.parseInt(value);
        if (number < min) {
            fields.error(key, min == 0 ? Message.of("content.number.negative", fields.path(key), number)
                    : Message.of("content.number.too-small", fields.path(key), min, number));
            return OptionalInt.empty();
        }
        return OptionalInt.of(number);
    }

    private static List<Speaker> speakers(Fields fields) {
        Optional<YamlNode> node = fields.mapping().get("speakers");
        if (node.isEmpty() || node.get() instanceof YamlNode.Scalar s && s.isNull()) {
            return List.of();
        }
        if (!(node.get() instanceof YamlNode.Sequence list)) {
            fields.error("speakers", Message.of("content.conference.speakers.not-list"));
            return List.of();
        }
        List<Speaker> speakers = new ArrayList<>();
        for (YamlNode item : list.items()) {
            if (item instanceof YamlNode.Scalar scalar && !scalar.isNull()) {
                speakers.add(new Speaker(scalar.value().strip(), Optional.empty()));
                continue;
            }
            if (!(item instanceof YamlNode.Mapping entry)) {
                fields.problems().error(item.position(), STAGE, Message.of("content.conference.speaker.entry"));
                continue;
            }
            Fields speaker = fields.nested(entry, "speakers");
            for (String key : entry.keys()) {
                if (!key.equals("name") && !key.equals("role")) {
                    speaker.error(key, DidYouMean.closest(key, List.of("name", "role"))
                            .map(s -> Message.of("content.conference.speaker.key.unknown.suggest", key, s))
                            .orElse(Message.of("content.conference.speaker.key.unknown", key)));
                }
            }
            Optional<String> name = speaker.text("name");
            if (name.isEmpty()) {
                fields.problems().error(entry.position(), STAGE, Message.of("content.conference.speaker.no-name"));
                continue;
            }
            speakers.add(new Speaker(name.get(), speaker.text("role")));
        }
        return speakers;
    }
}
