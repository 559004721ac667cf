package vn.gazette.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

    /** 23 November 2026, noon in Hanoi. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T05:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private Path content;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void writeSite() throws IOException {
        content = dir.resolve("content");
        write("site.yaml", "title: Thử\nbaseUrl: https://example.gov.vn/\nlanguage: en\n");
        write("articles/2023/bai-mot.md", "---\ntitle: Bài một\ndate: 2023-09-22\n---\nNội dung.\n");
    }

    private void write(String relative, String text) throws IOException {
        Path file = content.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), CLOCK, false);
    }

    private String display(String relative) {
        Path file = content.resolve(relative).toAbsolutePath();
        Path base = Path.of("").toAbsolutePath();
        return file.startsWith(base) ? base.relativize(file).toString() : file.toString();
    }

    private List<String> filesInDir() throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }

    @Test
    void aCleanSiteSaysSoAndExitsWithZeroWithoutWritingAnything() throws IOException {
        List<String> before = filesInDir();
        assertThat(run("check", "--source", content.toString())).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).isEqualTo("No problems.\n");
        assertThat(err.toString()).isEmpty();
        assertThat(filesInDir()).isEqualTo(before);
    }

    @Test
    void errorsArePrintedWithTheirPositionsAndASummaryAndExitWithOne() throws IOException {
        write("articles/2023/bai-hai.md", "---\ntitle: Bài hai\ndate: 22/09/2023\n---\n");
        write("articles/2023/bai-mot.md", "---\ntitle: Bài một\ndate: 2023-09-22\ntitel: x\n---\nXem [bài](/khong-co/).\n");
        assertThat(run("check", "--source", content.toString())).isEqualTo(ExitCode.CONTENT_ERRORS);
        assertThat(out.toString()).isEqualTo(display("articles/2023/bai-hai.md") + ":3:7: error: 'date' is not a date: "
                + "\"22/09/2023\" (write 2023-09-22: year-month-day)\n"
                + display("articles/2023/bai-mot.md") + ":4:1: warning: unknown front-matter key 'titel': did you mean "
                + "'title'? (put extra fields for the theme under 'params:')\n"
                + display("articles/2023/bai-mot.md") + ":6:5: error: link '/khong-co/' leads to no page or file of the "
                + "site: check the address (an article can also be linked by its file, e.g. ../2018/bai-viet.md)\n"
                + "2 errors, 1 warning in 2 files\n");
    }

    @Test
    void githubFormatPrintsWorkflowAnnotations() throws IOException {
        write("articles/2023/bai-mot.md", "---\ntitle: Bài một\ndate: 2023-09-22\n---\nXem [bài](/khong-co/).\n");
        assertThat(run("check", "--format", "github", "--source", content.toString())).isEqualTo(ExitCode.CONTENT_ERRORS);
        assertThat(out.toString()).isEqualTo("::error file=" + display("articles/2023/bai-mot.md") + ",line=5,col=5::"
                + "link '/khong-co/' leads to no page or file of the site: check the address (an article can also be "
                + "linked by its file, e.g. ../2018/bai-viet.md)\n1 error in 1 file\n");
    }

    @Test
    void warningsAloneDoNotFailTheCheck() throws IOException {
        write("articles/2023/bai-mot.md", "---\ntitle: Bài một\ndate: 2023-09-22\ntitel: x\n---\n");
        assertThat(run("check", "--source", content.toString())).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).endsWith("\n1 warning in 1 file\n");
    }

    @Test
    void theSummaryOfAVietnameseSiteIsInVietnamese() throws IOException {
        write("site.yaml", "title: Thử\nbaseUrl: https://example.gov.vn/\n");
        write("articles/2023/bai-hai.md", "---\ntitle: Bài hai\ndate: 22/09/2023\n---\n");
        assertThat(run("check", "--source", content.toString())).isEqualTo(ExitCode.CONTENT_ERRORS);
        assertThat(out.toString()).startsWith(display("articles/2023/bai-hai.md") + ":3:7: error: ")
                .endsWith("\n1 lỗi trong 1 tệp\n");
    }

    @Test
    void aLinkToADraftOrAScheduledArticlePassesOnlyWithTheirFlags() throws IOException {
        write("articles/2023/bai-mot.md", "---\ntitle: Bài một\ndate: 2023-09-22\n---\n[nháp](/articles/nhap/) "
                + "[sắp tới](/articles/sap-toi/)\n");
        write("articles/nhap.md", "---\ntitle: Nháp\ndate: 2023-09-23\ndraft: true\n---\n");
        write("articles/sap-toi.md", "---\ntitle: Sắp tới\ndate: 2026-12-01\n---\n");
        assertThat(run("check", "--source", content.toString())).isEqualTo(ExitCode.CONTENT_ERRORS);
        // one error at each article linked to, naming the link in bai-mot.md
        assertThat(out.toString()).endsWith("\n2 errors in 2 files\n");
        assertThat(run("check", "--drafts", "--source", content.toString())).isEqualTo(ExitCode.CONTENT_ERRORS);
        assertThat(out.toString()).endsWith("\n1 error in 1 file\n");
        assertThat(run("check", "--drafts", "--future", "--source", content.toString())).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).endsWith("\nNo problems.\n");
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        assertThat(run("check", "--format", "json", "--source", content.toString())).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).startsWith("gazette: Invalid value for option '--format': expected one of "
                + "[plain, github] (case-sensitive) but was 'json'");
    }

    @Test
    void aMissingContentFolderIsAUsageError() {
        assertThat(run("check", "--source", dir.resolve("khong-co").toString())).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).startsWith("gazette: the content folder " + dir.resolve("khong-co")
                + " does not exist");
    }
}
