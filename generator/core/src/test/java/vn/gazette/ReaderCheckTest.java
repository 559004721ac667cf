package vn.gazette;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, point 4: {@code check} checks what readers get. Images without alt text, empty links, headings that skip
 * a level and ids used twice are reported at the Markdown line that causes them in an article, and once per
 * template position (naming the first page and counting the others) when the theme causes them; pages and images
 * over the weight budget too. Warnings, errors with {@code checks.severity: error}; in both languages; a build does
 * not run them.
 */
class ReaderCheckTest {

    private static final String SITE = """
            -- site.yaml --
            title: Thử nghiệm
            baseUrl: https://example.gov.vn/
            """;

    @TempDir
    Path dir;

    private static List<String> check(MiniSite site) {
        return site.messages(run(site.request().withCheckOnly(true)));
    }

    private static BuildResult run(BuildRequest request) {
        try {
            return Generator.create().build(request);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An article whose body starts on line 5 of its file. */
    private static String article(String body) {
        return "-- articles/a.md --\n---\ntitle: A\ndate: 2023-01-01\n---\n" + body;
    }

    private static String template(String name) {
        try {
            return Files.readString(ProjectFiles.defaultTheme().resolve("templates").resolve(name),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 1-based line and column of the first occurrence of {@code text} in a template. */
    private static String at(String template, String text) {
        int offset = template.indexOf(text);
        assertThat(offset).as(text).isNotNegative();
        String before = template.substring(0, offset);
        return (before.split("\n", -1).length) + ":" + (offset - before.lastIndexOf('\n'));
    }

    @Test
    void anEmptyLinkIsWarnedAtItsMarkdownLineAndColumnAndAnImageWithoutAltTextOnlyOnce() {
        MiniSite site = MiniSite.of(dir, SITE + article("Đoạn đầu.\n\n![](anh.svg)\n\nXem [](/) và [ảnh](anh.svg).\n")
                + "-- articles/a/anh.svg --\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n");
        String noAlt = "content/articles/a.md:7:1: warning: the image 'anh.svg' has no alt text: describe it for "
                + "readers who cannot see it, e.g. ![Toàn cảnh hội nghị](anh.svg)";

        // the image is reported by every build (the content stage); the check does not say it twice
        assertThat(check(site)).containsExactly(noAlt,
                "content/articles/a.md:9:5: warning: the link to '/' has no text: write what it leads to "
                        + "between the brackets, [Báo cáo tổng kết](/)");
        assertThat(site.messages(site.build())).as("a build does not run the reader checks").containsExactly(noAlt);
    }

    @Test
    void aHeadingThatSkipsALevelIsWarnedAtItsLineWithTheHeadingToWrite() {
        MiniSite site = MiniSite.of(dir, SITE + article("## Kết quả\n\nx\n\n#### Chi tiết\n\ny\n\n## Bài học\n\nz\n"));

        assertThat(check(site)).containsExactly("content/articles/a.md:9:1: warning: the heading \"Chi tiết\" is a "
                + "level-4 heading right after a level-2 one, which skips a level (screen readers navigate by them): "
                + "write it as ### Chi tiết");
    }

    @Test
    void aFirstHeadingBelowTheTitleThatSkipsIsTheArticlesToo() {
        MiniSite site = MiniSite.of(dir, SITE + article("Mở đầu.\n\n### Diễn biến\n\nx\n"));

        assertThat(check(site)).containsExactly("content/articles/a.md:7:1: warning: the heading \"Diễn biến\" is a "
                + "level-3 heading right after a level-1 one, which skips a level (screen readers navigate by them): "
                + "write it as ## Diễn biến");
    }

    @Test
    void htmlTypedIntoAnArticleIsReportedInTheArticle() {
        MiniSite site = MiniSite.of(dir, SITE + article("Mở đầu <img src=\"anh.svg\"> và <span id=\"ket-qua\">x</span>.\n\n"
                + "## Kết quả\n\ny\n") + "-- articles/a/anh.svg --\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n");

        assertThat(check(site)).containsExactly(
                "content/articles/a.md:5:8: warning: the image 'anh.svg' has no alt attribute: add alt=\"what it "
                        + "shows\" to its <img> tag",
                "content/articles/a.md:7:1: warning: the id 'ket-qua' is used 2 times on this page, so a link to "
                        + "#ket-qua reaches only the first: give the headings different titles (or the elements "
                        + "different ids)");
    }

    @Test
    void whatTheThemeDoesIsReportedOnceAtTheTemplatePositionWithThePagesItIsOn() {
        String term = template("term.ftlh");
        String broken = term.replaceFirst("</h1>", "</h1><img src=\"/favicon.svg\"><a href=\"/\"></a><h3 id=\"_x\">"
                + "Danh sách</h3><p id=\"_x\"></p>");
        assertThat(broken).isNotEqualTo(term);
        MiniSite site = MiniSite.of(dir, SITE + "-- _theme/templates/term.ftlh --\n" + broken
                + NavigationListTest.article("a", "A", "2023-01-01", "tags: [một, hai]"));

        String file = "content/_theme/templates/term.ftlh:";
        assertThat(check(site)).containsExactly(
                file + at(broken, "<img") + ": warning: on the page /the/hai/ (and on 1 other page): the template "
                        + "shows the image '/favicon.svg' without an alt attribute: add alt=\"what it shows\" (alt=\"\" "
                        + "for a decoration)",
                file + at(broken, "<a href=\"/\">") + ": warning: on the page /the/hai/ (and on 1 other page): the "
                        + "template shows a link to '/' with no text: add text, or an aria-label",
                file + at(broken, "<h3") + ": warning: on the page /the/hai/ (and on 1 other page): the template "
                        + "puts a level-3 heading right after a level-1 one (\"Danh sách\"), which skips a level: use <h2>",
                file + at(broken, "<p id") + ": warning: on the page /the/hai/ (and on 1 other page): the template "
                        + "writes the id '_x' 2 times: make each id unique");
    }

    @Test
    void pagesAndImagesOverTheBudgetAreErrorsWhenSiteYamlSaysSo() {
        MiniSite site = MiniSite.of(dir, SITE + "checks: {severity: error, pageKiB: 8, imageKiB: 1}\n"
                + article("![Sơ đồ](so-do.svg)\n\n" + "Một đoạn văn dài về hội nghị. ".repeat(400) + "\n")
                + "-- articles/a/so-do.svg --\n<svg xmlns=\"http://www.w3.org/2000/svg\"><desc>" + "x".repeat(2000)
                + "</desc></svg>\n");

        assertThat(check(site)).containsExactly(
                "content/articles/a.md: error: the page /articles/a/ weighs 20 KiB, over the budget of 8 KiB "
                        + "(checks.pageKiB in site.yaml): split the article into parts",
                "content/articles/a.md:5:1: error: the image articles/a/so-do.svg weighs 3 KiB, over the budget of "
                        + "1 KiB (checks.imageKiB in site.yaml): save it smaller (about 1600 px wide, JPEG quality 80)");
    }

    @Test
    void aListPageOverTheBudgetIsTheTemplates() {
        StringBuilder files = new StringBuilder(SITE + "checks: {pageKiB: 9}\n");
        for (int i = 1; i <= 12; i++) {
            files.append(NavigationListTest.article("bai-" + i, "Bài số " + i + " về hội nghị",
                    "2023-01-" + (10 + i), "summary: \"" + "Tóm tắt dài. ".repeat(40) + "\""));
        }
        MiniSite site = MiniSite.of(dir, files.toString());

        assertThat(MiniSite.messages(run(site.request().withCheckOnly(true)), ProjectFiles.root())).contains(
                "themes/default/templates/home.ftlh: warning: on the page /: the page weighs 11 KiB, over the budget of "
                        + "9 KiB (checks.pageKiB in site.yaml): show fewer articles on a page (pageSize in site.yaml), "
                        + "or less of each");
    }

    @Test
    void theFindingsAreWordedInTheSitesLanguage() {
        MiniSite site = MiniSite.of(dir, SITE + article("Xem [](/).\n"));

        BuildResult result = run(site.request().withCheckOnly(true));

        assertThat(result.messages(site.root().toAbsolutePath())).containsExactly("content/articles/a.md:5:5: warning: "
                + "liên kết tới '/' không có chữ: ghi nơi nó dẫn tới vào giữa ngoặc vuông, [Báo cáo tổng kết](/)");
    }

    @Test
    void aPhotoOverTheBudgetIsFoundThroughItsVariantsAtItsMarkdownLine() throws IOException {
        MiniSite site = MiniSite.of(dir, SITE + "checks: {imageKiB: 20}\nimages: {widths: [320, 1600]}\n"
                + article("Mở đầu.\n\n![Toàn cảnh hội nghị](toan-canh.jpg)\n"));
        Files.createDirectories(site.content().resolve("articles/a"));
        Files.write(site.content().resolve("articles/a/toan-canh.jpg"),
                vn.gazette.image.TestPhotos.jpeg(vn.gazette.image.TestPhotos.scene(1600, 1000, 7)));

        // the 320 px variant is under the budget, the 1600 px one (also served at the original's address) is not
        assertThat(check(site)).singleElement().asString().matches("content/articles/a.md:7:1: warning: the image "
                + "articles/a/toan-canh\\.1600w\\.jpg weighs \\d+ KiB, over the budget of 20 KiB \\(checks.imageKiB in "
                + "site.yaml\\): save it smaller \\(about 1600 px wide, JPEG quality 80\\)");
    }

    @Test
    void theSampleArchiveWithTheDefaultThemeGivesNoFinding() {
        BuildResult result = run(BuildRequest.of(ProjectFiles.sampleContent(), dir.resolve("out"))
                .withTheme(ProjectFiles.defaultTheme()).withCheckOnly(true));

        assertThat(result.problems()).isEmpty();
    }
}
