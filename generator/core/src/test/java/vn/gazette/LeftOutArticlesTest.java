package vn.gazette;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drafts, scheduled and expired articles: left out everywhere unless asked for, and the schedule of the next change. */
class LeftOutArticlesTest {

    /** Noon in Hanoi on 15 June 2025. */
    private static final Instant NOW = Instant.parse("2025-06-15T05:00:00Z");

    private static final String SITE = """
            -- site.yaml --
            title: Thử nghiệm
            baseUrl: https://example.gov.vn/
            language: en
            """;

    private static final String ARTICLES = article("cu", "Bài cũ", "2025-06-01")
            + article("nhap", "Bài nháp", "2025-06-02", "draft: true")
            + article("sap-toi", "Bài sắp tới", "2025-12-01", "conference:", "  kind: training", "  start: 2025-12-01")
            + article("het-han", "Bài hết hạn", "2025-01-10", "expires: 2025-06-01")
            + article("con-han", "Bài còn hạn", "2025-02-01", "expires: 2025-09-01T08:00")
            + article("dung-gio", "Bài đúng giờ", "2025-06-15T12:00");

    @TempDir
    Path dir;

    static String article(String name, String title, String date, String... lines) {
        StringBuilder text = new StringBuilder("-- articles/2025/" + name + ".md --\n---\ntitle: \"" + title
                + "\"\ndate: " + date + "\ntags: [tin]\n");
        for (String line : lines) {
            text.append(line).append('\n');
        }
        return text.append("---\nNội dung.\n").toString();
    }

    private MiniSite site() {
        return MiniSite.of(dir, SITE + ARTICLES);
    }

    private static BuildResult build(BuildRequest request) {
        try {
            return Generator.create().build(request);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BuildRequest at(MiniSite site, Instant now) {
        return site.request().withNow(now);
    }

    @Test
    void draftsScheduledAndExpiredArticlesAreInNoPageListFeedSitemapOrIndex() {
        MiniSite site = site();
        BuildResult result = build(at(site, NOW));

        assertThat(result.problems()).isEmpty();
        assertThat(site.outputFiles()).filteredOn(path -> path.startsWith("articles/")).containsExactly(
                "articles/2025/con-han/index.html", "articles/2025/cu/index.html", "articles/2025/dung-gio/index.html");
        for (String page : new String[] {"index.html", "the/tin/index.html", "the/tin/atom.xml", "atom.xml",
                "sitemap.xml", "2025/index.html", "2025/06/index.html", "luu-tru/index.html"}) {
            assertThat(site.read(page)).as(page).doesNotContain("Bài nháp", "Bài sắp tới", "Bài hết hạn", "nhap",
                    "sap-toi", "het-han");
        }
        assertThat(site.read("index.html")).contains("Bài cũ", "Bài còn hạn", "Bài đúng giờ");
        assertThat(site.outputFiles()).noneMatch(path -> path.startsWith("hoi-nghi-tap-huan/"));
    }

    @Test
    void eachKindIsPublishedOnlyWhenAskedFor() {
        MiniSite site = site();
        build(at(site, NOW).withDrafts(true));
        assertThat(site.outputFiles()).contains("articles/2025/nhap/index.html")
                .doesNotContain("articles/2025/sap-toi/index.html", "articles/2025/het-han/index.html");

        build(at(site, NOW).withFuture(true));
        assertThat(site.outputFiles()).contains("articles/2025/sap-toi/index.html", "hoi-nghi-tap-huan/index.html")
                .doesNotContain("articles/2025/nhap/index.html", "articles/2025/het-han/index.html");

        build(at(site, NOW).withExpired(true));
        assertThat(site.outputFiles()).contains("articles/2025/het-han/index.html")
                .doesNotContain("articles/2025/nhap/index.html", "articles/2025/sap-toi/index.html");
    }

    @Test
    void anArticleDatedExactlyAtTheBuildTimeIsPublishedAndOneExpiringThenIsNot() {
        MiniSite site = MiniSite.of(dir, SITE + article("mo", "Mở", "2025-06-15T12:00")
                + article("dong", "Đóng", "2025-06-01", "expires: 2025-06-15T12:00"));
        build(at(site, NOW));
        assertThat(site.outputFiles()).contains("articles/2025/mo/index.html")
                .doesNotContain("articles/2025/dong/index.html");
    }

    @Test
    void theScheduleNamesTheEarliestExpiryOrFutureDate() {
        MiniSite site = site();
        build(at(site, NOW));
        assertThat(site.read("schedule.json")).isEqualTo("{\"version\":1,\"nextChange\":\"2025-09-01T08:00:00+07:00\","
                + "\"reason\":\"expire\",\"article\":\"articles/2025/con-han.md\"}\n");

        build(at(site, Instant.parse("2025-10-01T00:00:00Z")));
        assertThat(site.read("schedule.json")).isEqualTo("{\"version\":1,\"nextChange\":\"2025-12-01T00:00:00+07:00\","
                + "\"reason\":\"publish\",\"article\":\"articles/2025/sap-toi.md\"}\n");

        build(at(site, Instant.parse("2026-01-01T00:00:00Z")));
        assertThat(site.read("schedule.json")).isEqualTo("{\"version\":1,\"nextChange\":null}\n");
    }

    @Test
    void aPreviewOfFutureArticlesSchedulesOnlyExpiries() {
        MiniSite site = site();
        build(at(site, Instant.parse("2025-10-01T00:00:00Z")).withFuture(true));
        assertThat(site.read("schedule.json")).isEqualTo("{\"version\":1,\"nextChange\":null}\n");
    }

    @Test
    void aDraftNeverSchedulesAChange() {
        MiniSite site = MiniSite.of(dir, SITE + article("nhap", "Nháp", "2025-12-01", "draft: true", "expires: 2026-01-01"));
        build(at(site, NOW));
        assertThat(site.read("schedule.json")).isEqualTo("{\"version\":1,\"nextChange\":null}\n");
    }

    @Test
    void theOutputDependsOnTheBuildTimeOnlyThroughWhichArticlesAreIn() {
        MiniSite site = site();
        build(at(site, NOW));
        Map<String, String> first = snapshot(site);
        build(at(site, Instant.parse("2025-08-31T00:00:00Z")));
        assertThat(snapshot(site)).isEqualTo(first);
    }

    private static String bytes(MiniSite site, String path) {
        try {
            return java.util.Base64.getEncoder().encodeToString(java.nio.file.Files.readAllBytes(site.output().resolve(path)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> snapshot(MiniSite site) {
        Map<String, String> files = new TreeMap<>();
        // search shards are compressed binary files: compared by their bytes
        site.outputFiles().forEach(path -> files.put(path, path.endsWith(".bin") ? bytes(site, path) : site.read(path)));
        return files;
    }
}
