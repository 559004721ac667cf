package vn.gazette.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.zip.GZIPOutputStream;

/**
 * Serves a built site from its folder on 127.0.0.1 (a free port), as a static host would: {@code /x/} is
 * {@code /x/index.html}, a missing file is the site's {@code 404.html} with status 404, text files are gzipped when
 * the browser accepts it. It records every response (path and bytes sent), so a test can tell what a page
 * transferred. For tests only; thread-safe.
 */
public final class SiteServer implements AutoCloseable {

    /** One response: the path asked for, its status and the bytes sent (after compression). */
    public record Response(String path, int status, long bytes) {
    }

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json"),
            Map.entry("xml", "application/xml"), Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"), Map.entry("webp", "image/webp"), Map.entry("ico", "image/x-icon"),
            Map.entry("csv", "text/csv; charset=utf-8"), Map.entry("ics", "text/calendar; charset=utf-8"),
            Map.entry("mp4", "video/mp4"), Map.entry("webm", "video/webm"), Map.entry("woff2", "font/woff2"));

    private final Path root;
    private final HttpServer server;
    private final ConcurrentLinkedQueue<Response> responses = new ConcurrentLinkedQueue<>();

    private SiteServer(Path root) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::serve);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
    }

    /** Starts serving {@code folder}. */
    public static SiteServer serve(Path folder) {
        try {
            return new SiteServer(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The address of {@code path} on this server ({@code /tim-kiem/?q=x}). */
    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** Every response sent since the start or the last {@link #forget()}, in order. */
    public List<Response> responses() {
        return new ArrayList<>(responses);
    }

    /** The bytes sent since the start or the last {@link #forget()}. */
    public long bytesSent() {
        return responses.stream().mapToLong(Response::bytes).sum();
    }

    /** Starts counting afresh. */
    public void forget() {
        responses.clear();
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = URI.create(exchange.getRequestURI().getRawPath()).getPath();
            Path file = root.resolve(path.substring(1)).normalize();
            if (Files.isDirectory(file)) {
                file = file.resolve("index.html");
            }
            int status = 200;
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                status = 404;
                file = root.resolve("404.html");
            }
            byte[] body = Files.isRegularFile(file) ? Files.readAllBytes(file) : new byte[0];
            String name = file.getFileName().toString();
            String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
            String accepts = exchange.getRequestHeaders().getFirst("Accept-Encoding");
            if (accepts != null && accepts.contains("gzip") && (type.startsWith("text/") || type.contains("json")
                    || type.contains("xml") || type.contains("svg"))) {
                body = gzip(body);
                exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            }
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
            responses.add(new Response(path, status, body.length));
        }
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3 + 64);
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(bytes);
        }
        return out.toByteArray();
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
