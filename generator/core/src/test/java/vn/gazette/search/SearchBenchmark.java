package vn.gazette.search;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import vn.gazette.browser.Browser;
import vn.gazette.browser.BrowserTest;
import vn.gazette.browser.SiteServer;

/**
 * The search row of the benchmark (generator/bench/search.sh): for a site already built into the folder named by
 * {@code -Dgazette.searchBench=DIR}, prints the index's size and shard count, then opens the search page with each
 * of {@link #QUERIES} in a fresh page load (nothing cached: the test server sends {@code no-store}) and prints the
 * bytes the browser received for it (compressed as a server compresses text) and the time from the start of the page
 * load to the first results. Runs only when asked for.
 */
@BrowserTest
@EnabledIfSystemProperty(named = "gazette.searchBench", matches = ".+")
class SearchBenchmark {

    /** The fixed queries: typed as readers type them, with and without tones; the first nine have two syllables. */
    static final List<String> QUERIES = List.of("tap huan", "tập huấn", "da nang", "biên giới", "hoa binh", "lạng sơn",
            "hà giang", "cửa khẩu", "báo chí", "thông tin đối ngoại", "thong tin doi ng", "chuyen doi so",
            "dân tộc thiểu số", "DTTS", "an ninh mạng", "bồi dưỡng nghiệp vụ", "nông thôn mới", "tuyên truyền",
            "hội nghị trực tuyến", "phòng chống ma túy");

    @Test
    void measure() throws IOException {
        Path site = Path.of(System.getProperty("gazette.searchBench"));
        Path index = site.resolve(SearchIndex.FOLDER);
        long[] size = {0, 0};
        long[] files = {0, 0};
        try (var walk = Files.walk(index)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(file);
                size[0] += bytes.length;
                size[1] += file.toString().endsWith(".bin") ? bytes.length : gzip(bytes);
                files[0]++;
                files[1] += file.getParent().getFileName().toString().equals("s") ? 1 : 0;
            }
        }
        System.out.printf(Locale.ROOT, "index: %d files, %d shards, %.1f MB (%.1f MB compressed)%n", files[0],
                files[1], size[0] / 1e6, size[1] / 1e6);
        System.out.printf(Locale.ROOT, "%-24s %8s %8s %8s %9s %9s%n", "query", "results", "index KB", "page KB",
                "first ms", "search ms");
        try (SiteServer server = SiteServer.serve(site)) {
            Browser browser = Browser.shared().viewport(1366, 900);
            String page = "/" + Files.list(site).map(p -> p.getFileName().toString())
                    .filter(n -> Files.exists(site.resolve(n).resolve("index.html")) && (n.equals("tim-kiem")
                            || n.equals("search"))).findFirst().orElse("tim-kiem") + "/";
            browser.open(server.url(page + "?q=warm")); // the browser's own start-up is not the site's cost
            wait(browser);
            for (String query : QUERIES) {
                server.forget();
                browser.open(server.url(page + "?q=" + java.net.URLEncoder.encode(query,
                        java.nio.charset.StandardCharsets.UTF_8)));
                wait(browser);
                long indexBytes = server.responses().stream().filter(r -> r.path().contains(SearchIndex.FOLDER))
                        .mapToLong(SiteServer.Response::bytes).sum();
                long pageBytes = server.bytesSent() - indexBytes;
                Object count = browser.script("return document.getElementById('search-status').textContent");
                Object first = browser.script("return document.getElementById('search').getAttribute('data-first')");
                Object ms = browser.script("return document.getElementById('search').getAttribute('data-ms')");
                System.out.printf(Locale.ROOT, "%-24s %8s %8.1f %8.1f %9s %9s%n", query,
                        String.valueOf(count).replaceAll("[^0-9]", ""), indexBytes / 1024.0, pageBytes / 1024.0, first, ms);
            }
        }
    }

    private static void wait(Browser browser) {
        browser.waiting(Duration.ofSeconds(60)).until(d -> "done".equals(
                browser.script("return document.getElementById('search').getAttribute('data-state')")));
    }

    private static long gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(bytes);
        }
        return out.size();
    }
}
