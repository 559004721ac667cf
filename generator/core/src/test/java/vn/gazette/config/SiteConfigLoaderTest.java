package vn.gazette.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.net.URI;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.gazette.problem.Problems;
import vn.gazette.problem.SourcePosition;

class SiteConfigLoaderTest {

    private static final Path BASE = Path.of("/archive").toAbsolutePath();
    private static final Path FILE = BASE.resolve("content/site.yaml");

    private final Problems problems = new Problems();

    private Optional<SiteConfig> load(String yaml) {
        return load(yaml, Optional.empty());
    }

    private Optional<SiteConfig> load(String yaml, Optional<String> baseUrlOverride) {
        return new SiteConfigLoader().load(yaml, FILE, baseUrlOverride, problems);
    }

    private List<String> messages() {
        return problems.sorted().stream().map(p -> p.format(BASE)).toList();
    }

    @Test
    void fillsInTheDefaults() {
        SiteConfig config = load("""
                title: Lưu trữ tin tỉnh Lạng Sơn
                baseUrl: https://example.gov.vn/
                """).orElseThrow();
        assertThat(messages()).isEmpty();
        assertThat(config.title()).isEqualTo("Lưu trữ tin tỉnh Lạng Sơn");
        assertThat(config.description()).isEmpty();
        assertThat(config.baseUrl()).isEqualTo(URI.create("https://example.gov.vn/"));
        assertThat(config.basePath()).isEqualTo("/");
        assertThat(config.language()).isEqualTo(Locale.forLanguageTag("vi-VN"));
        assertThat(config.languageCode()).isEqualTo("vi");
        assertThat(config.timeZone()).isEqualTo(ZoneId.of("Asia/Ho_Chi_Minh"));
        assertThat(config.pageSize()).isEqualTo(10);
        assertThat(config.rawHtml()).isEqualTo(RawHtmlPolicy.SANITIZE);
    }

    @Test
    void readsEverySetting() {
        SiteConfig config = load("""
                # cấu hình trang
                title: "Gazette: Cao Bằng"
                description: Tin tức của tỉnh qua các năm
                baseUrl: https://caobang.example.gov.vn/luu-tru/
                language: en
                timeZone: Asia/Bangkok
                pageSize: 25
                rawHtml: escape
                """).orElseThrow();
        assertThat(messages()).isEmpty();
        assertThat(config).isEqualTo(new SiteConfig("Gazette: Cao Bằng", "Tin tức của tỉnh qua các năm",
                URI.create("https://caobang.example.gov.vn/luu-tru/"), Locale.forLanguageTag("en-GB"),
                ZoneId.of("Asia/Bangkok"), 25, RawHtmlPolicy.ESCAPE));
        assertThat(config.languageCode()).isEqualTo("en");
    }

    @Test
    void readsTheWordsOfEveryRawHtmlPolicy() {
        for (RawHtmlPolicy policy : RawHtmlPolicy.values()) {
            SiteConfig config = load("title: T\nbaseUrl: https://x.vn/\nrawHtml: " + policy.word() + "\n").orElseThrow();
            assertThat(config.rawHtml()).isEqualTo(policy);
        }
        assertThat(messages()).isEmpty();
    }

    @Test
    void readsTheLanguageWhateverItsCase() {
        SiteConfig config = load("""
                title: T
                baseUrl: https://x.vn/
                language: EN
                """).orElseThrow();
        assertThat(config.language()).isEqualTo(Locale.forLanguageTag("en-GB"));
        assertThat(messages()).isEmpty();
    }

    @Test
    void reportsAMissingTitleAtTheStartOfTheSettings() {
        SiteConfig config = load("""
                baseUrl: https://example.gov.vn/
                """).orElseThrow();
        assertThat(messages()).containsExactly("content/site.yaml:1:1: error: 'title' is missing: write the site's name, "
                + "e.g. title: \"Lưu trữ tin tỉnh Lạng Sơn\"");
        assertThat(config.title()).isEqualTo("Gazette");
    }

    @Test
    void reportsAMissingTitleBelowALeadingComment() {
        load("""
                # cấu hình
                baseUrl: https://example.gov.vn/
                """);
        assertThat(problems.sorted()).extracting(p -> p.where().line(), p -> p.where().column())
                .containsExactly(tuple(2, 1));
    }

    @Test
    void reportsAnEmptyTitleAtItsValue() {
        load("""
                baseUrl: https://example.gov.vn/
                title: ""
                """);
        assertThat(messages()).containsExactly("content/site.yaml:2:8: error: 'title' is empty: write the site's name, "
                + "e.g. title: \"Lưu trữ tin tỉnh Lạng Sơn\"");
    }

    @Test
    void reportsAMissingBaseUrl() {
        SiteConfig config = load("""
                title: Lưu trữ
                """).orElseThrow();
        assertThat(messages()).containsExactly("content/site.yaml:1:1: error: 'baseUrl' is missing: write the address "
                + "the site is published at, e.g. baseUrl: https://example.gov.vn/");
        assertThat(config.baseUrl()).isEqualTo(URI.create("http://localhost/"));
    }

    @Test
    void reportsAnEmptyBaseUrlAtItsValue() {
        load("""
                title: Lưu trữ
                baseUrl:
                """);
        assertThat(messages()).containsExactly("content/site.yaml:2:9: error: 'baseUrl' is empty: write the address "
                + "the site is published at, e.g. baseUrl: https://example.gov.vn/");
    }

    @Test
    void reportsABaseUrlWrittenAsAListOnce() {
        load("""
                title: Lưu trữ
                baseUrl: [https://a.vn/, https://b.vn/]
                """);
        assertThat(messages()).containsExactly("content/site.yaml:2:10: error: 'baseUrl' must be a single value, not a list");
    }

    @Test
    void reportsMissingTitleAndBaseUrlTogether() {
        load("description: Tin tức\n");
        assertThat(messages()).containsExactly(
                "content/site.yaml:1:1: error: 'baseUrl' is missing: write the address the site is published at, e.g. "
                        + "baseUrl: https://example.gov.vn/",
                "content/site.yaml:1:1: error: 'title' is missing: write the site's name, e.g. title: \"Lưu trữ tin "
                        + "tỉnh Lạng Sơn\"");
    }

    @Test
    void endsTheBaseUrlWithASlash() {
        SiteConfig config = load("""
                title: T
                baseUrl: https://example.gov.vn
                """).orElseThrow();
        assertThat(config.baseUrl()).hasToString("https://example.gov.vn/");
        assertThat(config.basePath()).isEqualTo("/");
    }

    @Test
    void keepsThePathOfABaseUrlBelowTheDomainRoot() {
        SiteConfig config = load("""
                title: T
                baseUrl: https://example.gov.vn/luu-tru
                """).orElseThrow();
        assertThat(config.baseUrl()).hasToString("https://example.gov.vn/luu-tru/");
        assertThat(config.basePath()).isEqualTo("/luu-tru/");
        assertThat(config.link("/articles/2023/x/")).isEqualTo("/luu-tru/articles/2023/x/");
        assertThat(config.absoluteUrl("/articles/2023/x/")).isEqualTo("https://example.gov.vn/luu-tru/articles/2023/x/");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            https://example.gov.vn               | https://example.gov.vn/
            https://example.gov.vn/              | https://example.gov.vn/
            http://localhost:8080                | http://localhost:8080/
            https://example.gov.vn/luu-tru       | https://example.gov.vn/luu-tru/
            https://example.gov.vn/a/b/          | https://example.gov.vn/a/b/
            '  https://example.gov.vn/x  '       | https://example.gov.vn/x/
            """)
    void normalisesBaseUrls(String text, String expected) {
        assertThat(SiteConfigLoader.parseBaseUrl(text)).contains(URI.create(expected));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"example.gov.vn", "/luu-tru/", "ftp://example.gov.vn/", "file:///etc/", "javascript:alert(1)",
            "https://example.gov.vn/?page=1", "https://example.gov.vn/#top", "https://exa mple.gov.vn/", "https://", ""})
    void refusesBaseUrlsThatAreNotAbsoluteHttp(String text) {
        assertThat(SiteConfigLoader.parseBaseUrl(text)).isEmpty();
    }

    @Test
    void reportsABaseUrlThatIsNotAbsoluteAtItsValue() {
        SiteConfig config = load("""
                title: T
                baseUrl: example.gov.vn
                """).orElseThrow();
        assertThat(messages()).containsExactly("content/site.yaml:2:10: error: 'baseUrl' is not an absolute http(s) URL: "
                + "'example.gov.vn' (write it like https://example.gov.vn/)");
        assertThat(config.baseUrl()).isEqualTo(URI.create("http://localhost/"));
    }

    @Test
    void letsTheBaseUrlGivenToTheBuildWin() {
        SiteConfig config = load("""
                title: T
                baseUrl: https://example.gov.vn/
                """, Optional.of("https://preview.example.gov.vn/luu-tru")).orElseThrow();
        assertThat(messages()).isEmpty();
        assertThat(config.baseUrl()).hasToString("https://preview.example.gov.vn/luu-tru/");
        assertThat(config.basePath()).isEqualTo("/luu-tru/");
    }

    @Test
    void needsNoBaseUrlInTheFileWhenTheBuildGivesOne() {
        SiteConfig config = load("title: T\n", Optional.of("http://localhost:1313/")).orElseThrow();
        assertThat(messages()).isEmpty();
        assertThat(config.baseUrl()).hasToString("http://localhost:1313/");
    }

    @Test
    void usesTheFileWhenTheBaseUrlGivenToTheBuildIsBlank() {
        SiteConfig config = load("""
                title: T
                baseUrl: https://example.gov.vn/
                """, Optional.of("  ")).orElseThrow();
        assertThat(config.baseUrl()).hasToString("https://example.gov.vn/");
    }

    @Test
    void reportsABadBaseUrlGivenToTheBuildAgainstTheFile() {
        load("""
                title: T
                baseUrl: https://example.gov.vn/
                """, Optional.of("preview.example"));
        assertThat(messages()).containsExactly("content/site.yaml: error: the base URL given to the build "
                + "('preview.example') is not an absolute http(s) URL: write it like https://example.gov.vn/");
    }

    @Test
    void warnsAboutAnUnknownSettingWithASuggestion() {
        Optional<SiteConfig> config = load("""
                title: T
                baseUrl: https://example.gov.vn/
                titel: Lưu trữ
                pagesize: 20
                giaodien: tối
                """);
        assertThat(config).isPresent();
        assertThat(messages()).containsExactly(
                "content/site.yaml:3:1: warning: unknown setting 'titel': did you mean 'title'? (it is ignored)",
                "content/site.yaml:4:1: warning: unknown setting 'pagesize': did you mean 'pageSize'? (it is ignored)",
                "content/site.yaml:5:1: warning: unknown setting 'giaodien' (it is ignored)");
        assertThat(problems.hasErrors()).isFalse();
        assertThat(config.get().pageSize()).isEqualTo(10);
    }

    @Test
    void reportsAnUnknownTimeZoneAndKeepsTheDefault() {
        SiteConfig config = load("""
                title: T
                baseUrl: https://example.gov.vn/
                timeZone: Hanoi
                """).orElseThrow();
        assertThat(messages()).containsExactly("content/site.yaml:3:11: error: unknown time zone 'Hanoi': write a zone "
                + "name such as Asia/Ho_Chi_Minh");
        assertThat(config.timeZone()).isEqualTo(ZoneId.of("Asia/Ho_Chi_Minh"));
    }

    @Test
    void reportsALanguageWithoutASuggestionWhenNoneIsClose() {
        SiteConfig config = load("""
                title: T
                baseUrl: https://example.gov.vn/
                language: fr
                """).orElseThrow();
        assertThat(messages()).containsExactly("content/site.yaml:3:11: error: 'language' must be one of vi, en, not 'fr'");
        assertThat(config.language()).isEqualTo(Locale.forLanguageTag("vi-VN"));
    }

    @Test
    void reportsAMisspeltRawHtmlPolicyWithASuggestion() {
        load("""
                title: T
                baseUrl: https://example.gov.vn/
                rawHtml: sanitise
                """);
        assertThat(messages()).containsExactly("content/site.yaml:3:10: error: 'rawHtml' must be one of sanitize, escape, "
                + "allow, not 'sanitise': did you mean 'sanitize'?");
    }

    @ParameterizedTest(name = "pageSize: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            0     | 'pageSize' must be between 1 and 1000, not 0
            1001  | 'pageSize' must be between 1 and 1000, not 1001
            -5    | 'pageSize' must be between 1 and 1000, not -5
            mười  | 'pageSize' must be a whole number, not 'mười' (write e.g. 10)
            2.5   | 'pageSize' must be a whole number, not '2.5' (write e.g. 10)
            """)
    void refusesAPageSizeOutOfRange(String value, String message) {
        SiteConfig config = load("title: T\nbaseUrl: https://example.gov.vn/\npageSize: " + value + "\n").orElseThrow();
        assertThat(messages()).containsExactly("content/site.yaml:3:11: error: " + message);
        assertThat(config.pageSize()).isEqualTo(10);
    }

    @Test
    void acceptsThePageSizeLimits() {
        assertThat(load("title: T\nbaseUrl: https://x.vn/\npageSize: 1\n").orElseThrow().pageSize()).isEqualTo(1);
        assertThat(load("title: T\nbaseUrl: https://x.vn/\npageSize: 1000\n").orElseThrow().pageSize()).isEqualTo(1000);
        assertThat(messages()).isEmpty();
    }

    @Test
    void reportsAnEmptyFile() {
        assertThat(load("")).isEmpty();
        assertThat(load("# chưa viết gì\n")).isEmpty();
        assertThat(messages()).containsExactly("content/site.yaml:1:1: error: site.yaml is empty: write at least "
                + "'title: Tên trang' and 'baseUrl: https://example.gov.vn/'");
        assertThat(problems.errorCount()).isEqualTo(2);
    }

    @Test
    void reportsAnEmptyFileEvenWhenOtherFilesHadErrors() {
        Path other = BASE.resolve("content/articles/a.md");
        problems.error(SourcePosition.of(other, 3, 1), "source", "something else");
        assertThat(load("")).isEmpty();
        assertThat(messages()).containsExactly("content/articles/a.md:3:1: error: something else",
                "content/site.yaml:1:1: error: site.yaml is empty: write at least 'title: Tên trang' and "
                        + "'baseUrl: https://example.gov.vn/'");
    }

    @Test
    void refusesSettingsThatAreNotKeyValueLines() {
        assertThat(load("""
                - title: T
                - baseUrl: https://example.gov.vn/
                """)).isEmpty();
        assertThat(messages()).containsExactly("content/site.yaml:1:1: error: site.yaml must be key: value lines, not a list");
    }

    @Test
    void passesOnAPositionedYamlError() {
        assertThat(load("""
                baseUrl: https://example.gov.vn/
                title: Tin tức: Lạng Sơn
                """)).isEmpty();
        assertThat(messages()).containsExactly("content/site.yaml:2:15: error: not valid YAML: mapping values are not "
                + "allowed here (a value that contains ': ' must be put in quotes)");
    }

    @Test
    void readsAQuotedTitleWithAColon() {
        assertThat(load("""
                baseUrl: https://example.gov.vn/
                title: "Tin tức: Lạng Sơn"
                """).map(SiteConfig::title)).contains("Tin tức: Lạng Sơn");
        assertThat(messages()).isEmpty();
    }

    @Test
    void refusesADuplicateSetting() {
        assertThat(load("""
                title: A
                baseUrl: https://example.gov.vn/
                title: B
                """)).isEmpty();
        assertThat(messages()).containsExactly(
                "content/site.yaml:3:1: error: duplicate key 'title' (first written on line 1): keep only one");
    }

    @Test
    void reportsProblemsInTheConfigStage() {
        load("title: T\n");
        assertThat(problems.sorted()).extracting(p -> p.stage()).containsExactly("config");
        assertThat(SiteConfigLoader.STAGE).isEqualTo("config");
        assertThat(SiteConfigLoader.FILE_NAME).isEqualTo("site.yaml");
    }
}
