package vn.gazette;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11, defect 6: errors arrived in rounds. A province typo in a file with another front-matter error was
 * reported only once that was fixed, an invalid slug hid the duplicate URL of the same file, and one broken article
 * put a "leads to no page" error into every article linking to it. Now one run reports every independent problem of
 * a file, and the links to an article that is not published are one error at that article.
 */
class OneRoundOfErrorsTest {

    private static final Instant NOW = Instant.parse("2025-06-15T05:00:00Z");

    private static final String SITE = """
            -- site.yaml --
            title: Thử nghiệm
            baseUrl: https://example.gov.vn/
            language: en
            -- provinces.yaml --
            provinces:
              - name: Lạng Sơn
                slug: lang-son
                kind: province
              - name: Hà Giang
                slug: ha-giang
                kind: province
                mergedInto: Tuyên Quang
                until: 2025-05-31
              - name: Tuyên Quang
                slug: tuyen-quang
                kind: province
            """;

    @TempDir
    Path dir;

    /** An article of 2023 with its front matter lines: with two lines, its body starts on line 5. */
    private static String article(String name, String body, String... lines) {
        StringBuilder text = new StringBuilder("-- articles/2023/" + name + " --\n---\n");
        for (String line : lines) {
            text.append(line).append('\n');
        }
        return text.append("---\n").append(body).append('\n').toString();
    }

    private List<String> messages(String files) {
        return messages(SITE, files);
    }

    private List<String> messages(String site, String files) {
        MiniSite mini = MiniSite.of(dir, site + files);
        try {
            return mini.messages(Generator.create().build(mini.request().withNow(NOW)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aProvinceTypoIsReportedWithAWrongValueOfAnotherField() {
        assertThat(messages(article("a.md", "x", "title: \"A\"", "date: 2023-09-22", "province: Lạng Sonn",
                "draft: có"))).containsExactly(
                "content/articles/2023/a.md:4:11: error: unknown province 'Lạng Sonn': did you mean 'Lạng Sơn'? (the "
                        + "names are listed in provinces.yaml)",
                "content/articles/2023/a.md:5:8: error: 'draft' must be true or false, not 'có'");
    }

    @Test
    void aProvinceTypoIsReportedWithADateThatIsNotADateAndTheMergerCheckThatNeedsTheDateIsSkipped() {
        assertThat(messages(article("a.md", "x", "title: \"A\"", "date: 22/09/2023", "province: Lạng Sonn")
                + article("b.md", "x", "title: \"B\"", "date: 2023-02-30", "province: Hà Giang", "tags: tin")))
                .containsExactly(
                        "content/articles/2023/a.md:3:7: error: 'date' is not a date: \"22/09/2023\" (write 2023-09-22: "
                                + "year-month-day)",
                        "content/articles/2023/a.md:4:11: error: unknown province 'Lạng Sonn': did you mean 'Lạng Sơn'? "
                                + "(the names are listed in provinces.yaml)",
                        "content/articles/2023/b.md:3:7: error: 'date' is not a real date or time: \"2023-02-30\" "
                                + "(check the day of the month and the hour)",
                        "content/articles/2023/b.md:5:7: error: 'tags' must be a list: write tags: [tin]");
    }

    @Test
    void aProvinceMergedBeforeTheDateIsStillAWarningOfAnArticleWithAnotherError() {
        assertThat(messages(article("a.md", "x", "title: [A]", "date: 2023-09-22", "province: Hà Giang")
                .replace("articles/2023/a.md", "articles/2025/a.md").replace("2023-09-22", "2025-06-10")))
                .containsExactly(
                        "content/articles/2025/a.md:2:8: error: 'title' must be a single value, not a list",
                        "content/articles/2025/a.md:4:11: warning: 'Hà Giang' was merged into 'Tuyên Quang' on "
                                + "2025-06-01: an article dated 2025-06-10 should name 'Tuyên Quang'");
    }

    @Test
    void aDuplicateKeyDoesNotStopTheOtherFieldsFromBeingChecked() {
        assertThat(messages(article("a.md", "x", "title: \"A\"", "date: 2023-09-22", "tags: [x]",
                "province: Lạng Sonn", "tags: [y]"))).containsExactly(
                "content/articles/2023/a.md:5:11: error: unknown province 'Lạng Sonn': did you mean 'Lạng Sơn'? (the "
                        + "names are listed in provinces.yaml)",
                "content/articles/2023/a.md:6:1: error: duplicate key 'tags' (first written on line 4): keep only one");
    }

    @Test
    void anInvalidSlugWhoseSuggestionIsTakenSaysSoInTheSameRun() {
        assertThat(messages(article("a.md", "x", "title: \"A\"", "date: 2023-09-22", "slug: tap-huan")
                + article("b.md", "x", "title: \"B\"", "date: 2023-09-23", "slug: Tập huấn"))).containsExactly(
                "content/articles/2023/b.md:4:7: error: 'slug' may only hold a-z, 0-9 and single hyphens (at most 80 "
                        + "characters): 'Tập huấn' (write tap-huan)",
                "content/articles/2023/b.md:4:7: error: with the slug 'tap-huan' its error suggests, this article would "
                        + "be published at /articles/2023/tap-huan/, where articles/2023/a.md is already: choose another "
                        + "slug");
    }

    @Test
    void aDuplicateUrlIsReportedWithAnotherErrorOfEitherFile() {
        assertThat(messages(article("a.md", "x", "title: \"A\"", "date: 2023-09-22", "slug: tap-huan", "draft: có")
                + article("b.md", "x", "title: \"B\"", "date: 2023-09-23", "slug: tap-huan", "featured: có")))
                .containsExactly(
                        "content/articles/2023/a.md:5:8: error: 'draft' must be true or false, not 'có'",
                        "content/articles/2023/b.md:4:7: error: this article and articles/2023/a.md would both be "
                                + "published at /articles/2023/tap-huan/: give one of them another 'slug:'",
                        "content/articles/2023/b.md:5:11: error: 'featured' must be true or false, not 'có'");
    }

    @Test
    void aBrokenArticleAtTheAddressOfAListPageIsToldSoToo() {
        assertThat(messages(article("a.md", "x", "title: \"A\"", "date: 2023-09-22")
                + "-- luu-tru.md --\n---\ntitle: \"Lưu trữ\"\ndate: 2023-09-32\n---\nx\n")).containsExactly(
                "content/luu-tru.md:1:1: error: /luu-tru/ is also the address of a list page (tags, provinces, archives "
                        + "or page numbers): move the file or give it another 'slug:'",
                "content/luu-tru.md:3:7: error: 'date' is not a real date or time: \"2023-09-32\" (check the day of "
                        + "the month and the hour)");
    }

    @Test
    void theLinksToABrokenArticleAreOneErrorAtItNamingWhereTheyAre() {
        assertThat(messages(article("a.md", "Xem [bài b](/articles/2023/b/).\n\nVà [lần nữa](b.md).", "title: \"A\"",
                "date: 2023-09-22")
                + article("b.md", "x", "title: \"B\"", "date: 31/02/2023")
                + article("c.md", "[b](/articles/2023/b/) [không có](/articles/2023/b/khong-co.png) [mất](/mat/)",
                        "title: \"C\"", "date: 2023-09-24")))
                .containsExactly(
                        "content/articles/2023/b.md: error: 3 links point to the broken article articles/2023/b.md, "
                                + "from articles/2023/a.md:5:5, articles/2023/a.md:7:4, articles/2023/c.md:5:1: the "
                                + "article is not published until its errors are corrected; correct them, or remove the "
                                + "links",
                        "content/articles/2023/b.md:3:7: error: 'date' is not a real date: \"31/02/2023\" (there is no "
                                + "day 31 in month 2 of 2023; write the date as year-month-day, e.g. 2023-09-22)",
                        // addresses that were never an article's page stay errors of their own
                        "content/articles/2023/c.md:5:24: error: link '/articles/2023/b/khong-co.png' leads to no page "
                                + "or file of the site: check the address (an article can also be linked by its file, "
                                + "e.g. ../2018/bai-viet.md)",
                        "content/articles/2023/c.md:5:66: error: link '/mat/' leads to no page or file of the site: "
                                + "check the address (an article can also be linked by its file, e.g. ../2018/bai-viet.md)");
    }

    @Test
    void manyLinksToADraftNameTheFirstFiveAndCountTheRest() {
        StringBuilder files = new StringBuilder(article("nhap.md", "x", "title: \"Nháp\"", "date: 2023-01-01",
                "draft: true"));
        for (int i = 1; i <= 7; i++) {
            files.append(article("tin-" + i + ".md", "Xem [nháp](nhap.md).", "title: \"Tin " + i + "\"",
                    "date: 2023-09-0" + i));
        }
        assertThat(messages(files.toString())).containsExactly("content/articles/2023/nhap.md:4:8: error: 7 links point "
                + "to the article articles/2023/nhap.md, from articles/2023/tin-1.md:5:5, articles/2023/tin-2.md:5:5, "
                + "articles/2023/tin-3.md:5:5, articles/2023/tin-4.md:5:5, articles/2023/tin-5.md:5:5 and 2 more, but the "
                + "article is not published: it is a draft (draft: true); remove the links, or publish the article with "
                + "them");
    }

    @Test
    void aVietnameseSiteIsToldInVietnamese() {
        MiniSite site = MiniSite.of(dir, SITE.replace("language: en", "language: vi")
                + article("a.md", "[b](b.md) [b nữa](/articles/2023/b/)", "title: \"A\"", "date: 2023-09-22")
                + article("b.md", "x", "title: \"B\"", "date: 2023-09-23", "expires: 2024-01-01"));
        BuildResult result;
        try {
            result = Generator.create().build(site.request().withNow(NOW));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(result.problems()).singleElement().satisfies(problem -> assertThat(problem.format(
                dir.toAbsolutePath(), "vi")).isEqualTo("content/articles/2023/b.md:4:10: error: 2 liên kết trỏ đến bài "
                + "viết articles/2023/b.md, từ articles/2023/a.md:5:1, articles/2023/a.md:5:11, nhưng bài viết đó không "
                + "được đăng: đã hết hạn từ 2024-01-01 (đã qua ngày 'expires'); hãy bỏ các liên kết, hoặc "
                + "đăng bài viết đó cùng lúc"));
    }

    @Test
    void aLinkFromHtmlInAnArticleToABrokenArticleSaysTheArticleIsBroken() {
        assertThat(messages(article("a.md", "<p><a href=\"/articles/2023/b/\">b</a></p>", "title: \"A\"",
                "date: 2023-09-22") + article("b.md", "x", "title: \"B\""))).containsExactly(
                "content/articles/2023/a.md: error: on the page /articles/2023/a/: link '/articles/2023/b/' leads to the "
                        + "broken article articles/2023/b.md, which is not published until its errors are corrected",
                "content/articles/2023/b.md:2:1: error: 'date' is missing: write the publication date, e.g. "
                        + "date: 2023-09-22");
    }

    @Test
    void aTemplateMistakeOnOnePageDoesNotSpeakOfZeroOtherPages() {
        assertThat(messages(article("a.md", "x", "title: \"A\"", "date: 2023-09-22") + """
                -- _theme/templates/article.ftlh --
                <#import "base.ftlh" as base>
                <@base.layout><p onclick="x()">${article.title}</p></@base.layout>
                """)).containsExactly("content/_theme/templates/article.ftlh:2:18: error: the template printed an "
                + "event-handler attribute 'onclick' here, on the page /articles/2023/a/ (made from articles/2023/a.md): a "
                + "page must not run script from its HTML. Print values with ${...}, which escapes them, not with "
                + "?no_esc; or, only if every editor and the theme are trusted, set rawHtml: allow in site.yaml");
    }
}
