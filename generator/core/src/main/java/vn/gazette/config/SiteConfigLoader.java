package vn.gazette.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import vn.gazette.internal.DidYouMean;
import vn.gazette.internal.Slugs;
import vn.gazette.internal.Texts;
import vn.gazette.problem.Message;
import vn.gazette.problem.Problems;
import vn.gazette.problem.Severity;
import vn.gazette.problem.SourcePosition;

/**
 * Reads and checks {@code site.yaml}. Every mistake becomes a positioned problem; the defaults stand in for
 * the broken settings so that the rest of the build can still find the other problems. Stateless and
 * thread-safe.
 */
public final class SiteConfigLoader {

    public static final String STAGE = "config";
    public static final String FILE_NAME = "site.yaml";

    static final List<String> KEYS = List.of("title", "description", "baseUrl", "language", "timeZone", "pageSize",
            "rawHtml", "feedSize", "related", "segments", "taxonomies", "conferenceKinds", "brokenLinks",
            "articleExtensions", "include", "exclude", "keep", "plausibility", "searchEngine", "menu", "logo", "favicon",
            "footer", "analytics", "home", "checks", "images", "embeds", "search");
    /** The words of {@code conference.kind}, kept here because configuration comes before content. */
    static final List<String> CONFERENCE_KINDS = List.of("training", "workshop", "survey", "other");
    static final List<String> SEGMENT_KEYS = List.of("page", "archive", "conferences", "authors", "search");
    static final List<String> TAXONOMY_KEYS = List.of("segment", "title", "slugs");
    /** Front-matter keys a site's own taxonomy may not take: they already mean something. */
    static final List<String> RESERVED = List.of("title", "date", "slug", "source", "author", "summary", "draft", "updated",
            "lastmod", "expires", "conference", "params", "featured");

    private final YamlReader yaml = new YamlReader(STAGE);

    /**
     * The settings, or empty when the file is unusable.
     *
     * @param baseUrlOverride a base URL given on the command line or in the Maven plugin, which wins over the file
     */
    public Optional<SiteConfig> load(String text, Path file, Optional<String> baseUrlOverride, Problems problems) {
        long errorsBefore = problems.errorCount();
        Optional<YamlNode> root = yaml.read(text, file, 1, problems);
        if (root.isEmpty()) {
            if (problems.errorCount() == errorsBefore) {
                problems.error(SourcePosition.of(file, 1, 1), STAGE, Message.of("config.site.empty"));
            }
            return Optional.empty();
        }
        if (!(root.get() instanceof YamlNode.Mapping map)) {
            problems.error(root.get().position(), STAGE, Message.of("config.site.not-mapping", root.get().kind()));
            return Optional.empty();
        }
        for (YamlNode.Entry entry : map.entries()) {
            if (!KEYS.contains(entry.key().value())) {
                problems.warning(entry.key().position(), STAGE, unknownSetting("", entry.key().value(), KEYS));
            }
        }
        Fields fields = new Fields(map, file, STAGE, problems);
        String title = fields.requiredText("title", Message.of("config.site.hint.title"),
                "title: \"Lưu trữ tin tỉnh Lạng Sơn\"")
                .orElse("Gazette");
        String description = fields.text("description").orElse("");
        URI baseUrl = baseUrl(fields, map, file, baseUrlOverride, problems);
        Locale language = fields.choice("language", List.of("vi", "en")).map(SiteConfigLoader::locale)
                .orElse(SiteConfig.VIETNAMESE);
        ZoneId zone = zone(fields, map, problems);
        int pageSize = fields.positiveInt("pageSize", 1, 1000).orElse(SiteConfig.DEFAULT_PAGE_SIZE);
        RawHtmlPolicy rawHtml = fields.choice("rawHtml", List.of("sanitize", "escape", "allow"))
                .map(word -> RawHtmlPolicy.valueOf(word.toUpperCase(Locale.ROOT))).orElse(RawHtmlPolicy.SANITIZE);
        int feedSize = fields.positiveInt("feedSize", 1, 1000).orElse(SiteConfig.DEFAULT_FEED_SIZE);
        int related = fields.positiveInt("related", 0, 50).orElse(SiteConfig.DEFAULT_RELATED);
        SiteConfig.Segments segments = segments(fields, language);
        List<TaxonomyConfig> taxonomies = taxonomies(fields, segments);
        List<String> conferenceKinds = conferenceKinds(fields);
        Severity brokenLinks = fields.choice("brokenLinks", List.of("error", "warning"))
                .map(word -> word.equals("warning") ? Severity.WARNING : Severity.ERROR).orElse(Severity.ERROR);
        FileRules files = FileRules.read(fields);
        Optional<URI> searchEngine = searchEngine(fields);
        boolean search = fields.bool("search").orElse(true);
        ReaderSettings reader = new ReaderSettingsLoader(fields,
                taxonomies.stream().map(TaxonomyConfig::name).toList()).load();
        MediaSettingsReader media = new MediaSettingsReader();
        return Optional.of(new SiteConfig(title, description, baseUrl, language, zone, pageSize, rawHtml, feedSize,
                related, segments, taxonomies, conferenceKinds, brokenLinks, files, Plausibility.read(fields),
                searchEngine, reader, media.images(fields), media.embeds(fields), search));
    }

    /** {@code conferenceKinds: [training, workshop]}: the kinds the main conference index lists. */
    private static List<String> conferenceKinds(Fields fields) {
        if (fields.mapping().get("conferenceKinds").isEmpty()) {
            return SiteConfig.DEFAULT_CONFERENCE_KINDS;
        }
        List<String> kinds = new ArrayList<>();
        fields.textList("conferenceKinds"); // reports a single value or an empty item
        if (!(fields.mapping().get("conferenceKinds").get() instanceof YamlNode.Sequence list)) {
            return SiteConfig.DEFAULT_CONFERENCE_KINDS;
        }
        for (YamlNode item : list.items()) {
            if (!(item instanceof YamlNode.Scalar scalar) || scalar.isNull() || scalar.value().isBlank()) {
                continue;
            }
            String kind = scalar.value().strip();
            if (CONFERENCE_KINDS.contains(kind)) {
                if (!kinds.contains(kind)) {
                    kinds.add(kind);
                }
            } else {
                // at the item, not the list: each wrong word gets its own line and column
                String allowed = String.join(", ", CONFERENCE_KINDS);
                fields.problems().error(item.position(), STAGE, DidYouMean.closest(kind, CONFERENCE_KINDS)
                        .map(s -> Message.of("config.site.conference-kinds.suggest", allowed, kind, s))
                        .orElse(Message.of("config.site.conference-kinds", allowed, kind)));
            }
        }
        return kinds.isEmpty() ? SiteConfig.DEFAULT_CONFERENCE_KINDS : kinds;
    }

    /** {@code searchEngine: https://www.google.com/search}: a form to it on the search page, for readers without JavaScript. */
    private static Optional<URI> searchEngine(Fields fields) {
        Optional<String> text = fields.text("searchEngine");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(text.get());
            if ("https".equals(uri.getScheme()) && uri.getHost() != null && uri.getRawQuery() == null
                    && uri.getRawFragment() == null) {
                return Optional.of(uri);
            }
        } catch (java.net.URISyntaxException e) {
            // reported below, with what to write
        }
        fields.problems().error(fields.positionOf("searchEngine"), STAGE,
                vn.gazette.problem.Message.of("config.searchEngine.notHttps", text.get()));
        return Optional.empty();
    }

    private static SiteConfig.Segments segments(Fields fields, Locale language) {
        String defaultSearch = language.getLanguage().equals("en") ? SiteConfig.Segments.ENGLISH_SEARCH
                : SiteConfig.Segments.DEFAULT.search();
        Optional<YamlNode.Mapping> block = fields.mappingOf("segments");
        if (block.isEmpty()) {
            SiteConfig.Segments d = SiteConfig.Segments.DEFAULT;
            return new SiteConfig.Segments(d.page(), d.archive(), d.conferences(), d.authors(), defaultSearch);
        }
        Fields nested = fields.nested(block.get(), "segments");
        for (YamlNode.Entry entry : block.get().entries()) {
            if (!SEGMENT_KEYS.contains(entry.key().value())) {
                nested.problems().warning(entry.key().position(), STAGE,
                        unknownSetting("segments.", entry.key().value(), SEGMENT_KEYS));
            }
        }
        String page = segment(nested, "page").orElse(SiteConfig.Segments.DEFAULT.page());
        String archive = segment(nested, "archive").orElse(SiteConfig.Segments.DEFAULT.archive());
        if (page.equals(archive)) {
            nested.error("archive", Message.of("config.site.segments.archive-same", page));
            archive = SiteConfig.Segments.DEFAULT.archive();
        }
        String conferences = segment(nested, "conferences").orElse(SiteConfig.Segments.DEFAULT.conferences());
        if (conferences.equals(page) || conferences.equals(archive)) {
            nested.error("conferences", Message.of("config.site.segments.conferences-same"));
            conferences = SiteConfig.Segments.DEFAULT.conferences();
        }
        String authors = segment(nested, "authors").orElse(SiteConfig.Segments.DEFAULT.authors());
        if (List.of(page, archive, conferences).contains(authors)) {
            nested.problems().error(nested.positionOf("authors"), STAGE,
                    Message.of("config.site.segments.authors-taken", authors));
            authors = SiteConfig.Segments.DEFAULT.authors();
        }
        String search = segment(nested, "search").orElse(defaultSearch);
        if (List.of(page, archive, conferences, authors).contains(search)) {
            nested.problems().error(nested.positionOf("search"), STAGE,
                    Message.of("config.segments.searchClash", search));
            search = defaultSearch;
        }
        return new SiteConfig.Segments(page, archive, conferences, authors, search);
    }

    /** A URL segment: a slug that cannot be mistaken for a year. */
    private static Optional<String> segment(Fields fields, String key) {
        Optional<String> value = fields.text(key);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (!Slugs.isValid(value.get()) || value.get().matches("[0-9]+")) {
            String suggestion = Slugs.slugify(value.get());
            fields.error(key, suggestion.isEmpty() || suggestion.matches("[0-9]+")
                    ? Message.of("config.site.segment.invalid", fields.path(key), value.get())
                    : Message.of("config.site.segment.invalid.suggest", fields.path(key), value.get(), suggestion));
            return Optional.empty();
        }
        return value;
    }

    private static List<TaxonomyConfig> taxonomies(Fields fields, SiteConfig.Segments segments) {
        Map<String, TaxonomyConfig> byName = new LinkedHashMap<>();
        TaxonomyConfig.defaults().forEach(t -> byName.put(t.name(), t));
        Map<String, SourcePosition> declared = new LinkedHashMap<>();
        Optional<YamlNode.Mapping> block = fields.mappingOf("taxonomies");
        if (block.isEmpty()) {
            return distinctSegments(byName, declared, segments, fields);
        }
        Fields list = fields.nested(block.get(), "taxonomies");
        for (YamlNode.Entry entry : block.get().entries()) {
            String name = entry.key().value();
            if (RESERVED.contains(name)) {
                list.problems().error(entry.key().position(), STAGE, Message.of("config.site.taxonomy.reserved", name));
                continue;
            }
            if (!(entry.value() instanceof YamlNode.Mapping settings)) {
                list.problems().error(entry.value().position(), STAGE,
                        Message.of("config.site.taxonomy.not-mapping", name));
                continue;
            }
            TaxonomyConfig defaults = byName.get(name);
            Fields taxonomy = list.nested(settings, name);
            for (YamlNode.Entry setting : settings.entries()) {
                if (!TAXONOMY_KEYS.contains(setting.key().value())) {
                    taxonomy.problems().warning(setting.key().position(), STAGE,
                            unknownSetting("taxonomies." + name + ".", setting.key().value(), TAXONOMY_KEYS));
                }
            }
            String segment = segment(taxonomy, "segment").orElse(defaults != null ? defaults.segment()
                    : Slugs.slugify(name).isEmpty() ? "x" : Slugs.slugify(name));
            Map<String, String> titles = textMap(taxonomy, "title");
            if (titles.isEmpty()) {
                titles = defaults != null ? defaults.titles() : Map.of("vi", name);
            }
            Map<String, String> slugs = textMap(taxonomy, "slugs");
            slugs.forEach((term, slug) -> {
                if (!Slugs.isValid(slug)) {
                    taxonomy.error("slugs", Message.of("config.site.taxonomy.slug.invalid", term, slug));
                }
            });
            byName.put(name, new TaxonomyConfig(name, segment, titles, slugs));
            declared.put(name, settings.get("segment").map(YamlNode::position).orElse(entry.key().position()));
        }
        return distinctSegments(byName, declared, segments, fields);
    }

    /**
     * The taxonomies whose URL segment no other list claims. The built-in taxonomies a site leaves undeclared
     * (tags at /the/, provinces at /tinh/) claim theirs first and the declared ones follow in file order, so that
     * the setting reported is the later one the editor wrote.
     */
    private static List<TaxonomyConfig> distinctSegments(Map<String, TaxonomyConfig> byName,
            Map<String, SourcePosition> declared, SiteConfig.Segments segments, Fields fields) {
        Map<String, String> owners = new HashMap<>();
        owners.put(segments.page(), "segments.page");
        owners.put(segments.archive(), "segments.archive");
        owners.put(segments.conferences(), "segments.conferences");
        owners.put(segments.authors(), "segments.authors");
        List<TaxonomyConfig> refused = new ArrayList<>();
        java.util.Set<String> builtIns = new java.util.HashSet<>();
        for (TaxonomyConfig builtIn : byName.values()) {
            if (declared.containsKey(builtIn.name())) {
                continue;
            }
            String owner = owners.putIfAbsent(builtIn.segment(), "taxonomies." + builtIn.name());
            builtIns.add("taxonomies." + builtIn.name());
            if (owner != null) {
                String key = owner.substring(owner.indexOf('.') + 1);
                SourcePosition where = fields.mappingOf("segments").map(m -> fields.nested(m, "segments")
                        .positionOf(key)).orElse(fields.mapping().position());
                fields.problems().error(where, STAGE,
                        Message.of("config.site.segment.built-in", owner, builtIn.segment(), builtIn.name()));
                refused.add(builtIn);
            }
        }
        for (Map.Entry<String, SourcePosition> entry : declared.entrySet()) {
            TaxonomyConfig taxonomy = byName.get(entry.getKey());
            SourcePosition where = entry.getValue();
            String owner = owners.putIfAbsent(taxonomy.segment(), "taxonomies." + taxonomy.name());
            if (owner != null) {
                fields.problems().error(where, STAGE, builtIns.contains(owner)
                        ? Message.of("config.site.segment.taken.built-in", taxonomy.segment(), owner)
                        : Message.of("config.site.segment.taken", taxonomy.segment(), owner));
                refused.add(taxonomy);
            }
        }
        List<TaxonomyConfig> kept = new ArrayList<>(byName.values());
        kept.removeAll(refused);
        return List.copyOf(kept);
    }

    /** A mapping of single values, such as {@code title: {vi: ..., en: ...}}. */
    private static Map<String, String> textMap(Fields fields, String key) {
        Map<String, String> values = new LinkedHashMap<>();
        Optional<YamlNode> node = fields.mapping().get(key);
        if (node.isPresent() && node.get() instanceof YamlNode.Scalar scalar && !scalar.isNull()) {
            values.put("vi", Texts.nfc(scalar.value().strip()));
            return values;
        }
        fields.mappingOf(key).ifPresent(map -> {
            for (YamlNode.Entry entry : map.entries()) {
                if (entry.value() instanceof YamlNode.Scalar scalar && !scalar.isNull()) {
                    values.put(Texts.nfc(entry.key().value()), Texts.nfc(scalar.value().strip()));
                } else {
                    fields.problems().error(entry.value().position(), STAGE,
                            Message.of("config.field.not-single.any", fields.path(key) + "." + entry.key().value()));
                }
            }
        });
        return values;
    }

    private static Locale locale(String code) {
        return code.equals("vi") ? SiteConfig.VIETNAMESE : Locale.forLanguageTag("en-GB");
    }

    private static ZoneId zone(Fields fields, YamlNode.Mapping map, Problems problems) {
        Optional<String> text = fields.text("timeZone");
        if (text.isEmpty()) {
            return SiteConfig.DEFAULT_ZONE;
        }
        try {
            return ZoneId.of(text.get());
        } catch (DateTimeException e) {
            problems.error(map.get("timeZone").orElseThrow().position(), STAGE,
                    Message.of("config.site.time-zone.unknown", text.get()));
            return SiteConfig.DEFAULT_ZONE;
        }
    }

    private static URI baseUrl(Fields fields, YamlNode.Mapping map, Path file, Optional<String> override,
            Problems problems) {
        URI fallback = URI.create("http://localhost/");
        if (override.isPresent() && !override.get().isBlank()) {
            return parseBaseUrl(override.get()).orElseGet(() -> {
                problems.error(SourcePosition.of(file), STAGE, Message.of("config.site.base-url.override", override.get()));
                return fallback;
            });
        }
        Optional<String> text = fields.requiredText("baseUrl", Message.of("config.site.hint.base-url"),
                "baseUrl: https://example.gov.vn/");
        if (text.isEmpty()) {
            return fallback;
        }
        return parseBaseUrl(text.get()).orElseGet(() -> {
            problems.error(map.get("baseUrl").orElseThrow().position(), STAGE,
                    Message.of("config.site.base-url.invalid", text.get()));
            return fallback;
        });
    }

    static Optional<URI> parseBaseUrl(String text) {
        try {
            URI uri = new URI(text.strip());
            String scheme = uri.getScheme();
            if (scheme == null || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
                    || uri.getRawQuery() != null || uri.getRawFragment() != null) {
                return Optional.empty();
            }
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            if (!path.endsWith("/")) {
                path += "/";
            }
            return Optional.of(new URI(scheme + "://" + uri.getRawAuthority() + path));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** An unknown key of site.yaml ({@code prefix} names its block), with the closest known one. */
    static Message unknownSetting(String prefix, String key, java.util.Collection<String> known) {
        return DidYouMean.closest(key, known)
                .map(s -> Message.of("config.site.setting.unknown.suggest", prefix + key, s))
                .orElse(Message.of("config.site.setting.unknown", prefix + key));
    }
}
