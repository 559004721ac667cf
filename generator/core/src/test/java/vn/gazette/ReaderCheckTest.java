package vn.gazette;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check} checks the pages as readers get them: images without alt text and empty links at their Markdown
 * line, skipped heading levels and duplicate ids in the article, the theme's own findings once at the template,
 * and pages and images over the budget; warnings unless {@code checks.severity: error}. A build does not run them.
 */
class ReaderCheckTest {

    private static final String SITE = """
            -- site.yaml --
            title: Thử nghiệm
            baseUrl: https://example.gov.vn/
            """;

    @TempDir
    Path dir;

    private java.util.List<String> check(MiniSite site) {
        return site.messages(Generator.create().build(site.request().withCheckOnly(true)));
    }

    private static String article(String body) {
        return "-- articles/a.md --\n---\ntitle: A\ndate: 2023-01-01\n---\n" + body;
    }

    @Test
    void anImageWithoutAltTextAndAnEmptyLinkAreWarnedAtTheirMarkdownLine() {
        MiniSite site = MiniSite.of(dir, SITE + article("Đoạn đầu.\n\n![](anh.svg)\n\nXem [](/articles/a/).\n")
                + "-- articles/a/anh.svg --\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n");
        assertThat(check(site)).containsExactly(
                "content/articles/a.md:8:1: warning: the image 'anh.svg' has no alt text: say what it shows between the "
                        + "brackets, ![Toàn cảnh hội nghị](anh.svg)",
                "content/articles/a.md:10:6: warning: the link to '/articles/a/' has no text: write what it leads to "
                        + "between the brackets, [Báo cáo tổng kết](/articles/a/)");
        assertThat(site.messages(site.build())).as("a build does not run the reader checks").isEmpty();
    }

    @Test
    void aSkippedHeadingLevelAndARepeatedHeadingAreWarnedInTheArticle() {
        MiniSite site = MiniSite.of(dir, SITE + article("## Kết quả\n\nx\n\n#### Chi tiết\n\ny\n\n## Kết quả\n\nz\n"));
        assertThat(check(site)).containsExactly(
                "content/articles/a.md: warning: on the page /articles/a/: the heading \"Chi tiết\" is a level-4 heading "
                        + "right after a level-2 one, which skips a level: write it as ### Chi tiết");
    }

    @Test
    void whatTheThemeDoesIsReportedOnceAtTheTemplateWithThePagesItIsOn() {
        MiniSite site = MiniSite.of(dir, SITE + """
                -- _theme/templates/term.ftlh --
                <!DOCTYPE html><html lang="vi"><head><title>${page.title}</title></head><body><h1>${term.name}</h1>
                <h3>Danh sách</h3><img src="/x.svg"><a href="/"></a><p id="x">a</p><p id="x">b</p></body></html>
                -- x.svg --
                <svg xmlns="http://www.w3.org/2000/svg"/>
                """ + NavigationListTest.article("a", "A", "2023-01-01", "tags: [một, hai]"));
        assertThat(check(site)).containsExactlyInAnyOrder(
                "content/_theme/templates/term.ftlh: warning: on the page /the/hai/ (on 2 pages in all): an image "
                        + "'/x.svg' of the template term.ftlh has no alt attribute: add alt=\"what it shows\" (alt=\"\" "
                        + "for decoration)",
                "content/_theme/templates/term.ftlh: warning: on the page /the/hai/ (on 2 pages in all): a link to '/' "
                        + "of the template term.ftlh has no text: add text, or an aria-label",
                "content/_theme/templates/term.ftlh: warning: on the page /the/hai/ (on 2 pages in all): the template "
                        + "term.ftlh skips a heading level (h3 < h1): use the next level down",
                "content/_theme/templates/term.ftlh: warning: on the page /the/hai/ (on 2 pages in all): the id 'x' of "
                        + "the template term.ftlh is used more than once: make each id unique");
    }

    @Test
    void pagesAndImagesOverTheBudgetAreErrorsWhenSiteYamlSaysSo() {
        MiniSite site = MiniSite.of(dir, SITE + "checks: {severity: error, pageKiB: 1, imageKiB: 1}\n"
                + article("![Sơ đồ](so-do.svg)\n\n" + "Một đoạn văn dài. ".repeat(100) + "\n")
                + "-- articles/a/so-do.svg --\n<svg xmlns=\"http://www.w3.org/2000/svg\"><!--" + "x".repeat(2000)
                + "--></svg>\n");
        assertThat(check(site)).contains(
                "content/articles/a.md: error: the page /articles/a/ weighs 7 KiB, over the budget of 1 KiB "
                        + "(checks.pageKiB in site.yaml): split the article, or shorten the lists it shows",
                "content/articles/a/so-do.svg: error: the image articles/a/so-do.svg weighs 2 KiB, over the budget of "
                        + "1 KiB (checks.imageKiB in site.yaml): save it smaller (about 1600 px wide, JPEG quality 80)");
    }

    @Test
    void theDefaultThemeAndTheSampleGiveNoFinding() {
        MiniSite site = MiniSite.of(dir, SITE + NavigationListTest.article("a", "A", "2023-01-01", "tags: [x]",
                "province: Lạng Sơn"));
        assertThat(check(site)).isEmpty();
    }
}
