package vn.gazette.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gazette.BuildListener;
import vn.gazette.BuildResult;
import vn.gazette.Generator;
import vn.gazette.MiniSite;
import vn.gazette.StageReport;

/** {@code search: false} in site.yaml: no index, no search page, no search box; the stage line says so. */
class SearchOffTest {

    private static final Instant NOW = Instant.parse("2025-06-15T05:00:00Z");

    @TempDir
    Path dir;

    private BuildResult build(MiniSite site, List<String> lines) throws IOException {
        BuildListener listener = new BuildListener() {
            @Override
            public void stageFinished(StageReport report) {
                lines.add(report.line());
            }
        };
        return Generator.create().build(site.request().withNow(NOW).withListener(listener));
    }

    @Test
    void aSiteWithSearchFalseHasNoIndexNoSearchPageAndNoSearchBox() throws IOException {
        MiniSite site = MiniSite.of(dir, SearchIndexTest.SITE.replace("baseUrl: https://example.gov.vn/\n",
                "baseUrl: https://example.gov.vn/\nsearch: false\n") + SearchIndexTest.ARTICLES);
        List<String> lines = new ArrayList<>();
        BuildResult result = build(site, lines);

        assertThat(site.messages(result)).isEmpty();
        assertThat(site.output().resolve(SearchIndex.FOLDER)).doesNotExist();
        assertThat(site.output().resolve("tim-kiem")).doesNotExist();
        assertThat(site.read("index.html")).doesNotContain("search-box", "/tim-kiem/", "css/search.css")
                .contains("Bài mới nhất");
        assertThat(site.read("articles/a-tap-huan/index.html")).doesNotContain("search-box");
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("search: ").contains("off"));
    }

    @Test
    void searchIsOnUnlessTurnedOffAndTakesOnlyTrueOrFalse() throws IOException {
        MiniSite on = MiniSite.of(dir.resolve("on"), SearchIndexTest.SITE + SearchIndexTest.ARTICLES);
        List<String> lines = new ArrayList<>();
        assertThat(on.messages(build(on, lines))).isEmpty();
        assertThat(on.output().resolve(SearchIndex.FOLDER + "index.json")).exists();
        assertThat(on.read("index.html")).contains("search-box", "css/search.css");
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("search: 5 articles ("));

        MiniSite wrong = MiniSite.of(dir.resolve("wrong"), SearchIndexTest.SITE.replace(
                "baseUrl: https://example.gov.vn/\n", "baseUrl: https://example.gov.vn/\nsearch: tắt\n")
                + SearchIndexTest.ARTICLES);
        BuildResult result = build(wrong, new ArrayList<>());
        assertThat(result.hasErrors()).isTrue();
        assertThat(wrong.messages(result)).anySatisfy(m -> assertThat(m).contains("site.yaml").contains("search"));
        assertThat(Files.exists(wrong.output())).isFalse();
    }
}
