package vn.gazette.cli.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The pages' side channel: each open page keeps a Server-Sent Events connection to {@code /_gazette/events}, and
 * is told {@code reload} after a good build or {@code problems} (a JSON array of the formatted problems) after a
 * failed one. A page that connects first receives a {@code status} event with the whole {@link BuildStatus}, so a
 * page opened while the build is broken shows the problems at once. A comment every 15 seconds keeps idle
 * connections open and finds the ones whose page was closed.
 *
 * <p>Thread-safe: pages connect on HTTP threads while events are sent from the rebuild and heartbeat threads; the
 * list of connections is copy-on-write, and each connection is written under its own lock.
 */
final class LiveReload implements AutoCloseable {

    static final Duration HEARTBEAT = Duration.ofSeconds(15);

    private final List<Connection> connections = new CopyOnWriteArrayList<>();
    private final Supplier<BuildStatus> status;
    private final ScheduledExecutorService heartbeat;
    private volatile boolean closed;

    LiveReload(Supplier<BuildStatus> status, Duration heartbeatEvery) {
        this.status = status;
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(PreviewServer.daemonThreads("gazette-heartbeat"));
        heartbeat.scheduleWithFixedDelay(() -> broadcast(": heartbeat\n\n"), heartbeatEvery.toMillis(),
                heartbeatEvery.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Answers {@code GET /_gazette/events}: keeps the response open and adds it to the pages to notify. */
    void connect(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.sendResponseHeaders(200, 0);
        Connection connection = new Connection(exchange);
        connections.add(connection);
        // added before the first event, so that a build finishing meanwhile is not missed
        if (closed || !connection.send("retry: 1000\n" + event("status", status.get().toJson()))) {
            connections.remove(connection);
            connection.close();
        }
    }

    /** Tells every open page to reload: the site was rebuilt. */
    void reload(BuildStatus built) {
        broadcast(event("reload", "{\"build\": " + built.build() + "}"));
    }

    /** Shows the failed build's problems over every open page; the page itself stays as it was. */
    void problems(BuildStatus failed) {
        broadcast(event("problems", BuildStatus.jsonArray(failed.problems())));
    }

    int connectionCount() {
        return connections.size();
    }

    /** One event; {@code data} is JSON on one line (JSON strings escape line breaks). */
    static String event(String name, String data) {
        return "event: " + name + "\ndata: " + data + "\n\n";
    }

    private void broadcast(String text) {
        for (Connection connection : connections) {
            if (!connection.send(text)) {
                connections.remove(connection);
                connection.close();
            }
        }
    }

    /** Ends every connection; the pages' EventSource tries again and finds the server gone. */
    @Override
    public void close() {
        closed = true;
        heartbeat.shutdownNow();
        for (Connection connection : connections) {
            connection.close();
        }
        connections.clear();
    }

    /** One open page. Sends are serialised so that two events never interleave on the stream. */
    private static final class Connection {
        private final HttpExchange exchange;
        private final OutputStream body;

        Connection(HttpExchange exchange) {
            this.exchange = exchange;
            this.body = exchange.getResponseBody();
        }

        /** Writes and flushes; false when the page has gone (the connection is then dropped). */
        synchronized boolean send(String text) {
            try {
                body.write(text.getBytes(StandardCharsets.UTF_8));
                body.flush();
                return true;
            } catch (IOException e) {
                return false;
            }
        }

        synchronized void close() {
            exchange.close();
        }
    }
}
