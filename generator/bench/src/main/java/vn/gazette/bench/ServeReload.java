package vn.gazette.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Measures a running {@code gazette serve}: the time from saving an article to the reload signal the open pages
 * receive, and to the moment the page served shows the change. Listens to the server's event stream the way the
 * pages' script does, edits the article {@code ROUNDS} times (a new paragraph each time, a second apart), and prints
 * one line per edit and the median.
 *
 * <p>Usage: {@code java -cp CLASSES vn.gazette.bench.ServeReload http://127.0.0.1:PORT/ ARTICLE.md SITE-PATH [ROUNDS]}
 */
public final class ServeReload {

    private ServeReload() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: ServeReload BASE-URL ARTICLE.md SITE-PATH [ROUNDS]");
            System.exit(2);
        }
        URI base = URI.create(args[0]);
        Path article = Path.of(args[1]);
        String page = args[2];
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 10;
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        client.sendAsync(HttpRequest.newBuilder(base.resolve("/_gazette/events")).build(),
                HttpResponse.BodyHandlers.ofLines()).thenAccept(response -> {
                    try (Stream<String> lines = response.body()) {
                        lines.filter(line -> line.startsWith("event: ")).forEach(events::add);
                    }
                });
        if (!"event: status".equals(events.poll(30, TimeUnit.SECONDS))) {
            throw new IllegalStateException("no status event from " + base);
        }
        long[] reload = new long[rounds];
        long[] shown = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            Thread.sleep(1000);
            events.clear();
            String marker = "Đoạn đo thời gian số " + i + " lúc " + System.nanoTime() + ".";
            long saved = System.nanoTime();
            Files.writeString(article, "\n" + marker + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            String event;
            do {
                event = events.poll(120, TimeUnit.SECONDS);
                if (event == null) {
                    throw new IllegalStateException("no reload within 120 s after edit " + i);
                }
            } while (!event.equals("event: reload"));
            reload[i] = System.nanoTime() - saved;
            String html = client.send(HttpRequest.newBuilder(base.resolve(page)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            shown[i] = System.nanoTime() - saved;
            if (!html.contains(marker)) {
                throw new IllegalStateException("the page " + page + " does not show edit " + i + " after the reload");
            }
            System.out.printf(Locale.ROOT, "edit %2d: reload signal after %6.0f ms, page shows it after %6.0f ms%n", i,
                    reload[i] / 1e6, shown[i] / 1e6);
        }
        java.util.Arrays.sort(reload);
        java.util.Arrays.sort(shown);
        System.out.printf(Locale.ROOT, "median of %d edits: reload signal %.0f ms, page shows the edit %.0f ms%n", rounds,
                reload[rounds / 2] / 1e6, shown[rounds / 2] / 1e6);
        System.exit(0);
    }
}
