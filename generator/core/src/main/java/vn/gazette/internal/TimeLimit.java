package vn.gazette.internal;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs work that may not end in reasonable time (Flexmark takes exponential time on some crafted inputs, such as
 * a {@code [} followed by dozens of backslash escapes and a reference definition) on a thread of its own, and
 * gives up after a limit.
 *
 * <p>A thread that overruns is stopped with {@code Thread.stop}, the one tool the JVM has for code that never
 * looks at interrupts; that thread runs nothing else, so no other work sees its state. On JVMs where
 * {@code Thread.stop} no longer works (Java 20 and later) the thread is left to finish on its own, as a daemon;
 * the build still goes on. Threads are reused between calls and have deep stacks for recursive parsers.
 * Thread-safe.
 */
public final class TimeLimit implements AutoCloseable {

    private static final long STACK_BYTES = 16L * 1024 * 1024;

    private final ExecutorService threads;
    private final Duration limit;

    public TimeLimit(Duration limit) {
        this.limit = limit;
        AtomicInteger count = new AtomicInteger();
        this.threads = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(null, runnable, "gazette-limited-" + count.incrementAndGet(), STACK_BYTES);
            thread.setDaemon(true);
            return thread;
        });
    }

    public Duration limit() {
        return limit;
    }

    /**
     * The work's result, or empty when it took longer than the limit.
     *
     * @throws ExecutionException when the work itself threw
     */
    public <T> Optional<T> run(Callable<T> work) throws ExecutionException {
        AtomicReference<Thread> runner = new AtomicReference<>();
        Future<T> future = threads.submit(() -> {
            runner.set(Thread.currentThread());
            return work.call();
        });
        try {
            return Optional.ofNullable(future.get(limit.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            future.cancel(true);
            stop(runner.get());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            return Optional.empty();
        }
    }

    @SuppressWarnings({"deprecation", "removal"})
    private static void stop(Thread thread) {
        if (thread == null) {
            return;
        }
        try {
            thread.stop();
        } catch (UnsupportedOperationException e) {
            // Java 20+: the daemon thread finishes on its own; nothing else runs on it
        }
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}
