package vn.gazette;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11, defect 7: implausible input was accepted silently ({@code date: 0999-01-01} made {@code /999/}, a
 * 500-character title, {@code expires} before {@code date}, an article under {@code articles/2019/} dated 2023), and
 * the hint for {@code 31/02/2023} suggested "2023-02-31", itself invalid.
 */
class PlausibilityTest {

    private static final String SITE = "-- site.yaml --\ntitle: Thử\nbaseUrl: https://example.gov.vn/\n";

    @TempDir
    Path dir;

    private BuildResult build(MiniSite site) throws IOException {
        return Generator.create().build(site.request().withNow(Instant.parse("2026-12-01T00:00:00Z")));
    }

    private static String article(String title, String front) {
        return "---\ntitle: \"" + title + "\"\n" + front + "---\nNội dung.\n";
    }

    @Test
    void implausibleDatesTitlesAndFoldersAreWarnedAboutAndExpiresBeforeDateIsAnError() throws IOException {
        MiniSite site = MiniSite.of(dir, SITE
                + "-- articles/co.md --\n" + article("Cổ", "date: 0999-01-01\n")
                + "-- articles/xa.md --\n" + article("Xa", "date: 2030-01-01\n")
                + "-- articles/dai.md --\n" + article("Tin ".repeat(125), "date: 2023-09-22\n")
                + "-- articles/het.md --\n" + article("Hết", "date: 2023-09-22\nexpires: 2023-09-01\n")
                + "-- articles/2019/lech.md --\n" + article("Lệch", "date: 2023-09-22\n"));

        BuildResult result = build(site);

        assertThat(site.messages(result)).containsExactly(
                "content/articles/2019/lech.md:3:7: warning: 'date' is 2023-09-22, but the article is in the folder "
                        + "articles/2019/, which is the year 2019: correct the date, or move the file to the folder of its year",
                "content/articles/co.md:3:7: warning: 'date' is 0999-01-01, before 1945: check the year (a site with older "
                        + "articles sets plausibility: {earliestYear: ...} in site.yaml)",
                "content/articles/dai.md:2:8: warning: the title is 499 characters long; search engines show about 110 "
                        + "(Google cuts NewsArticle headlines there): shorten it, and put the rest in 'summary'",
                "content/articles/het.md:4:10: error: 'expires' (2023-09-01) is not after 'date' (2023-09-22): the article "
                        + "could never be shown. Correct one of the two dates, or remove 'expires'",
                "content/articles/xa.md:3:7: warning: 'date' is 2030-01-01, more than 1 year(s) after today: check the year "
                        + "(an article is published only from its date on)");
    }

    @Test
    void theLimitsAreSettingsOfTheSite() throws IOException {
        MiniSite site = MiniSite.of(dir, SITE + "plausibility: {earliestYear: 900, titleLength: 600}\n"
                + "-- articles/co.md --\n" + article("Cổ", "date: 0999-01-01\n")
                + "-- articles/dai.md --\n" + article("Tin ".repeat(125), "date: 2023-09-22\n"));

        assertThat(site.messages(build(site))).isEmpty();
    }

    @Test
    void theHintForADayThatDoesNotExistIsNotItselfAnInvalidDate() throws IOException {
        MiniSite site = MiniSite.of(dir, SITE + "-- articles/a.md --\n" + article("A", "date: 31/02/2023\n")
                + "-- articles/b.md --\n" + article("B", "date: 22/09/2023\n"));

        BuildResult result = build(site);

        assertThat(site.messages(result)).containsExactly(
                "content/articles/a.md:3:7: error: 'date' is not a real date: \"31/02/2023\" (there is no day 31 in "
                        + "month 2 of 2023; write the date as year-month-day, e.g. 2023-09-22)",
                "content/articles/b.md:3:7: error: 'date' is not a date: \"22/09/2023\" (write 2023-09-22: "
                        + "year-month-day)");
    }
}
