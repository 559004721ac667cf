package vn.gazette;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every internal link, image and asset reference must lead to a file of the output; .md links lead to articles. */
class LinkCheckTest {

    private static final Instant NOW = Instant.parse("2025-06-15T05:00:00Z");

    private static final String SITE = """
            -- site.yaml --
            title: Thử nghiệm
            baseUrl: https://example.gov.vn/
            language: en
            """;

    @TempDir
    Path dir;

    /** An article whose body starts on line 5. */
    private static String article(String path, String title, String date, String body, String... lines) {
        StringBuilder text = new StringBuilder("-- " + path + " --\n---\ntitle: \"" + title + "\"\ndate: " + date + "\n");
        for (String line : lines) {
            text.append(line).append('\n');
        }
        return text.append("---\n").append(body).append('\n').toString();
    }

    private MiniSite site(String files) {
        return MiniSite.of(dir, files);
    }

    private static BuildResult build(MiniSite site) {
        try {
            return Generator.create().build(site.request().withNow(NOW));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void linksThatLeadToPagesAndFilesOfTheSitePassAndExternalOnesAreNotChecked() {
        MiniSite site = site(SITE + article("articles/a.md", "A", "2023-01-01", """
                [b](/articles/b/) [b2](/articles/b) [b3](../b/?x=1#muc) [tag](/luu-tru/) [css](/css/gazette.css)
                ![ảnh](anh.gif) [web](https://khac.vn/khong-co/) [thư](mailto:a@b.vn) [gọi](tel:123) [mục](#muc)
                [trang chủ](/) [tệp](/tai-lieu/bao%20cao.pdf)
                """) + article("articles/b.md", "B", "2023-01-02", "B") + "-- articles/a/anh.gif --\nx\n"
                + "-- tai-lieu/bao cao.pdf --\nx\n");
        BuildResult result = build(site);
        assertThat(site.messages(result)).isEmpty();
        assertThat(site.exists("articles/a/index.html")).isTrue();
    }

    @Test
    void aBrokenLinkInAnArticleIsAnErrorAtItsLineAndColumnAndNothingIsPublished() {
        MiniSite site = site(SITE + article("articles/a.md", "A", "2023-01-01", "Xem [bài](/khong-co/).\n\nVà [nữa](khac/)."));
        BuildResult result = build(site);
        assertThat(site.messages(result)).containsExactly(
                "content/articles/a.md:5:5: error: link '/khong-co/' leads to no page or file of the site: check the "
                        + "address (an article can also be linked by its file, e.g. ../2018/bai-viet.md)",
                "content/articles/a.md:7:4: error: link 'khac/' leads to no page or file of the site: check the "
                        + "address (an article can also be linked by its file, e.g. ../2018/bai-viet.md)");
        assertThat(site.exists("index.html")).isFalse();
    }

    @Test
    void aBrokenImageIsAnErrorAtItsLineAndColumn() {
        MiniSite site = site(SITE + article("articles/a.md", "A", "2023-01-01", "Sơ đồ:\n\n  ![sơ đồ](so-do.png)"));
        assertThat(site.messages(build(site))).containsExactly("content/articles/a.md:7:3: error: image 'so-do.png' is "
                + "not a file of the site: check the name, or put the file beside the article");
    }

    @Test
    void linksToADraftOrAFutureArticleAreOneErrorPerArticleThatSaysWhyAndWhereTheLinksAre() {
        MiniSite site = site(SITE + article("articles/a.md", "A", "2023-01-01",
                "[nháp](/articles/nhap/) [sắp tới](/articles/sap-toi/) [ảnh của nháp](/articles/nhap/anh.gif)")
                + article("articles/nhap.md", "Nháp", "2023-01-02", "x", "draft: true")
                + article("articles/sap-toi.md", "Sắp tới", "2025-12-01", "x")
                + "-- articles/nhap/anh.gif --\nx\n");
        assertThat(site.messages(build(site))).containsExactly(
                "content/articles/nhap.md:4:8: error: 2 links point to the article articles/nhap.md, from "
                        + "articles/a.md:5:1, articles/a.md:5:55, but the article is not published: it is a draft "
                        + "(draft: true); remove the links, or publish the article with them",
                "content/articles/sap-toi.md:3:7: error: 1 link points to the article articles/sap-toi.md, from "
                        + "articles/a.md:5:25, but the article is not published: it is scheduled for 2025-12-01 (its date "
                        + "is in the future); remove the link, or publish the article with it");
    }

    @Test
    void aLinkToADraftPassesWhenDraftsArePublished() throws IOException {
        MiniSite site = site(SITE + article("articles/a.md", "A", "2023-01-01", "[nháp](/articles/nhap/)")
                + article("articles/nhap.md", "Nháp", "2023-01-02", "x", "draft: true"));
        BuildResult result = Generator.create().build(site.request().withNow(NOW).withDrafts(true));
        assertThat(site.messages(result)).isEmpty();
    }

    @Test
    void linksToMarkdownFilesLeadToTheArticlesWhateverTheirSlugs() {
        MiniSite site = site(SITE + article("articles/2023/a.md", "A", "2023-01-01",
                "[trước](../2018/bai-cu.md#muc) và [cùng năm](c.MD)")
                + article("articles/2018/bai-cu.md", "Cũ", "2018-01-01", "x", "slug: cu-hon")
                + article("articles/2023/c.MD", "C", "2023-01-02", "x"));
        assertThat(site.messages(build(site))).isEmpty();
        assertThat(GeneratorTest.body(site.read("articles/2023/a/index.html"))).contains(
                "<a href=\"/articles/2018/cu-hon/#muc\">trước</a> và <a href=\"/articles/2023/c/\">cùng năm</a>");
    }

    @Test
    void aMarkdownLinkToAMissingArticleIsAnErrorWithASuggestionAndOneToALeftOutArticleIsCountedAtIt() {
        MiniSite site = site(SITE + article("articles/2023/a.md", "A", "2023-01-01",
                "[trước](../2018/bai-cux.md) [nháp](nhap.md) [ra ngoài](../../../x.md)")
                + article("articles/2018/bai-cu.md", "Cũ", "2018-01-01", "x")
                + article("articles/2023/nhap.md", "Nháp", "2023-01-02", "x", "draft: true"));
        assertThat(site.messages(build(site))).containsExactly(
                "content/articles/2023/a.md:5:1: error: link to '../2018/bai-cux.md': there is no article "
                        + "articles/2018/bai-cux.md: did you mean 'bai-cu.md'?",
                "content/articles/2023/a.md:5:45: error: link to '../../../x.md' leads out of the content folder (too "
                        + "many '..')",
                "content/articles/2023/nhap.md:4:8: error: 1 link points to the article articles/2023/nhap.md, from "
                        + "articles/2023/a.md:5:29, but the article is not published: it is a draft (draft: true); "
                        + "remove the link, or publish the article with it");
    }

    @Test
    void aSiteBelowADomainsRootWantsItsBasePathInSiteAbsoluteLinks() {
        MiniSite site = site(SITE.replace("https://example.gov.vn/", "https://example.gov.vn/luu-tru/")
                + article("articles/a.md", "A", "2023-01-01",
                        "[đúng](/luu-tru/articles/b/) [tương đối](../b/) [tệp](b.md) [sai](/articles/b/)")
                + article("articles/b.md", "B", "2023-01-02", "x"));
        assertThat(site.messages(build(site))).containsExactly("content/articles/a.md:5:61: error: link '/articles/b/' "
                + "points outside the site, which is published under /luu-tru/: write '/luu-tru/articles/b/' or a "
                + "relative address");
    }

    @Test
    void brokenLinksAreWarningsWhenTheSiteSaysSoAndTheSiteIsPublished() {
        MiniSite site = site(SITE + "brokenLinks: warning\n"
                + article("articles/a.md", "A", "2023-01-01", "[bài](/khong-co/) [tệp](khong-co.md)"));
        BuildResult result = build(site);
        assertThat(site.messages(result)).containsExactly(
                "content/articles/a.md:5:1: warning: link '/khong-co/' leads to no page or file of the site: check the "
                        + "address (an article can also be linked by its file, e.g. ../2018/bai-viet.md)",
                "content/articles/a.md:5:19: warning: link to 'khong-co.md': there is no article articles/khong-co.md "
                        + "(check the folder and the file name)");
        assertThat(result.hasErrors()).isFalse();
        assertThat(site.read("articles/a/index.html")).contains("<a href=\"/khong-co/\">bài</a>");
    }

    @Test
    void aBrokenLinkInTheThemeIsReportedOnceNamingTheFirstPageAndCountingTheOthers() {
        MiniSite site = site(SITE + "pageSize: 1\n"
                + article("articles/a.md", "A", "2023-01-01", "x") + article("articles/b.md", "B", "2023-01-02", "x")
                + article("articles/c.md", "C", "2023-01-03", "x") + """
                -- _theme/templates/home.ftlh --
                <#import "base.ftlh" as base>
                <@base.layout><a href="/lien-he/">Liên hệ</a> <img src="logo.png"></@base.layout>
                """);
        assertThat(site.messages(build(site))).containsExactly(
                "content/site.yaml: error: on the page / (and on 2 other pages): image 'logo.png' is not a file of the "
                        + "site: correct the address where it is written (the theme, or HTML in an article), or add the file",
                "content/site.yaml: error: on the page / (and on 2 other pages): link '/lien-he/' leads to no page or "
                        + "file of the site: correct the address where it is written (the theme, or HTML in an article), "
                        + "or add the file");
    }
    @Test
    void aBrokenLinkInHtmlTypedIntoAnArticleNamesTheArticleAndItsPage() {
        MiniSite site = site(SITE + article("articles/a.md", "A", "2023-01-01", "<p><a href=\"/khong-co/\">x</a></p>"));
        assertThat(site.messages(build(site))).containsExactly("content/articles/a.md: error: on the page /articles/a/: "
                + "link '/khong-co/' leads to no page or file of the site: correct the address where it is written (the "
                + "theme, or HTML in an article), or add the file");
    }

    @Test
    void aPageCarriedOverFromTheLastBuildIsCheckedAgainstTheFilesOfThisOne() throws IOException {
        MiniSite site = site(SITE + article("articles/a.md", "A", "2023-01-01", "x") + "-- tai-lieu/quy-che.pdf --\nx\n"
                + """
                -- _theme/templates/home.ftlh --
                <#import "base.ftlh" as base>
                <@base.layout><a href="/tai-lieu/quy-che.pdf">Quy chế</a></@base.layout>
                """);
        BuildRequest request = site.request().withNow(NOW).withCache(dir.resolve("cache"));
        assertThat(site.messages(Generator.create().build(request))).isEmpty();
        java.nio.file.Files.delete(site.content().resolve("tai-lieu/quy-che.pdf"));

        BuildResult again = Generator.create().build(request);
        assertThat(site.messages(again)).containsExactly("content/site.yaml: error: on the page /: link "
                + "'/tai-lieu/quy-che.pdf' leads to no page or file of the site: correct the address where it is written "
                + "(the theme, or HTML in an article), or add the file");
        assertThat(site.read("tai-lieu/quy-che.pdf")).isEqualTo("x\n");
    }
    @Test
    void pagesCarriedOverAreNotReadAgainWhenTheLastCheckPassedAndNoFileHasGone() throws IOException {
        MiniSite site = site(SITE + article("articles/a.md", "A", "2023-01-01", "[b](/articles/b/)")
                + article("articles/b.md", "B", "2023-01-02", "x"));
        java.util.List<String> render = new java.util.concurrent.CopyOnWriteArrayList<>();
        BuildRequest request = site.request().withNow(NOW).withCache(dir.resolve("cache")).withListener(new BuildListener() {
            @Override
            public void stageFinished(StageReport report) {
                if (report.stage().equals("render")) {
                    render.add(report.count() + " pages, " + report.detail());
                }
            }
        });
        Generator.create().build(request);
        site.write(article("articles/c.md", "C", "2023-01-03", "x"));
        Generator.create().build(request);
        Generator.create().build(site.request().withNow(NOW).withListener(request.listener()));
        // the second build renders what the new article changed and checks only those pages' links (one page whose
        // key did not change it leaves without looking at it, by the cache's memo); without the cache,
        // every page is made and checked
        assertThat(render).containsExactly("8 pages, 102 links checked", "9 pages, 92 links checked, 1 left by their keys",
                "9 pages, 118 links checked");
    }

    @Test
    void warningsOnPagesCarriedOverAreReportedOnEveryBuild() throws IOException {
        MiniSite site = site(SITE + "brokenLinks: warning\n" + article("articles/a.md", "A", "2023-01-01", "x") + """
                -- _theme/templates/404.ftlh --
                <#import "base.ftlh" as base>
                <@base.layout><a href="/lien-he/">Liên hệ</a></@base.layout>
                """);
        BuildRequest request = site.request().withNow(NOW).withCache(dir.resolve("cache"));
        String warning = "content/site.yaml: warning: on the page /404.html: link '/lien-he/' leads to no page or file "
                + "of the site: correct the address where it is written (the theme, or HTML in an article), or add the file";
        assertThat(site.messages(Generator.create().build(request))).containsExactly(warning);
        assertThat(site.messages(Generator.create().build(request))).containsExactly(warning);
    }

    @Test
    void theBrokenLinksSettingTakesErrorOrWarning() {
        MiniSite site = site(SITE + "brokenLinks: warn\n" + article("articles/a.md", "A", "2023-01-01", "x"));
        assertThat(site.messages(build(site))).containsExactly("content/site.yaml:4:14: error: 'brokenLinks' must be "
                + "one of error, warning, not 'warn'");
    }
}
