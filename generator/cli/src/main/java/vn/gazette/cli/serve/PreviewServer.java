package vn.gazette.cli.serve;

import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import vn.gazette.BuildRequest;
import vn.gazette.BuildRequestException;
import vn.gazette.ScratchFolder;
import vn.gazette.problem.Message;

/**
 * The preview: builds the site, serves it on the loopback address only, rebuilds when the content folder, the
 * theme folder or site.yaml change, and makes open pages reload (or show the problems of a failed build, over
 * the last good site). Besides the site it answers {@code /_gazette/events} (the pages' event stream),
 * {@code /_gazette/status} (the last build as JSON, for tests and tools) and {@code /_gazette/reload.js}.
 *
 * <p>The base URL of the preview build is the server's own address, so links stay on the preview. Without an
 * output folder the site goes to a temporary folder, deleted by {@link #close}; the build cache sits beside the
 * output folder, as for {@code gazette build}. Thread-safe; {@link #close} may be called from any thread, more than
 * once (the command calls it from a shutdown hook, tests directly).
 */
public final class PreviewServer implements AutoCloseable {

    /**
     * How long files must stay unchanged before a rebuild starts: one save often writes several events, all within
     * a few milliseconds (webpack's watcher waits 20 ms by default). A longer burst (a {@code git checkout}) may
     * start a rebuild before it ends and another after; each looks only at what changed.
     */
    static final Duration QUIET = Duration.ofMillis(50);

    static final String PREFIX = "/_gazette/";

    private final HttpServer http;
    private final ExecutorService httpThreads = Executors.newFixedThreadPool(4, daemonThreads("gazette-http"));
    private final URI address;
    private final Path output;
    private final Optional<Path> temporary;
    private final PrintWriter err;
    private final SiteBuilder builder;
    private final Rebuilder rebuilder;
    private final LiveReload live;
    private final String reloadScript;
    private final List<AutoCloseable> started = new CopyOnWriteArrayList<>();
    private final AtomicBoolean closing = new AtomicBoolean();
    private final CountDownLatch closed = new CountDownLatch(1);

    private PreviewServer(HttpServer http, Path output, Optional<Path> temporary, ServeOptions options,
            Function<BuildRequest, SiteBuilder> builders, PrintWriter out, PrintWriter err) throws IOException {
        try (InputStream script = PreviewServer.class.getResourceAsStream("reload.js")) {
            if (script == null) {
                throw new IOException("reload.js is missing from the Gazette jar");
            }
            this.reloadScript = new String(script.readAllBytes(), StandardCharsets.UTF_8);
        }
        this.http = http;
        this.output = output;
        this.temporary = temporary;
        this.err = err;
        InetSocketAddress bound = http.getAddress();
        String host = bound.getAddress() instanceof Inet6Address ? "[::1]" : bound.getAddress().getHostAddress();
        this.address = URI.create("http://" + host + ":" + bound.getPort() + "/");
        // the cache beside the output (inside the temporary folder when there is one) keeps rebuilds to what changed
        BuildRequest request = BuildRequest.of(options.source(), output).withBaseUrl(address.toString())
                .withDrafts(options.drafts()).withFuture(options.future()).withExpired(options.expired())
                .withCache(BuildRequest.defaultCache(output));
        if (options.theme().isPresent()) {
            request = request.withTheme(options.theme().get());
        }
        this.builder = builders.apply(request);
        this.rebuilder = new Rebuilder(builder, Files.isDirectory(output), this::built, out, err);
        this.live = new LiveReload(rebuilder::status, LiveReload.HEARTBEAT);
    }

    /** Starts a preview whose rebuilds redo only what each change touches. */
    public static PreviewServer start(ServeOptions options, PrintWriter out, PrintWriter err) throws IOException {
        return start(options, SiteBuilder::incremental, out, err);
    }

    /**
     * Builds the site once, then serves and watches it; prints {@code Serving <source> at <address>}.
     *
     * @param builders makes the builder for the preview's request (the place for an incremental builder)
     * @throws java.net.BindException when the port is taken
     * @throws BuildRequestException  when the engine refuses the request (no content folder, unsafe output)
     * @throws IOException            when a file cannot be read or written
     */
    public static PreviewServer start(ServeOptions options, Function<BuildRequest, SiteBuilder> builders,
            PrintWriter out, PrintWriter err) throws IOException {
        if (!Files.isDirectory(options.source())) {
            throw new BuildRequestException(Message.of("build.source.missing", options.source()));
        }
        // bound first: a taken port is reported before any work is done
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), options.port()), 0);
        Path temporary = null;
        PreviewServer server = null;
        try {
            if (options.output().isEmpty()) {
                temporary = ScratchFolder.create("gazette-serve-");
            }
            Path output = (temporary == null ? options.output().orElseThrow() : temporary.resolve("site"))
                    .toAbsolutePath().normalize();
            server = new PreviewServer(http, output, Optional.ofNullable(temporary), options, builders, out, err);
            server.begin(options, out);
            return server;
        } catch (IOException | RuntimeException e) {
            if (server != null) {
                server.close();
            } else {
                http.stop(0);
                if (temporary != null) {
                    ScratchFolder.delete(temporary);
                }
            }
            throw e;
        }
    }

    private void begin(ServeOptions options, PrintWriter out) throws IOException {
        started.add(live);
        started.add(rebuilder);
        List<Path> watched = new ArrayList<>();
        watched.add(options.source());
        options.watchedTheme().ifPresent(watched::add);
        // watching starts before the first build, so that a change saved during it is not missed
        // the builder is told of every changed path, so that a rebuild looks again only at those
        builder.watching();
        started.add(SiteWatcher.start(watched, path -> path.toAbsolutePath().normalize().startsWith(output), QUIET,
                rebuilder::request, err::println, new SiteWatcher.Journal() {
                    @Override
                    public void changed(Path path) {
                        builder.changed(path);
                    }

                    @Override
                    public void lost() {
                        builder.changesLost();
                    }
                }));
        rebuilder.first();
        http.setExecutor(httpThreads);
        guard(http.createContext("/", new FileHandler(output, this::scriptTag)));
        guard(http.createContext(PREFIX, this::answerOwn));
        http.start();
        out.println("Serving " + options.source() + " at " + address + " (Ctrl+C to stop)");
    }

    private void guard(HttpContext context) {
        context.getFilters().add(new LoopbackHosts(address.getPort()));
    }

    /** The tag put into every page; it carries the build the page comes from, so a page served late still reloads. */
    private String scriptTag() {
        return "<script src=\"" + PREFIX + "reload.js\" data-build=\"" + rebuilder.status().build() + "\"></script>";
    }

    private void built(BuildStatus status) {
        if (status.ok()) {
            live.reload(status);
        } else {
            live.problems(status);
        }
    }

    /** {@code /_gazette/...}: the event stream, the status and the script. */
    private void answerOwn(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        String method = exchange.getRequestMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            try (exchange) {
                FileHandler.refuseMethod(exchange);
            }
            return;
        }
        String path = exchange.getRequestURI().getRawPath();
        if (path.equals(PREFIX + "events") && method.equals("GET")) {
            live.connect(exchange); // stays open; LiveReload closes it
            return;
        }
        try (exchange) {
            if (path.equals(PREFIX + "status")) {
                send(exchange, "application/json; charset=utf-8", rebuilder.status().toJson());
            } else if (path.equals(PREFIX + "reload.js")) {
                send(exchange, "text/javascript; charset=utf-8", reloadScript);
            } else {
                exchange.sendResponseHeaders(404, -1);
            }
        }
    }

    private static void send(HttpExchange exchange, String type, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        if (exchange.getRequestMethod().equals("HEAD")) {
            exchange.getResponseHeaders().set("Content-Length", Integer.toString(bytes.length));
            exchange.sendResponseHeaders(200, -1);
            return;
        }
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream body = exchange.getResponseBody()) {
            body.write(bytes);
        }
    }

    /** The address pages are served at, such as {@code http://127.0.0.1:1313/}. */
    public URI address() {
        return address;
    }

    /** The folder the site is built into and served from. */
    public Path output() {
        return output;
    }

    BuildStatus status() {
        return rebuilder.status();
    }

    int liveConnections() {
        return live.connectionCount();
    }

    /** Waits until {@link #close} has finished. */
    public void awaitClose() throws InterruptedException {
        closed.await();
    }

    /** Stops watching, building and serving, then deletes the temporary output folder, if there is one. */
    @Override
    public void close() {
        if (!closing.compareAndSet(false, true)) {
            return;
        }
        try {
            for (int i = started.size() - 1; i >= 0; i--) {
                closeQuietly(started.get(i));
            }
            http.stop(0);
            httpThreads.shutdownNow();
            if (temporary.isPresent()) {
                ScratchFolder.delete(temporary.get());
            }
        } catch (IOException | UncheckedIOException e) {
            err.println("gazette: could not delete the temporary folder " + temporary.orElseThrow() + ": " + e.getMessage());
        } finally {
            closed.countDown();
        }
    }

    private void closeQuietly(AutoCloseable part) {
        try {
            part.close();
        } catch (Exception e) { // AutoCloseable declares Exception; the parts here throw IOException at most
            err.println("gazette: while stopping: " + e.getMessage());
        }
    }

    /** Daemon threads with a name, so that a stack dump says whose they are and they never keep the JVM alive. */
    static ThreadFactory daemonThreads(String name) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
