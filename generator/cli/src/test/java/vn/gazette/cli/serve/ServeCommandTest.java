package vn.gazette.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gazette.cli.ExitCode;
import vn.gazette.cli.Main;

/** {@code gazette serve} as a command: its options and the ways it refuses to start. */
class ServeCommandTest {

    @TempDir
    Path dir;

    private Path content;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void writeSite() throws IOException {
        content = dir.resolve("content");
        Files.createDirectories(content.resolve("articles/2023"));
        Files.writeString(content.resolve("site.yaml"), "title: Thử\nbaseUrl: https://example.gov.vn/\n",
                StandardCharsets.UTF_8);
        Files.writeString(content.resolve("articles/2023/bai-mot.md"), "---\ntitle: Bài một\ndate: 2023-09-22\n---\n",
                StandardCharsets.UTF_8);
    }

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void theVerbIsListedAndItsHelpListsTheOptions() {
        assertThat(run("--help")).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("serve");
        assertThat(run("serve", "--help")).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("Usage: gazette serve", "--source=DIR", "--theme=DIR", "--port=PORT",
                "default: 1313", "--drafts", "--output=DIR", "http://127.0.0.1:PORT/", "2   wrong command line, or the port "
                + "is already in use");
    }

    @Test
    void aPortAlreadyInUseIsAUsageErrorThatSaysSo() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            assertThat(run("serve", "--source", content.toString(), "--port", Integer.toString(port)))
                    .isEqualTo(ExitCode.USAGE);
            assertThat(err.toString()).startsWith("gazette: cannot listen on 127.0.0.1:" + port
                    + ": the port is already in use by another program").contains("--port");
            assertThat(out.toString()).doesNotContain("Serving");
        }
    }

    @Test
    void aMissingContentFolderIsAUsageError() {
        assertThat(run("serve", "--source", dir.resolve("khong-co").toString(), "--port", "0")).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).startsWith("gazette: the content folder " + dir.resolve("khong-co") + " does not exist");
    }

    @Test
    void aPortOutOfRangeIsAUsageError() {
        assertThat(run("serve", "--source", content.toString(), "--port", "70000")).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).isEqualTo("gazette: --port must be between 0 and 65535, not 70000\n");
    }

    @Test
    void anOutputFolderWithOtherFilesIsRefusedBeforeServing() throws IOException {
        Path output = dir.resolve("cua-toi");
        Files.createDirectories(output);
        Files.writeString(output.resolve("ghi-chu.txt"), "của tôi", StandardCharsets.UTF_8);
        assertThat(run("serve", "--source", content.toString(), "--port", "0", "--output", output.toString()))
                .isEqualTo(ExitCode.USAGE);
        // in the site's language (its site.yaml gives none: Vietnamese)
        assertThat(err.toString()).isEqualTo("gazette: thư mục xuất " + output + " có những tệp không phải do Gazette"
                + " tạo ra: hãy làm trống thư mục hoặc chọn thư mục khác\n");
        assertThat(output.resolve("ghi-chu.txt")).hasContent("của tôi");
    }
}
