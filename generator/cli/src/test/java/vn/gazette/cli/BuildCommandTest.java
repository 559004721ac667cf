package vn.gazette.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gazette.StageReport;

/** {@code gazette build}: which articles it lets in, the schedule it writes, what it prints. */
class BuildCommandTest {

    /** Noon in Hanoi, 15 June 2025. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-15T05:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private Path content;
    private Path output;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void writeSite() throws IOException {
        content = dir.resolve("content");
        output = dir.resolve("site-output");
        write("site.yaml", "title: Thử\nbaseUrl: https://example.gov.vn/\nlanguage: en\n");
        write("articles/cu.md", "---\ntitle: Cũ\ndate: 2025-06-01\n---\n");
        write("articles/nhap.md", "---\ntitle: Nháp\ndate: 2025-06-02\ndraft: true\n---\n");
        write("articles/sap-toi.md", "---\ntitle: Sắp tới\ndate: 2025-07-01T08:30\n---\n");
        write("articles/het-han.md", "---\ntitle: Hết hạn\ndate: 2025-01-01\nexpires: 2025-06-01\n---\n");
    }

    private void write(String relative, String text) throws IOException {
        Path file = content.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), CLOCK, false);
    }

    private boolean published(String slug) {
        return Files.isRegularFile(output.resolve("articles/" + slug + "/index.html"));
    }

    @Test
    void leavesOutDraftsScheduledAndExpiredArticlesAndWritesTheSchedule() throws IOException {
        assertThat(run("build", "-q", "--source", content.toString(), "--output", output.toString())).isEqualTo(ExitCode.OK);
        assertThat(published("cu")).isTrue();
        assertThat(published("nhap") || published("sap-toi") || published("het-han")).isFalse();
        assertThat(output.resolve("schedule.json")).hasContent("{\"version\":1,\"nextChange\":"
                + "\"2025-07-01T08:30:00+07:00\",\"reason\":\"publish\",\"article\":\"articles/sap-toi.md\"}");
    }

    @Test
    void theirFlagsLetEachKindIn() {
        assertThat(run("build", "-q", "--drafts", "--future", "--expired", "--source", content.toString(), "--output",
                output.toString())).isEqualTo(ExitCode.OK);
        assertThat(published("cu") && published("nhap") && published("sap-toi") && published("het-han")).isTrue();
    }

    @Test
    void theHelpOfBuildCheckAndServeListsTheFlags() {
        for (String verb : new String[] {"build", "check", "serve"}) {
            assertThat(run(verb, "--help")).isEqualTo(ExitCode.OK);
            assertThat(out.toString()).as(verb).contains("--drafts", "--future", "--expired");
            out.getBuffer().setLength(0);
        }
    }

    @Test
    void warningsArePrintedAndCountedInTheLastLine() throws IOException {
        write("articles/cu.md", "---\ntitle: Cũ\ndate: 2025-06-01\ntitel: x\n---\n");
        assertThat(run("build", "--source", content.toString(), "--output", output.toString())).isEqualTo(ExitCode.OK);
        assertThat(err.toString()).endsWith(":4:1: warning: unknown front-matter key 'titel': did you mean 'title'? (put "
                + "extra fields for the theme under 'params:')\n");
        assertThat(out.toString()).containsPattern("site: 1 article \\(1 draft, 1 scheduled, 1 expired left out\\) in "
                + "[0-9.]+ s\n").containsPattern("Built 7 pages \\(21 files\\) into .* in [0-9.]+ s; 1 warning in 1 file.\n$");
    }

    @Test
    void theSummaryOfAFailedBuildIsInTheSitesLanguage() throws IOException {
        write("site.yaml", "title: Thử\nbaseUrl: https://example.gov.vn/\n");
        write("articles/cu.md", "---\ntitle: Cũ\ndate: 2025-06-01\n---\n[x](/khong-co/)\n");
        assertThat(run("build", "-q", "--source", content.toString(), "--output", output.toString()))
                .isEqualTo(ExitCode.CONTENT_ERRORS);
        assertThat(err.toString()).endsWith("\n1 lỗi trong 1 tệp; không có gì được đăng (" + output + " vẫn giữ nguyên).\n");
    }

    @Test
    void aProgressBarIsDrawnOnATerminalAndWipedBeforeEachStageLine() {
        StringWriter lines = new StringWriter();
        StringWriter bar = new StringWriter();
        long[] nanos = {1_000_000_000L};
        ProgressPrinter printer = new ProgressPrinter(new PrintWriter(lines), new PrintWriter(bar), true, () -> nanos[0]);
        printer.progress("render", 5, 20);
        nanos[0] += 100_000_000L;
        printer.progress("render", 6, 20); // within a fifth of a second: not redrawn
        nanos[0] += 150_000_000L;
        printer.progress("render", 20, 20);
        printer.stageFinished(new StageReport("render", 20, "page", "", Duration.ofMillis(1500)));
        assertThat(bar.toString()).isEqualTo("\rrender [#######                       ] 5/20"
                + "\rrender [##############################] 20/20\r" + " ".repeat(70) + "\r");
        assertThat(lines.toString()).isEqualTo("render: 20 pages in 1.50 s\n");
    }

    @Test
    void withoutATerminalOnlyThePlainLinesArePrinted() {
        StringWriter lines = new StringWriter();
        StringWriter bar = new StringWriter();
        ProgressPrinter printer = new ProgressPrinter(new PrintWriter(lines), new PrintWriter(bar), false);
        printer.progress("render", 5, 20);
        printer.stageFinished(new StageReport("content", 1, "article", "", Duration.ofMillis(20)));
        assertThat(bar.toString()).isEmpty();
        assertThat(lines.toString()).isEqualTo("content: 1 article in 0.02 s\n");
    }
}
