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
 * a file.
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
}
