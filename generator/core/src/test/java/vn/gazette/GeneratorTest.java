package vn.gazette;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratorTest {

    private static final String SITE = """
            -- site.yaml --
            title: Thử nghiệm
            baseUrl: https://example.gov.vn/
            pageSize: 2
            """;

    private static String article(String title, String date, String body) {
        return "---\ntitle: \"" + title + "\"\ndate: " + date + "\n---\n" + body + "\n";
    }

    @TempDir
    Path dir;

    @Test
    void theWarmUpsOwnInputGivesNoProblemSoItGoesThroughEachLibrary() {
        // a problem would stop the settings' reader or Flexmark part-way, leaving the rest of its set-up to the build
        org.junit.jupiter.api.Assertions.assertDoesNotThrow(Generator::warmUpNow);
    }

    @Test
    void onlyTheFirstCallStartsTheWarmUp() {
        Generator.warmUp();
        assertThat(Generator.warmUp()).isFalse();
    }

    @Test
    void buildsArticlePagesHomeAnd404WithPrettyUrls() {
        MiniSite site = MiniSite.of(dir, SITE + "-- articles/2023/bai-a.md --\n" + article("Bài A", "2023-09-22", "Chào")
                + "-- articles/2023/bai-b.md --\n" + article("Bài B", "2023-09-23", "Chào"));
        BuildResult result = site.build();
        assertThat(site.messages(result)).isEmpty();
        assertThat(result.pages()).as("with the search page").isEqualTo(8);
        assertThat(site.outputFiles()).filteredOn(path -> !path.startsWith("search-index/s/"))
                .containsExactly(".gazette-output", "2023/09/index.html", "2023/index.html",
                "404.html", "articles/2023/bai-a/index.html", "articles/2023/bai-b/index.html", "atom.xml",
                "css/gazette.css", "css/search.css", "favicon.svg", "index.html", "js/embed.js", "js/search.js", "luu-tru/index.html", "robots.txt",
                "schedule.json", "search-index/d/61.txt", "search-index/d/62.txt", "search-index/d/63.txt", "search-index/facets.json",
                "search-index/index.json", "search-index/m/0.json", "sitemap.xml", "tim-kiem/index.html");
        assertThat(result.timings()).containsOnlyKeys("source", "content", "site", "render", "search", "publish");
    }

    @Test
    void homeListIsNewestFirstAndPaginated() {
        MiniSite site = MiniSite.of(dir, SITE
                + "-- articles/a.md --\n" + article("Một", "2023-01-01", "")
                + "-- articles/b.md --\n" + article("Hai", "2023-01-02", "")
                + "-- articles/c.md --\n" + article("Ba", "2023-01-03T08:00", ""));
        site.build();
        String first = site.read("index.html");
        assertThat(first.indexOf("Ba</a>")).isLessThan(first.indexOf("Hai</a>"));
        assertThat(first).doesNotContain("Một</a>").contains("<a rel=\"next\" href=\"/trang/2/\">");
        String second = site.read("trang/2/index.html");
        assertThat(second).contains("Một</a>").contains("<a rel=\"prev\" href=\"/\">").doesNotContain("rel=\"next\"");
        assertThat(site.exists("trang/3/index.html")).isFalse();
    }

    @Test
    void reportsEveryProblemOfEveryFileSortedByFileAndLine() {
        MiniSite site = MiniSite.of(dir, SITE + """
                -- articles/b.md --
                ---
                title: B
                date: 2023-02-30
                tags: tập huấn
                ---
                -- articles/a.md --
                ---
                date: 28/10/2020
                titel: A
                ---
                """);
        BuildResult result = site.build();
        assertThat(site.messages(result)).containsExactly(
                "content/articles/a.md:2:1: error: 'title' is missing: write the article's headline, e.g. title: \"Hội nghị tập huấn ...\"",
                "content/articles/a.md:2:7: error: 'date' is not a date: \"28/10/2020\" (write 2020-10-28: year-month-day)",
                "content/articles/a.md:3:1: warning: unknown front-matter key 'titel': did you mean 'title'? (put extra fields for the theme under 'params:')",
                "content/articles/b.md:3:7: error: 'date' is not a real date or time: \"2023-02-30\" (check the day of the month and the hour)",
                "content/articles/b.md:4:7: error: 'tags' must be a list: write tags: [tập huấn]");
        assertThat(result.hasErrors()).isTrue();
        assertThat(site.output()).doesNotExist();
    }

    @Test
    void failedBuildLeavesThePreviousOutputByteForByte() throws IOException {
        MiniSite site = MiniSite.of(dir, SITE + "-- articles/a.md --\n" + article("A", "2023-01-01", "Một"));
        assertThat(site.build().hasErrors()).isFalse();
        Map<String, byte[]> before = snapshot(site.output());

        site.write("-- articles/a.md --\n" + article("A sửa", "2023-01-01", "Hai")
                + "-- articles/b.md --\n---\ntitle: B\ndate: hôm qua\n---\n");
        BuildResult result = site.build();

        assertThat(site.messages(result)).containsExactly("content/articles/b.md:3:7: error: 'date' is not a date: "
                + "\"hôm qua\" (write it like 2023-09-22, or 2023-09-22T09:30 with a time)");
        Map<String, byte[]> after = snapshot(site.output());
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((path, bytes) -> assertThat(after.get(path)).as(path).isEqualTo(bytes));
        try (Stream<Path> siblings = Files.list(dir)) {
            assertThat(siblings.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("content", "out", ".out.lock");
        }
    }

    @Test
    void sameInputGivesByteIdenticalOutput() throws IOException {
        MiniSite site = MiniSite.of(dir, SITE + "-- articles/a.md --\n" + article("A", "2023-01-01T10:00+07:00", "x")
                + "-- articles/b.md --\n" + article("B", "2023-01-01T10:00+07:00", "y")
                + "-- articles/c.md --\n" + article("C", "2022-01-01", "z"));
        site.build();
        Map<String, byte[]> first = snapshot(site.output());
        BuildResult again = Generator.create().build(site.request().withThreads(1));
        assertThat(again.hasErrors()).isFalse();
        Map<String, byte[]> second = snapshot(site.output());
        assertThat(second.keySet()).isEqualTo(first.keySet());
        first.forEach((path, bytes) -> assertThat(second.get(path)).as(path).isEqualTo(bytes));
    }

    @Test
    void aSecondBuildWithTheCacheLeavesUnchangedFilesUntouchedAndRewritesOnlyChangedOnes() throws IOException {
        MiniSite site = MiniSite.of(dir, SITE + "-- articles/a.md --\n" + article("A", "2023-01-01", "Một")
                + "-- articles/b.md --\n" + article("B", "2022-01-01", "Hai"));
        BuildRequest request = site.request().withCache(dir.resolve("cache"));
        BuildResult first = Generator.create().build(request);
        assertThat(first.unchanged()).isZero();
        Map<String, Object> inodes = inodes(site.output());

        BuildResult same = Generator.create().build(request);
        assertThat(same.unchanged()).isEqualTo(same.files());
        assertThat(inodes(site.output())).isEqualTo(inodes);

        site.write("-- articles/b.md --\n" + article("B", "2022-01-01", "Hai, đã sửa"));
        BuildResult edited = Generator.create().build(request);
        Map<String, Object> after = inodes(site.output());
        List<String> rewritten = after.keySet().stream().filter(path -> !after.get(path).equals(inodes.get(path)))
                .sorted().toList();
        List<String> index = rewritten.stream().filter(path -> path.startsWith("search-index/")).toList();
        assertThat(rewritten).containsExactlyElementsOf(java.util.stream.Stream.concat(
                java.util.stream.Stream.of("articles/b/index.html"), index.stream()).toList());
        assertThat(index).as("the index files the edited words are in").contains("search-index/m/0.json");
        assertThat(edited.unchanged()).isEqualTo(edited.files() - 1 - index.size());
        assertThat(site.read("articles/b/index.html")).contains("Hai, đã sửa");
    }

    @Test
    void changingAThemeStringRebuildsThePagesThatShowIt() throws IOException {
        MiniSite site = MiniSite.of(dir, SITE + "-- articles/a.md --\n" + article("A", "2023-01-01", "Một"));
        BuildRequest request = site.request().withCache(dir.resolve("cache"));
        Generator.create().build(request);
        assertThat(site.read("index.html")).contains("Tin mới nhất");
        site.write("""
                -- _theme/i18n/vi.properties --
                home.latest=Bài mới đăng
                """);
        BuildResult result = Generator.create().build(request);
        assertThat(site.read("index.html")).contains("Bài mới đăng").doesNotContain("Tin mới nhất");
        assertThat(result.unchanged()).isLessThan(result.files());
    }

    @Test
    void theCacheServesConvertedBodiesAndMissesWhenTheTextChanges() throws IOException {
        MiniSite site = MiniSite.of(dir, SITE + "-- articles/a.md --\n" + article("A", "2023-01-01", "**đậm**"));
        BuildRequest request = site.request().withCache(dir.resolve("cache"));
        Generator.create().build(request);
        assertThat(dir.resolve("cache/bodies.pack")).isNotEmptyFile();
        site.write("-- articles/a.md --\n" + article("A", "2023-01-01", "*nghiêng*"));
        Generator.create().build(request);
        assertThat(body(site.read("articles/a/index.html"))).contains("<em>nghiêng</em>").doesNotContain("đậm");
    }

    @Test
    void draftsArePublishedOnlyWhenAskedFor() throws IOException {
        MiniSite site = MiniSite.of(dir, SITE + "-- articles/nhap.md --\n---\ntitle: Nháp\ndate: 2023-01-01\ndraft: true\n---\n");
        site.build();
        assertThat(site.exists("articles/nhap/index.html")).isFalse();
        assertThat(site.read("index.html")).doesNotContain("Nháp");
        Generator.create().build(site.request().withDrafts(true));
        assertThat(site.exists("articles/nhap/index.html")).isTrue();
    }

    @Test
    void rawHtmlIsSanitisedByDefault() {
        MiniSite site = MiniSite.of(dir, SITE + "-- articles/a.md --\n" + article("A", "2023-01-01", """
                Chào <script>alert(1)</script><b onclick="x()">đậm</b> [bấm](JaVaScRiPt:alert(2)) <mark>đánh dấu</mark>

                <figure><img src="anh.gif" onerror="x()"><figcaption>Chú thích</figcaption></figure>
                """) + "-- articles/a/anh.gif --\nảnh\n");
        site.build();
        String body = body(site.read("articles/a/index.html"));
        assertThat(body).doesNotContain("script", "alert", "onclick", "onerror", "JaVaScRiPt")
                .contains("<b>đậm</b>", "<mark>đánh dấu</mark>", "<figure><img src=\"anh.gif\"><figcaption>Chú thích</figcaption></figure>");
    }

    @Test
    void rawHtmlCanBeEscapedOrAllowedBySetting() {
        String page = article("A", "2023-01-01", "Chào <b>đậm</b>");
        MiniSite escaped = MiniSite.of(dir.resolve("escape"), SITE + "rawHtml: escape\n-- articles/a.md --\n" + page);
        escaped.build();
        assertThat(body(escaped.read("articles/a/index.html"))).contains("Chào &lt;b&gt;đậm&lt;/b&gt;");
        MiniSite allowed = MiniSite.of(dir.resolve("allow"), SITE + "rawHtml: allow\n-- articles/a.md --\n"
                + article("A", "2023-01-01", "<div onclick=\"x()\">tin cậy</div>"));
        allowed.build();
        assertThat(allowed.read("articles/a/index.html")).contains("<div onclick=\"x()\">tin cậy</div>");
    }

    @Test
    void escapedRawHtmlStillLosesJavascriptLinksWrittenInMarkdown() {
        MiniSite site = MiniSite.of(dir, SITE + "rawHtml: escape\n-- articles/a.md --\n"
                + article("A", "2023-01-01", "[bấm](JaVaScRiPt:alert(1)) và <i>nghiêng</i>"));
        site.build();
        String body = body(site.read("articles/a/index.html"));
        assertThat(body).doesNotContainIgnoringCase("javascript").contains("<a>bấm</a>", "&lt;i&gt;nghiêng&lt;/i&gt;");
    }

    @Test
    void siteOverridesReplaceThemeTemplatesStaticFilesAndStrings() {
        MiniSite site = MiniSite.of(dir, SITE + "-- articles/a.md --\n" + article("A", "2023-01-01", "x") + """
                -- _theme/templates/404.ftlh --
                <p>${t["notFound.title"]}|${page.title}:END</p>
                -- _theme/static/css/gazette.css --
                body{color:red}
                -- _theme/i18n/vi.properties --
                notFound.title=Lạc đường rồi
                """);
        BuildResult result = site.build();
        assertThat(site.messages(result)).isEmpty();
        assertThat(site.read("404.html")).isEqualTo("<p>Lạc đường rồi|Lạc đường rồi:END</p>\n");
        assertThat(site.read("css/gazette.css")).isEqualTo("body{color:red}\n");
        assertThat(site.exists("_theme")).isFalse();
    }

    @Test
    void templateErrorsNameTheTemplatePositionAndThePageOnce() {
        MiniSite site = MiniSite.of(dir, SITE
                + "-- articles/a.md --\n" + article("A", "2023-01-01", "x")
                + "-- articles/b.md --\n" + article("B", "2023-01-02", "y") + """
                -- _theme/templates/article.ftlh --
                <h1>${article.title}</h1>
                <p>${article.subtitle}</p>
                """);
        BuildResult result = site.build();
        assertThat(site.messages(result)).hasSize(1);
        assertThat(site.messages(result).get(0))
                .isEqualTo("content/_theme/templates/article.ftlh:2:6: error: The following has evaluated to null or missing: "
                        + "==> article.subtitle (write ${x!} or <#if x??> where a value may be missing) "
                        + "(rendering content/articles/a.md and 1 other page)");
        assertThat(site.output()).doesNotExist();
    }

    @Test
    void templatesCannotInstantiateClassesOrReachTheApi() {
        MiniSite site = MiniSite.of(dir, SITE + "-- articles/a.md --\n" + article("A", "2023-01-01", "x") + """
                -- _theme/templates/404.ftlh --
                <#assign ex = "freemarker.template.utility.Execute"?new()>${ex("id")}
                """);
        BuildResult result = site.build();
        assertThat(site.messages(result)).singleElement().asString()
                .startsWith("content/_theme/templates/404.ftlh:1:1: error: ")
                .contains("Instantiating freemarker.template.utility.Execute is not allowed in the template for security reasons");
    }

    @Test
    void articleAssetsArePublishedBesideThePageEvenWithAnotherSlug() {
        MiniSite site = MiniSite.of(dir, SITE + "-- articles/2023/hoi-nghi.md --\n---\ntitle: H\ndate: 2023-01-01\n"
                + "slug: tap-huan\n---\n![Sơ đồ](so-do.svg)\n" + """
                -- articles/2023/hoi-nghi/so-do.svg --
                <svg xmlns="http://www.w3.org/2000/svg"/>
                -- tai-lieu/Quy chế.pdf --
                văn bản
                """);
        BuildResult result = site.build();
        assertThat(site.messages(result)).isEmpty();
        assertThat(site.outputFiles()).contains("articles/2023/tap-huan/index.html", "articles/2023/tap-huan/so-do.svg",
                "tai-lieu/Quy chế.pdf");
        assertThat(site.read("articles/2023/tap-huan/index.html")).contains("<img src=\"so-do.svg\" alt=\"Sơ đồ\">");
    }

    @Test
    void aContentFileCannotSilentlyReplaceAThemeFile() {
        MiniSite site = MiniSite.of(dir, SITE + """
                -- css/gazette.css --
                body{}
                """);
        assertThat(site.messages(site.build())).containsExactly("content/css/gazette.css: error: this file would replace "
                + "the theme's css/gazette.css: to replace a theme file, put it under _theme/static/ instead");
    }

    @Test
    void refusesAnOutputFolderGazetteDidNotMake() throws IOException {
        MiniSite site = MiniSite.of(dir, SITE);
        Files.createDirectories(site.output());
        Files.writeString(site.output().resolve("CNAME"), "example.gov.vn", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Generator.create().build(site.request()))
                .isInstanceOf(BuildRequestException.class)
                .hasMessageContaining("holds files Gazette did not write");
        assertThat(site.output().resolve("CNAME")).hasContent("example.gov.vn");
    }

    @Test
    void aMissingSiteYamlIsAPositionedError() {
        MiniSite site = MiniSite.of(dir, "-- articles/a.md --\n" + article("A", "2023-01-01", "x"));
        assertThat(site.messages(site.build())).containsExactly(
                "content/site.yaml: error: site.yaml is missing: create it with at least 'title:' and 'baseUrl:' lines");
    }

    @Test
    void aSiteYamlThatIsALinkIsNotReadAndIsReportedMissing() throws IOException {
        MiniSite site = MiniSite.of(dir, "-- articles/a.md --\n" + article("A", "2023-01-01", "x"));
        Path elsewhere = Files.writeString(dir.resolve("elsewhere.yaml"), "title: [\nbaseUrl: 1\n");
        Files.createSymbolicLink(site.content().resolve("site.yaml"), elsewhere);
        assertThat(site.messages(site.build())).containsExactly(
                "content/site.yaml: error: site.yaml is missing: create it with at least 'title:' and 'baseUrl:' lines",
                "content/site.yaml: warning: symbolic link skipped: copy the file into the content folder instead");
    }

    @Test
    void aBrokenSiteYamlIsReportedOnceAtItsLine() {
        MiniSite site = MiniSite.of(dir, "-- site.yaml --\ntitle: Thử\nbaseUrl: [\n-- articles/a.md --\n"
                + article("A", "2023-01-01", "x"));
        List<String> messages = site.messages(site.build());
        assertThat(messages).hasSize(1);
        assertThat(messages.get(0)).startsWith("content/site.yaml:");
    }

    @Test
    void usesTheBuiltInThemeWhenNoThemeFolderIsGiven() throws IOException {
        MiniSite site = MiniSite.of(dir, SITE + "-- articles/a.md --\n" + article("A", "2023-01-01", "x"));
        BuildResult result = Generator.create().build(BuildRequest.of(site.content(), site.output()));
        assertThat(result.hasErrors()).isFalse();
        assertThat(site.read("articles/a/index.html")).contains("<h1>A</h1>");
    }

    static String body(String page) {
        int start = page.indexOf("<div class=\"body\">");
        int end = page.indexOf("</div>", start);
        return page.substring(start, end);
    }

    /** Each file's inode: the same number means the file was left untouched (not rewritten or replaced). */
    static Map<String, Object> inodes(Path root) throws IOException {
        Map<String, Object> files = new HashMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().equals(".gazette-output")).toList()) {
                files.put(root.relativize(path).toString(), Files.getAttribute(path, "unix:ino"));
            }
        }
        return files;
    }

    static Map<String, byte[]> snapshot(Path root) throws IOException {
        Map<String, byte[]> files = new HashMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(path).toString(), Files.readAllBytes(path));
            }
        }
        return files;
    }
}
