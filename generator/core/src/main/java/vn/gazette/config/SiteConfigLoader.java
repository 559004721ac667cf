package vn.gazette.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.gazette.internal.DidYouMean;
import vn.gazette.problem.Problems;
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
            "rawHtml");

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
                problems.error(SourcePosition.of(file, 1, 1), STAGE, "site.yaml is empty: write at least "
                        + "'title: Tên trang' and 'baseUrl: https://example.gov.vn/'");
            }
            return Optional.empty();
        }
        if (!(root.get() instanceof YamlNode.Mapping map)) {
            problems.error(root.get().position(), STAGE, "site.yaml must be key: value lines, not "
                    + root.get().kindName());
            return Optional.empty();
        }
        for (YamlNode.Entry entry : map.entries()) {
            if (!KEYS.contains(entry.key().value())) {
                problems.warning(entry.key().position(), STAGE, "unknown setting '" + entry.key().value() + "'"
                        + DidYouMean.hint(entry.key().value(), KEYS) + " (it is ignored)");
            }
        }
        Fields fields = new Fields(map, file, STAGE, problems);
        String title = fields.requiredText("title", "write the site's name, e.g. title: \"Lưu trữ tin tỉnh Lạng Sơn\"")
                .orElse("Gazette");
        String description = fields.text("description").orElse("");
        URI baseUrl = baseUrl(fields, map, file, baseUrlOverride, problems);
        Locale language = fields.choice("language", List.of("vi", "en")).map(SiteConfigLoader::locale)
                .orElse(SiteConfig.VIETNAMESE);
        ZoneId zone = zone(fields, map, problems);
        int pageSize = fields.positiveInt("pageSize", 1, 1000).orElse(SiteConfig.DEFAULT_PAGE_SIZE);
        RawHtmlPolicy rawHtml = fields.choice("rawHtml", List.of("sanitize", "escape", "allow"))
                .map(word -> RawHtmlPolicy.valueOf(word.toUpperCase(Locale.ROOT))).orElse(RawHtmlPolicy.SANITIZE);
        return Optional.of(new SiteConfig(title, description, baseUrl, language, zone, pageSize, rawHtml));
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
            problems.error(map.get("timeZone").orElseThrow().position(), STAGE, "unknown time zone '" + text.get()
                    + "': write a zone name such as Asia/Ho_Chi_Minh");
            return SiteConfig.DEFAULT_ZONE;
        }
    }

    private static URI baseUrl(Fields fields, YamlNode.Mapping map, Path file, Optional<String> override,
            Problems problems) {
        URI fallback = URI.create("http://localhost/");
        if (override.isPresent() && !override.get().isBlank()) {
            return parseBaseUrl(override.get()).orElseGet(() -> {
                problems.error(SourcePosition.of(file), STAGE, "the base URL given to the build ('" + override.get()
                        + "') is not an absolute http(s) URL: write it like https://example.gov.vn/");
                return fallback;
            });
        }
        Optional<String> text = fields.requiredText("baseUrl",
                "write the address the site is published at, e.g. baseUrl: https://example.gov.vn/");
        if (text.isEmpty()) {
            return fallback;
        }
        return parseBaseUrl(text.get()).orElseGet(() -> {
            problems.error(map.get("baseUrl").orElseThrow().position(), STAGE, "'baseUrl' is not an absolute http(s) URL: '"
                    + text.get() + "' (write it like https://example.gov.vn/)");
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
}
