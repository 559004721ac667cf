package vn.gazette.cli.serve;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import vn.gazette.BuildRequestException;
import vn.gazette.BuildResult;

/**
 * Runs the builds of a preview, one at a time on a thread of its own, prints one line about each, and keeps the
 * {@link BuildStatus} of the last one. Changes that arrive while a build runs schedule exactly one more build,
 * however many they are: that build sees them all.
 *
 * <p>A failed build leaves the previous site in place (the engine publishes nothing on errors), so the preview
 * goes on serving the last good site. Thread-safe: {@link #request} may be called from any thread.
 */
final class Rebuilder implements AutoCloseable {

    private final SiteBuilder builder;
    private final Consumer<BuildStatus> listener;
    private final PrintWriter out;
    private final PrintWriter err;
    private final Path base = Path.of("").toAbsolutePath();
    private final ExecutorService thread = Executors.newSingleThreadExecutor(PreviewServer.daemonThreads("gazette-rebuild"));
    private final AtomicBoolean queued = new AtomicBoolean();
    private final AtomicReference<BuildStatus> status;
    private volatile boolean closed;

    /**
     * @param hasSite  whether the output folder already holds a site from an earlier run, served until a build
     *                 succeeds
     * @param listener told of each completed build, on the build thread
     */
    Rebuilder(SiteBuilder builder, boolean hasSite, Consumer<BuildStatus> listener, PrintWriter out, PrintWriter err) {
        this.builder = builder;
        this.listener = listener;
        this.out = out;
        this.err = err;
        this.status = new AtomicReference<>(new BuildStatus(0, true, List.of(), hasSite));
    }

    BuildStatus status() {
        return status.get();
    }

    /**
     * Runs the first build and waits for it. Unlike later builds, a request the engine refuses (an output folder
     * holding other files, say) or a failure to read or write is thrown: the server should not start.
     */
    BuildStatus first() throws IOException {
        Future<BuildStatus> done = thread.submit(() -> record(timed(), "Built"));
        try {
            return done.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while building the site", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** Asks for a build after a change; returns at once. */
    void request() {
        if (closed || !queued.compareAndSet(false, true)) {
            return;
        }
        try {
            thread.execute(this::rebuild);
        } catch (RejectedExecutionException e) {
            // closed meanwhile: the server is stopping and nothing needs building
            queued.set(false);
        }
    }

    private void rebuild() {
        // cleared before building: a change arriving from now on needs a build after this one
        queued.set(false);
        try {
            record(timed(), "Rebuilt");
        } catch (BuildRequestException e) {
            fail(List.of("gazette: " + e.localized()));
        } catch (IOException | UncheckedIOException e) {
            fail(List.of("gazette: cannot read or write a file: " + e.getMessage()));
        } catch (RuntimeException e) {
            fail(List.of("gazette: internal error: " + e + " (a bug in Gazette; please report it with the change you made)"));
        }
    }

    private record Timed(BuildResult result, Duration time) {
    }

    private Timed timed() throws IOException {
        long started = System.nanoTime();
        BuildResult result = builder.build();
        return new Timed(result, Duration.ofNanos(System.nanoTime() - started));
    }

    private BuildStatus record(Timed build, String verb) {
        BuildResult result = build.result();
        List<String> problems = result.problems().stream().map(p -> p.format(base, result.language())).toList();
        BuildStatus next = status.get().next(!result.hasErrors(), problems);
        if (!closed) {
            problems.forEach(err::println);
            if (result.hasErrors()) {
                err.println("Build failed: " + count(result.errorCount(), "error") + (next.hasSite()
                        ? "; still serving the last good site." : "; there is no site to serve until they are fixed."));
            } else {
                out.println(verb + " in " + seconds(build.time()) + " (" + count(result.pages(), "page")
                        + (result.warningCount() > 0 ? ", " + count(result.warningCount(), "warning") : "") + ")");
            }
        }
        publish(next);
        return next;
    }

    private void fail(List<String> problems) {
        BuildStatus next = status.get().next(false, problems);
        if (!closed) {
            problems.forEach(err::println);
            err.println("Build failed" + (next.hasSite() ? "; still serving the last good site." : "."));
        }
        publish(next);
    }

    /**
     * Only the build thread changes the status, and only after printing: whoever sees a build in the status also
     * finds its lines on the console.
     */
    private void publish(BuildStatus next) {
        status.set(next);
        if (!closed) {
            listener.accept(next);
        }
    }

    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.2f s", duration.toNanos() / 1e9);
    }

    /** Stops taking builds and waits a little for a running one, which writes into the folder about to be deleted. */
    @Override
    public void close() {
        closed = true;
        thread.shutdownNow();
        try {
            if (!thread.awaitTermination(10, TimeUnit.SECONDS)) {
                err.println("gazette: a build was still running when the server stopped");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
