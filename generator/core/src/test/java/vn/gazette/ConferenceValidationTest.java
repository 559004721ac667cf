package vn.gazette;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gazette.ConferenceRulesTest.conference;

import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mistakes in conference blocks and in the site's conference settings, found by a whole build and reported at
 * their exact {@code path:line:column}. FrontMatterParserTest shows each message on its own; here they come
 * together from several files, sorted, and stop the build.
 */
class ConferenceValidationTest {

    private static final String SITE = """
            -- site.yaml --
            title: Thử nghiệm
            baseUrl: https://example.gov.vn/
            """;

    @TempDir
    Path dir;

    @Test
    void anUnknownConferenceKindInSiteYamlIsAnErrorAtTheValueWithASuggestion() {
        MiniSite site = MiniSite.of(dir, SITE + "conferenceKinds: [training, worksop]\n"
                + conference("a", "2023-09-22", null, "kind: training", "start: 2023-09-22"));
        BuildResult result = site.build();
        assertThat(site.messages(result)).containsExactly("content/site.yaml:3:29: error: 'conferenceKinds' may only "
                + "list training, workshop, survey, other, not 'worksop': did you mean 'workshop'?");
        assertThat(site.output()).doesNotExist();
    }

    @Test
    void twoUnknownConferenceKindsInABlockListAreEachReportedOnTheirOwnLine() {
        MiniSite site = MiniSite.of(dir, SITE + "conferenceKinds:\n  - workshops\n  - meeting\n  - survey\n"
                + conference("a", "2023-09-22", null, "kind: training", "start: 2023-09-22"));
        assertThat(site.messages(site.build())).containsExactly(
                "content/site.yaml:4:5: error: 'conferenceKinds' may only list training, workshop, survey, other, "
                        + "not 'workshops': did you mean 'workshop'?",
                "content/site.yaml:5:5: error: 'conferenceKinds' may only list training, workshop, survey, other, "
                        + "not 'meeting'");
    }

    @Test
    void everyConferenceMistakeOfAnArchiveIsReportedAtItsPositionAndNothingIsPublished() {
        MiniSite site = MiniSite.of(dir, SITE
                + conference("a-kind", "2023-09-22", null, "kind: trainning", "start: 2023-09-22")
                + conference("b-format", "2023-09-22", null, "kind: training", "start: 2023-09-22",
                        "format: trực tuyến")
                + conference("c-end", "2023-09-22", null, "kind: training", "start: 2023-09-22", "end: 2023-09-20")
                + conference("d-negative", "2023-09-22", null, "kind: training", "start: 2023-09-22",
                        "participants: -5")
                + conference("e-fraction", "2023-09-22", null, "kind: training", "start: 2023-09-22",
                        "participants: 12.5")
                + conference("f-sites", "2023-09-22", null, "kind: training", "start: 2023-09-22",
                        "format: in-person", "sites: 15")
                + conference("g-speaker", "2023-09-22", null, "kind: training", "start: 2023-09-22", "speakers:",
                        "  - name: Phan Thu Hồng", "  - role: báo cáo viên")
                + conference("h-far", "2023-09-22", null, "kind: training", "start: 2023-06-01")
                + conference("i-fine", "2023-09-22", null, "kind: training", "start: 2023-09-21", "end: 2023-09-22"));
        BuildResult result = site.build();
        assertThat(site.messages(result)).containsExactly(
                "content/articles/a-kind.md:5:9: error: 'conference.kind' must be one of training, workshop, survey, "
                        + "other, not 'trainning': did you mean 'training'?",
                "content/articles/b-format.md:7:11: error: 'conference.format' must be one of in-person, online, "
                        + "hybrid, not 'trực tuyến'",
                "content/articles/c-end.md:7:8: error: 'conference.end' (2023-09-20) is before 'conference.start' "
                        + "(2023-09-22): the end is the last day of the event",
                "content/articles/d-negative.md:7:17: error: 'conference.participants' must be zero or more, not -5",
                "content/articles/e-fraction.md:7:17: error: 'conference.participants' must be a whole number, not "
                        + "'12.5' (write a whole number such as 130)",
                "content/articles/f-sites.md:8:10: error: 'conference.sites' counts connected sites (điểm cầu) of an "
                        + "online or hybrid event: set format: online or format: hybrid, or remove 'sites'",
                "content/articles/g-speaker.md:9:7: error: a speaker without a name: add 'name:' to this entry",
                "content/articles/h-far.md:6:10: warning: 'conference.start' (2023-06-01) is 113 days from the "
                        + "article's date (2023-09-22): check both dates");
        assertThat(result.errorCount()).isEqualTo(7);
        assertThat(site.output()).doesNotExist();
    }

    @Test
    void aStartFarFromTheArticleDateIsOnlyAWarningAndTheConferenceIsStillListed() {
        MiniSite site = MiniSite.of(dir, SITE
                + conference("a", "2023-09-22", null, "kind: training", "start: 2023-09-12", "end: 2023-09-14"));
        BuildResult result = site.build();
        assertThat(site.messages(result)).containsExactly("content/articles/a.md:6:10: warning: 'conference.start' "
                + "(2023-09-12) is 10 days from the article's date (2023-09-22): check both dates");
        assertThat(result.hasErrors()).isFalse();
        assertThat(Jsoup.parse(site.read("hoi-nghi-tap-huan/index.html"))
                .select("table.conferences tbody td:nth-child(1)").text()).isEqualTo("12–14/09/2023");
    }

    @Test
    void anArticlePublishedWithinTheEventsLengthOfItsStartIsNotWarnedAbout() {
        MiniSite site = MiniSite.of(dir, SITE
                + conference("a", "2023-09-22", null, "kind: training", "start: 2023-09-20", "end: 2023-09-21"));
        assertThat(site.messages(site.build())).isEmpty();
    }
}
