package vn.gazette;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A check that publishes nothing, and the progress a build reports to its listener. */
class BuildReportsTest {

    private static final Instant NOW = Instant.parse("2025-06-15T05:00:00Z");

    private static final String SITE = """
            -- site.yaml --
            title: Thử nghiệm
            baseUrl: https://example.gov.vn/
            language: en
            -- articles/a.md --
            ---
            title: A
            date: 2023-01-01
            ---
            [b](/articles/b/)
            -- articles/b.md --
            ---
            title: B
            date: 2023-01-02
            ---
            x
            -- articles/nhap.md --
            ---
            title: Nháp
            date: 2023-01-03
            draft: true
            ---
            x
            """;

    @TempDir
    Path dir;

    @Test
    void aCheckFindsWhatABuildFindsAndNeverTouchesTheOutput() throws IOException {
        MiniSite site = MiniSite.of(dir, SITE + "-- articles/c.md --\n---\ntitle: C\ndate: 2023-01-04\n---\n[x](/khong-co/)\n");
        Files.createDirectories(site.output());
        Files.writeString(site.output().resolve(".gazette-output"), "", StandardCharsets.UTF_8);
        Files.writeString(site.output().resolve("index.html"), "previous build\n", StandardCharsets.UTF_8);
        long scratchBefore = scratchFolders();

        BuildResult result = Generator.create().build(site.request().withNow(NOW).withCheckOnly(true));

        assertThat(site.messages(result)).containsExactly("content/articles/c.md:5:1: error: link '/khong-co/' leads to "
                + "no page or file of the site: check the address (an article can also be linked by its file, e.g. "
                + "../2018/bai-viet.md)");
        assertThat(site.outputFiles()).containsExactly(".gazette-output", "index.html");
        assertThat(site.read("index.html")).isEqualTo("previous build\n");
        assertThat(scratchFolders()).isEqualTo(scratchBefore);
    }

    @Test
    void aCleanCheckPublishesNothingEither() throws IOException {
        MiniSite site = MiniSite.of(dir, SITE);
        BuildResult result = Generator.create().build(site.request().withNow(NOW).withCheckOnly(true));
        assertThat(result.problems()).isEmpty();
        assertThat(result.pages()).as("with the search page").isEqualTo(8);
        assertThat(site.output()).doesNotExist();
        try (Stream<Path> siblings = Files.list(dir)) {
            assertThat(siblings.map(p -> p.getFileName().toString())).containsExactly("content");
        }
    }

    @Test
    void theListenerHearsALinePerStageWithCounts() throws IOException {
        MiniSite site = MiniSite.of(dir, SITE);
        List<String> lines = new CopyOnWriteArrayList<>();
        List<Long> progress = new CopyOnWriteArrayList<>();
        BuildListener listener = new BuildListener() {
            @Override
            public void stageFinished(StageReport report) {
                lines.add(report.line().replaceAll(" in [0-9]+\\.[0-9]{2} s$", " in T")
                        .replaceAll("[0-9]+\\.[0-9]{2} s (CPU|laying)", "W s $1"));
            }

            @Override
            public void progress(String stage, long done, long total) {
                assertThat(stage).isEqualTo("render");
                assertThat(total).isEqualTo(12);
                progress.add(done);
            }
        };
        Generator.create().build(site.request().withNow(NOW).withListener(listener));
        assertThat(lines).containsExactly("source: 4 files in T", "content: 3 articles in T",
                "site: 2 articles (1 draft left out) in T", "render: 8 pages (102 links checked) in T",
                "search: 2 articles (7 files; 2 indexed anew; W s CPU while rendering, W s laying out) in T", "publish: 24 files in T");
        assertThat(progress).hasSize(12).contains(1L, 12L);
    }

    private static long scratchFolders() throws IOException {
        try (Stream<Path> temp = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return temp.filter(p -> p.getFileName().toString().startsWith("gazette-check-")).count();
        }
    }
}
