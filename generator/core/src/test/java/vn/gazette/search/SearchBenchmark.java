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
 * bytes the browser received for it (compressed as a server compresses text), the time from the start of the page
 * load to the first result shown and to the whole first page of results, and where the search's time went (the
 * script's {@code data-timing}). Runs only when asked for.
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
        long[] files = {0, 0, 0};
        try (var walk = Files.walk(index)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(file);
                size[0] += bytes.length;
                size[1] += file.toString().endsWith(".bin") ? bytes.length : gzip(bytes);
                files[0]++;
                files[1] += file.getParent().getFileName().toString().equals("s") ? 1 : 0;
                files[2] += file.getParent().getFileName().toString().equals("b") ? 1 : 0;
            }
        }
        System.out.printf(Locale.ROOT, "index: %d files, %d shards, %d files of common keys, %.1f MB (%.1f MB "
                + "compressed)%n", files[0], files[1], files[2], size[0] / 1e6, size[1] / 1e6);
        System.out.printf(Locale.ROOT, "load average before: %s%n", loadAverage());
        System.out.printf(Locale.ROOT, "%-24s %8s %8s %8s %9s %9s %9s  %s%n", "query", "results", "index KB", "page KB",
                "first ms", "page ms", "search ms", "index KB by folder; ms from the search's start to each step");
        List<Double> kilobytes = new java.util.ArrayList<>();
        List<Integer> firsts = new java.util.ArrayList<>();
        List<Integer> pages = new java.util.ArrayList<>();
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
                Object whole = browser.script("return document.getElementById('search').getAttribute('data-page')");
                Object ms = browser.script("return document.getElementById('search').getAttribute('data-ms')");
                Object timing = browser.script("return document.getElementById('search').getAttribute('data-timing')");
                java.util.Map<String, Long> folders = new java.util.TreeMap<>();
                server.responses().stream().filter(r -> r.path().contains(SearchIndex.FOLDER)).forEach(r -> {
                    String rest = r.path().substring(r.path().indexOf(SearchIndex.FOLDER) + SearchIndex.FOLDER.length());
                    folders.merge(rest.contains("/") ? rest.substring(0, rest.indexOf('/')) : rest, r.bytes(), Long::sum);
                });
                StringBuilder byFolder = new StringBuilder();
                folders.forEach((folder, bytes) -> byFolder.append(String.format(Locale.ROOT, "%s %.1f ", folder,
                        bytes / 1024.0)));
                System.out.printf(Locale.ROOT, "%-24s %8s %8.1f %8.1f %9s %9s %9s  %s%s%n", query,
                        String.valueOf(count).replaceAll("[^0-9]", ""), indexBytes / 1024.0, pageBytes / 1024.0, first,
                        whole, ms,
                        byFolder, timing);
                kilobytes.add((indexBytes + pageBytes) / 1024.0);
                firsts.add(Integer.parseInt(String.valueOf(first)));
                // a script without data-page (before it showed results one by one) shows the whole page at once
                pages.add(Integer.parseInt(String.valueOf(whole == null ? first : whole)));
            }
        }
        java.util.Collections.sort(firsts);
        java.util.Collections.sort(pages);
        System.out.printf(Locale.ROOT, "per query: %.1f–%.1f KB in all (index and page); first result %d–%d–%d ms, "
                + "first page %d–%d–%d ms (min–median–max); load average after: %s%n",
                kilobytes.stream().mapToDouble(d -> d).min().orElse(0),
                kilobytes.stream().mapToDouble(d -> d).max().orElse(0), firsts.get(0), firsts.get(firsts.size() / 2),
                firsts.get(firsts.size() - 1), pages.get(0), pages.get(pages.size() / 2), pages.get(pages.size() - 1),
                loadAverage());
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "?";
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
