package vn.gazette.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The live-reload loop as an editor lives it: open a page, save an article, see the page change. */
class PreviewServerTest {

    /** Generous for a busy two-core machine; a rebuild of this site takes well under a second. */
    private static final Duration PATIENCE = Duration.ofSeconds(15);

    @TempDir
    Path dir;

    private Path content;
    private PreviewServer server;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeEach
    void writeSite() throws IOException {
        content = dir.resolve("content");
        write("site.yaml", "title: Lưu trữ thử\nbaseUrl: https://example.gov.vn/\nlanguage: en\n");
        write("articles/2023/bai-mot.md", article("Bài một"));
        write("articles/2023/bai-hai.md", "---\ntitle: Bài hai\ndate: 2023-09-23\n---\nNội dung hai.\n");
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static String article(String title) {
        return "---\ntitle: " + title + "\ndate: 2023-09-22\n---\nNội dung một.\n";
    }

    private void write(String relative, String text) throws IOException {
        Path file = content.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void anEditReloadsTheOpenPageAndAContentErrorShowsProblemsOverTheLastGoodSite() throws Exception {
        server = PreviewServer.start(ServeOptions.of(content, 0), new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(server.address().toString()).matches("http://127\\.0\\.0\\.1:\\d+/");
        assertThat(out.toString()).containsPattern("Built in \\d+\\.\\d\\d s \\(\\d+ pages\\)")
                .contains("Serving " + content + " at " + server.address() + " (Ctrl+C to stop)");
        assertThat(status()).isEqualTo("{\"build\": 1, \"ok\": true, \"problems\": []}");

        HttpResponse<String> page = get("articles/2023/bai-mot/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>Bài một</h1>", "<script src=\"/_gazette/reload.js\" data-build=\"1\"></script>")
                .contains("href=\"" + server.address()); // the preview's own address, not site.yaml's
        assertThat(server.output().resolve("articles/2023/bai-mot/index.html")).content(StandardCharsets.UTF_8)
                .doesNotContain("_gazette");

        Events events = Events.open(client, server.address().resolve("_gazette/events"));
        assertThat(events.next("status", PATIENCE)).isEqualTo("{\"build\": 1, \"ok\": true, \"problems\": []}");

        long saved = System.nanoTime();
        write("articles/2023/bai-mot.md", article("Bài một, đã sửa"));
        assertThat(events.next("reload", PATIENCE)).isEqualTo("{\"build\": 2}");
        report("edit", saved);
        assertThat(get("articles/2023/bai-mot/").body()).contains("<h1>Bài một, đã sửa</h1>");
        assertThat(out.toString()).containsPattern("Rebuilt in \\d+\\.\\d\\d s \\(\\d+ pages\\)");

        Path file = content.resolve("articles/2023/bai-mot.md");
        write("articles/2023/bai-mot.md", "---\ntitle: Bài một, hỏng\ndate: 22/09/2023\n---\nNội dung một.\n");
        String problem = display(file) + ":3:7: error: 'date' is not a date: \"22/09/2023\" (write 2023-09-22: "
                + "year-month-day)";
        assertThat(events.next("problems", PATIENCE)).isEqualTo("[" + BuildStatus.jsonString(problem) + "]");
        assertThat(status()).startsWith("{\"build\": 3, \"ok\": false, \"problems\": [\"" + display(file) + ":3:7: ");
        assertThat(err.toString()).contains(problem + "\nBuild failed: 1 error; still serving the last good site.\n");
        HttpResponse<String> lastGood = get("articles/2023/bai-mot/");
        assertThat(lastGood.statusCode()).isEqualTo(200);
        assertThat(lastGood.body()).contains("<h1>Bài một, đã sửa</h1>").doesNotContain("hỏng");

        saved = System.nanoTime();
        write("articles/2023/bai-mot.md", article("Bài một, lần ba"));
        assertThat(events.next("reload", PATIENCE)).isEqualTo("{\"build\": 4}");
        report("fix", saved);
        assertThat(get("articles/2023/bai-mot/").body()).contains("<h1>Bài một, lần ba</h1>");
        assertThat(status()).isEqualTo("{\"build\": 4, \"ok\": true, \"problems\": []}");

        Path temporary = server.output().getParent();
        server.close();
        assertThat(temporary).doesNotExist();
        assertThat(events.ended(PATIENCE)).isTrue();
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void anArticleSavedInAFolderMadeAfterStartingIsPublished() throws Exception {
        server = PreviewServer.start(ServeOptions.of(content, 0), new PrintWriter(out, true), new PrintWriter(err, true));
        Files.createDirectories(content.resolve("articles/2024/thang-1"));
        awaitBuild(2);
        write("articles/2024/thang-1/bai-moi.md", "---\ntitle: Bài mới\ndate: 2024-01-05\n---\nMới.\n");
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (get("articles/2024/thang-1/bai-moi/").statusCode() != 200 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(get("articles/2024/thang-1/bai-moi/").body()).contains("<h1>Bài mới</h1>");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aSiteBrokenFromTheStartIsServedAsProblemsUntilFixed() throws Exception {
        write("articles/2023/bai-mot.md", "---\ntitle: Bài một\ndate: 2023-02-30\n---\n");
        server = PreviewServer.start(ServeOptions.of(content, 0), new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(err.toString()).contains("Build failed: 1 error; there is no site to serve until they are fixed.");
        HttpResponse<String> nothing = get("");
        assertThat(nothing.statusCode()).isEqualTo(404);
        assertThat(nothing.body()).contains("/_gazette/reload.js");
        write("articles/2023/bai-mot.md", article("Bài một"));
        awaitBuild(2);
        assertThat(get("articles/2023/bai-mot/").statusCode()).isEqualTo(200);
    }

    private void awaitBuild(int build) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (server.status().build() < build && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(status()).startsWith("{\"build\": " + build + ", \"ok\": true");
    }

    private String status() throws IOException, InterruptedException {
        HttpResponse<String> response = get("_gazette/status");
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        return response.body();
    }

    private HttpResponse<String> get(String relative) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(server.address().resolve(relative)).timeout(PATIENCE).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static void report(String what, long savedAt) {
        System.out.printf(Locale.ROOT, "serve: %s saved to reload event received: %d ms%n", what,
                (System.nanoTime() - savedAt) / 1_000_000);
    }

    private static String display(Path file) {
        Path base = Path.of("").toAbsolutePath();
        Path absolute = file.toAbsolutePath();
        return absolute.startsWith(base) ? base.relativize(absolute).toString() : absolute.toString();
    }

    /** A page's event stream, read line by line on a thread of its own. */
    private static final class Events {
        private static final String END = "\u0000end";
        private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

        static Events open(HttpClient client, URI uri) throws IOException, InterruptedException {
            Events events = new Events();
            HttpResponse<Stream<String>> response = client.send(HttpRequest.newBuilder(uri).build(),
                    HttpResponse.BodyHandlers.ofLines());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("text/event-stream; charset=utf-8");
            Thread reader = new Thread(() -> {
                try (Stream<String> body = response.body()) {
                    body.forEach(events.lines::add);
                } catch (RuntimeException e) {
                    events.lines.add("error: " + e);
                }
                events.lines.add(END);
            }, "test-events");
            reader.setDaemon(true);
            reader.start();
            return events;
        }

        /** The data of the next event with this name; other events are skipped. */
        String next(String name, Duration patience) throws InterruptedException {
            long deadline = System.nanoTime() + patience.toNanos();
            String event = "message";
            String data = null;
            while (true) {
                String line = lines.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                assertThat(line).as("event '" + name + "' within " + patience).isNotNull().isNotEqualTo(END);
                if (line.startsWith("event: ")) {
                    event = line.substring(7);
                } else if (line.startsWith("data: ")) {
                    data = line.substring(6);
                } else if (line.isEmpty()) {
                    if (event.equals(name) && data != null) {
                        return data;
                    }
                    event = "message";
                    data = null;
                }
            }
        }

        boolean ended(Duration patience) throws InterruptedException {
            long deadline = System.nanoTime() + patience.toNanos();
            String line;
            while ((line = lines.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) != null) {
                if (line.equals(END)) {
                    return true;
                }
            }
            return false;
        }
    }
}
