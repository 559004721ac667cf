package vn.gazette.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.gazette.internal.DidYouMean;
import vn.gazette.internal.Texts;
import vn.gazette.problem.Message;
import vn.gazette.problem.Severity;

/**
 * Reads the site.yaml settings of {@link ReaderSettings} ({@code menu}, {@code logo}, {@code favicon},
 * {@code footer}, {@code analytics}, {@code home}, {@code checks}) and reports each mistake at its line; a broken
 * setting falls back to the theme's default. Stateless and thread-safe.
 */
final class ReaderSettingsLoader {

    static final List<String> KEYS = List.of("menu", "logo", "favicon", "footer", "analytics", "home", "checks");
    static final List<String> FOOTER_KEYS = List.of("owner", "address", "licence", "phone", "email", "links");
    static final List<String> HOME_KEYS = List.of("sections");
    static final List<String> CHECK_KEYS = List.of("severity", "pageKiB", "imageKiB");
    static final int DEFAULT_SECTION_SIZE = 4;

    private final Fields fields;
    private final List<String> taxonomies;

    /** @param taxonomies the names of the site's taxonomies, which a front-page section may name */
    ReaderSettingsLoader(Fields fields, List<String> taxonomies) {
        this.fields = fields;
        this.taxonomies = List.copyOf(taxonomies);
    }

    ReaderSettings load() {
        List<ReaderSettings.Link> menu = links(fields, "menu", false);
        String logo = address(fields, "logo", false).orElse("");
        String favicon = address(fields, "favicon", false).orElse("");
        String analytics = address(fields, "analytics", false).orElse("");
        return new ReaderSettings(menu, logo, favicon, footer(), analytics, sections(), checks());
    }

    private void unknownKeys(YamlNode.Mapping block, String name, List<String> known) {
        for (YamlNode.Entry entry : block.entries()) {
            String key = entry.key().value();
            if (!known.contains(key)) {
                fields.problems().warning(entry.key().position(), SiteConfigLoader.STAGE,
                        Message.of("config.reader.unknown", name + "." + key, hint(key, known)));
            }
        }
    }

    /** ": did you mean 'x'?" in the language of the message, or nothing. */
    private static Object hint(String key, List<String> known) {
        return DidYouMean.closest(key, known).<Object>map(s -> Message.of("config.reader.didYouMean", s)).orElse("");
    }

    /**
     * A site path ({@code /logo.svg}) or an http(s) address; with {@code anyScheme} also mailto: and tel:.
     * Anything else ({@code javascript:}, a relative path) is refused: pages could not link it safely.
     */
    private static Optional<String> address(Fields fields, String key, boolean anyScheme) {
        Optional<String> value = fields.text(key).map(Texts::nfc);
        if (value.isEmpty()) {
            return value;
        }
        String url = value.get();
        String lower = url.toLowerCase(Locale.ROOT);
        boolean ok = url.startsWith("/") && !url.startsWith("//") || lower.startsWith("https://")
                || lower.startsWith("http://") || anyScheme && (lower.startsWith("mailto:") || lower.startsWith("tel:"));
        if (!ok || url.chars().anyMatch(c -> c <= ' ' || c == '"' || c == '<' || c == '>')) {
            fields.problems().error(fields.positionOf(key), SiteConfigLoader.STAGE,
                    Message.of("config.reader.address", fields.name(key), url));
            return Optional.empty();
        }
        return value;
    }

    /** A list of {@code {label: ..., url: ...}}. */
    private List<ReaderSettings.Link> links(Fields block, String key, boolean anyScheme) {
        Optional<YamlNode> node = block.mapping().get(key);
        if (node.isEmpty() || node.get() instanceof YamlNode.Scalar s && s.isNull()) {
            return List.of();
        }
        List<ReaderSettings.Link> links = new ArrayList<>();
        if (!(node.get() instanceof YamlNode.Sequence list)) {
            fields.problems().error(node.get().position(), SiteConfigLoader.STAGE,
                    Message.of("config.reader.links", block.name(key)));
            return links;
        }
        for (YamlNode item : list.items()) {
            if (!(item instanceof YamlNode.Mapping map)) {
                fields.problems().error(item.position(), SiteConfigLoader.STAGE,
                        Message.of("config.reader.links", block.name(key)));
                continue;
            }
            Fields link = block.nested(map, key);
            unknownKeys(map, key, List.of("label", "url"));
            Optional<String> label = link.text("label").map(Texts::nfc);
            Optional<String> url = address(link, "url", anyScheme);
            if (label.isEmpty() || url.isEmpty() && map.get("url").isEmpty()) {
                fields.problems().error(item.position(), SiteConfigLoader.STAGE,
                        Message.of("config.reader.links", block.name(key)));
            } else if (url.isPresent()) {
                links.add(new ReaderSettings.Link(label.get(), url.get()));
            }
        }
        return links;
    }

    private ReaderSettings.Footer footer() {
        Optional<YamlNode.Mapping> block = fields.mappingOf("footer");
        if (block.isEmpty()) {
            return ReaderSettings.Footer.NONE;
        }
        unknownKeys(block.get(), "footer", FOOTER_KEYS);
        Fields footer = fields.nested(block.get(), "footer");
        return new ReaderSettings.Footer(text(footer, "owner"), text(footer, "address"), text(footer, "licence"),
                text(footer, "phone"), text(footer, "email"), links(footer, "links", true));
    }

    private static String text(Fields fields, String key) {
        return fields.text(key).map(Texts::nfc).orElse("");
    }

    /** {@code home: {sections: [{province: Lạng Sơn}, {tags: tập huấn, title: ..., count: 4}]}}. */
    private List<ReaderSettings.Section> sections() {
        Optional<YamlNode.Mapping> home = fields.mappingOf("home");
        if (home.isEmpty()) {
            return List.of();
        }
        unknownKeys(home.get(), "home", HOME_KEYS);
        Optional<YamlNode> node = home.get().get("sections");
        List<ReaderSettings.Section> sections = new ArrayList<>();
        if (node.isEmpty() || node.get() instanceof YamlNode.Scalar s && s.isNull()) {
            return sections;
        }
        List<YamlNode> items = node.get() instanceof YamlNode.Sequence list ? list.items() : List.of(node.get());
        for (YamlNode item : items) {
            section(item).ifPresent(sections::add);
        }
        return sections;
    }

    private Optional<ReaderSettings.Section> section(YamlNode item) {
        Optional<ReaderSettings.Section> none = Optional.empty();
        if (!(item instanceof YamlNode.Mapping map)) {
            fields.problems().error(item.position(), SiteConfigLoader.STAGE,
                    Message.of("config.reader.section", String.join(", ", taxonomies)));
            return none;
        }
        Fields section = fields.nested(map, "home.sections");
        String taxonomy = null;
        for (YamlNode.Entry entry : map.entries()) {
            String key = entry.key().value();
            if (taxonomies.contains(key) && taxonomy == null) {
                taxonomy = key;
            } else if (!key.equals("title") && !key.equals("count")) {
                List<String> known = new ArrayList<>(taxonomies);
                known.addAll(List.of("title", "count"));
                fields.problems().warning(entry.key().position(), SiteConfigLoader.STAGE,
                        Message.of("config.reader.unknown", "home.sections." + key, hint(key, known)));
            }
        }
        Optional<String> term = taxonomy == null ? Optional.empty() : section.text(taxonomy).map(Texts::nfc);
        if (term.isEmpty()) {
            fields.problems().error(item.position(), SiteConfigLoader.STAGE,
                    Message.of("config.reader.section", String.join(", ", taxonomies)));
            return none;
        }
        int count = section.positiveInt("count", 1, 20).orElse(DEFAULT_SECTION_SIZE);
        return Optional.of(new ReaderSettings.Section(taxonomy, term.get(), text(section, "title"), count));
    }

    private ReaderSettings.Checks checks() {
        Optional<YamlNode.Mapping> block = fields.mappingOf("checks");
        if (block.isEmpty()) {
            return ReaderSettings.Checks.DEFAULT;
        }
        unknownKeys(block.get(), "checks", CHECK_KEYS);
        Fields checks = fields.nested(block.get(), "checks");
        Severity severity = checks.choice("severity", List.of("warning", "error"))
                .map(word -> word.equals("error") ? Severity.ERROR : Severity.WARNING).orElse(Severity.WARNING);
        long page = checks.positiveInt("pageKiB", 1, 65536).map(k -> k * 1024L)
                .orElse(ReaderSettings.Checks.PAGE_BYTES);
        long image = checks.positiveInt("imageKiB", 1, 1048576).map(k -> k * 1024L)
                .orElse(ReaderSettings.Checks.IMAGE_BYTES);
        return new ReaderSettings.Checks(severity, page, image);
    }
}
