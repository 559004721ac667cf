package vn.gazette.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

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
        // English: the reference wording of messages (a Vietnamese site prints them translated)
        write("site.yaml", "title: Thử\nbaseUrl: https://example.gov.vn/\nlanguage: en\n");
        write("articles/2023/bai-mot.md", "---\ntitle: Bài một\ndate: 2023-09-22\n---\nNội dung.\n");
    }

    private void write(String relative, String text) throws IOException {
        Path file = content.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void theLibrariesAreSetUpAheadOnlyForABuild() {
        assertThat(Main.builds(new String[] {"build"})).isTrue();
        assertThat(Main.builds(new String[] {"check", "--source", "content"})).isTrue();
        assertThat(Main.builds(new String[] {"serve", "--port", "8080"})).isTrue();
        assertThat(Main.builds(new String[] {"build", "--help"})).isFalse();
        assertThat(Main.builds(new String[] {"check", "-V"})).isFalse();
        assertThat(Main.builds(new String[] {"--version"})).isFalse();
        assertThat(Main.builds(new String[] {"new", "Bài mới"})).isFalse();
        assertThat(Main.builds(new String[] {"import", "old"})).isFalse();
        assertThat(Main.builds(new String[0])).isFalse();
    }

    @Test
    void helpListsTheVerbs() {
        assertThat(run("--help")).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("Usage: gazette", "build", "help");
    }

    @Test
    void buildHelpListsOptionsAndExitCodes() {
        assertThat(run("build", "--help")).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("--source=DIR", "--output=DIR", "--theme=DIR", "--base-url=URL", "--drafts",
                "1   the content or theme has errors (printed)");
    }

    /** Issue 11, defect 9: {@code --version} printed "Gazette (development build)" with no version number. */
    @Test
    void versionPrintsTheProjectVersion() {
        assertThat(run("--version")).isEqualTo(ExitCode.OK);
        assertThat(System.getProperty("gazette.projectVersion")).matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(out.toString().strip()).isEqualTo("Gazette " + System.getProperty("gazette.projectVersion"));
    }

    @Test
    void noArgumentsIsAUsageError() {
        assertThat(run()).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains("Usage: gazette");
    }

    @Test
    void anUnknownOptionIsAUsageErrorWithASuggestion() {
        assertThat(run("build", "--sources", content.toString())).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains("gazette: Unknown options: '--sources'", "--source");
    }

    @Test
    void buildsTheSiteAndSaysWhatItDid() {
        int code = run("build", "--source", content.toString(), "--output", output.toString());
        assertThat(err.toString()).isEmpty();
        assertThat(code).isEqualTo(ExitCode.OK);
        assertThat(out.toString().replaceAll("[0-9]+\\.[0-9]{2} s", "T s")).isEqualTo("""
                source: 2 files in T s
                content: 1 article in T s
                site: 1 article in T s
                render: 7 pages (85 links checked) in T s
                search: 1 article (8 files; 1 indexed anew; T s CPU while rendering, T s laying out) in T s
                publish: 24 files in T s
                Built 7 pages (24 files) into %s in T s.
                """.formatted(output));
        assertThat(output.resolve("articles/2023/bai-mot/index.html")).isRegularFile();
    }

    @Test
    void contentErrorsExitWithOneAndPrintPositionsWithoutStackTraces() throws IOException {
        write("articles/2023/sai.md", "---\ntitle: Sai\ndate: 22/09/2023\n---\n");
        int code = run("build", "--source", content.toString(), "--output", output.toString());
        assertThat(code).isEqualTo(ExitCode.CONTENT_ERRORS);
        Path file = content.resolve("articles/2023/sai.md").toAbsolutePath();
        assertThat(err.toString()).isEqualTo(display(file) + ":3:7: error: 'date' is not a date: \"22/09/2023\" "
                + "(write 2023-09-22: year-month-day)\n1 error in 1 file; nothing was published (" + output
                + " is unchanged).\n");
        assertThat(out.toString()).startsWith("source: 3 files in ").doesNotContain("Built");
        assertThat(output).doesNotExist();
    }

    @Test
    void aMissingContentFolderIsAUsageError() {
        assertThat(run("build", "--source", dir.resolve("khong-co").toString(), "--output", output.toString()))
                .isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).startsWith("gazette: the content folder " + dir.resolve("khong-co") + " does not exist");
    }

    @Test
    void anOutputFolderWithOtherFilesIsRefusedAsUsage() throws IOException {
        Files.createDirectories(output);
        Files.writeString(output.resolve("ghi-chu.txt"), "của tôi", StandardCharsets.UTF_8);
        assertThat(run("build", "--source", content.toString(), "--output", output.toString())).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains("holds files Gazette did not write");
        assertThat(output.resolve("ghi-chu.txt")).hasContent("của tôi");
    }

    @Test
    void aBuildIntoAFolderAnotherBuildWritesIsRefusedInTheSitesLanguage() throws IOException {
        write("site.yaml", "title: Thử\nbaseUrl: https://example.gov.vn/\nlanguage: vi\n");
        assertThat(run("build", "-q", "--source", content.toString(), "--output", output.toString())).isEqualTo(ExitCode.OK);
        String before = Files.readString(output.resolve("index.html"), StandardCharsets.UTF_8);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(output)) {
            files = walk.sorted().toList();
        }
        write("articles/2023/bai-hai.md", "---\ntitle: Bài hai\ndate: 2023-09-23\n---\nNội dung.\n");
        // another build holds the folder's lock (one of this process: the other kind is OutputFolderTest's)
        try (FileChannel channel = FileChannel.open(dir.resolve(".site-output.lock"), StandardOpenOption.WRITE);
                FileLock lock = channel.lock()) {
            assertThat(run("build", "--source", content.toString(), "--output", output.toString()))
                    .isEqualTo(ExitCode.USAGE);
        }
        assertThat(err.toString()).isEqualTo("gazette: một lần tạo trang khác của Gazette đang ghi vào thư mục xuất "
                + output + ": hãy đợi lần đó xong, hoặc dừng lệnh `gazette build` hay `gazette serve` kia đang ghi"
                + " vào đó, rồi tạo trang lại\n");
        assertThat(output.resolve("index.html")).hasContent(before);
        try (Stream<Path> walk = Files.walk(output)) {
            assertThat(walk.sorted().toList()).isEqualTo(files);
        }
        // once the other build let go of the lock, the build goes ahead
        assertThat(run("build", "-q", "--source", content.toString(), "--output", output.toString())).isEqualTo(ExitCode.OK);
        try (Stream<Path> walk = Files.walk(output)) {
            assertThat(walk.sorted().toList()).hasSizeGreaterThan(files.size());
        }
    }

    @Test
    void aMissingThemeFolderIsSaidInTheSitesLanguage() throws IOException {
        write("site.yaml", "title: Thử\nbaseUrl: https://example.gov.vn/\nlanguage: vi\n");
        Path theme = dir.resolve("khong-co-giao-dien");
        assertThat(run("build", "--source", content.toString(), "--output", output.toString(), "--theme",
                theme.toString())).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).isEqualTo("gazette: không có thư mục giao diện " + theme + "\n");
        assertThat(output).doesNotExist();
    }

    @Test
    void quietPrintsNothingOnSuccess() {
        assertThat(run("build", "-q", "--source", content.toString(), "--output", output.toString())).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).isEmpty();
    }

    private static String display(Path file) {
        Path base = Path.of("").toAbsolutePath();
        return file.startsWith(base) ? base.relativize(file).toString() : file.toString();
    }
}
