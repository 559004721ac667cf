package vn.gazette.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Runs work that may not end in reasonable time (Flexmark takes exponential time on some crafted inputs, such as
 * a {@code [} followed by dozens of backslash escapes and a reference definition) on a thread of its own, and
 * gives up after a limit.
 *
 * <p>A thread that overruns is stopped with {@code Thread.stop}, the one tool the JVM has for code that never
 * looks at interrupts; that thread runs nothing else, so no other work sees its state. On JVMs where
 * {@code Thread.stop} no longer works (Java 20 and later) the thread is left to finish on its own, as a daemon;
 * the build still goes on. Threads are reused between calls and have deep stacks for recursive parsers. A build
 * hands its workers' article bodies over a batch at a time ({@link #runEach}). Thread-safe.
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
        return runEach(List.of(work)).get(0);
    }

    /**
     * The results of several pieces of work, run one after the other on a thread of the limit's, each given up when it
     * takes longer than the limit (its result empty, its thread stopped; the pieces after it go on in a new turn,
     * handed over again). One hand-over for all of them, where {@link #run} hands over each: a hand-over wakes the
     * limit's thread and then the caller, and on these machines' virtual processors, which halt when they have
     * nothing to run, one per article left 4.3 s of the two processors' 29 s idle in a cold 10,000-article build.
     *
     * @throws ExecutionException when a piece of work itself threw (the pieces after it are not run)
     */
    public <T> List<Optional<T>> runEach(List<? extends Callable<T>> work) throws ExecutionException {
        AtomicReferenceArray<Optional<T>> results = new AtomicReferenceArray<>(work.size());
        long most = limit.toNanos();
        int from = 0;
        while (from < work.size()) {
            Turn turn = new Turn(from);
            Future<?> future = threads.submit(() -> {
                turn.runner = Thread.currentThread();
                for (int i = turn.item.get(); i >= 0 && i < work.size(); i++) {
                    results.set(i, Optional.ofNullable(work.get(i).call()));
                    turn.started = System.nanoTime(); // the next piece's start, before it is taken
                    if (!turn.item.compareAndSet(i, i + 1)) {
                        break; // given up on: the pieces after it went to a new turn
                    }
                }
                return null;
            });
            from = await(turn, future, most, work.size());
        }
        List<Optional<T>> all = new ArrayList<>(work.size());
        for (int i = 0; i < work.size(); i++) {
            all.add(results.get(i) == null ? Optional.empty() : results.get(i));
        }
        return all;
    }

    /** Waits for a turn of {@link #runEach} to end or overrun; where the next turn starts (the end when none). */
    private static int await(Turn turn, Future<?> future, long most, int size) throws ExecutionException {
        while (true) {
            int item = turn.item.get();
            long left = turn.started + most - System.nanoTime();
            if (left <= 0 && item >= 0 && turn.item.compareAndSet(item, Turn.GIVEN_UP)) {
                future.cancel(true);
                stop(turn.runner);
                return item + 1;
            }
            try {
                future.get(Math.max(left, TimeUnit.MILLISECONDS.toNanos(1)), TimeUnit.NANOSECONDS);
                return size;
            } catch (TimeoutException e) {
                // look at the turn again: the piece that was running may have ended
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                turn.item.set(Turn.GIVEN_UP);
                future.cancel(true);
                return size;
            }
        }
    }

    /**
     * One thread's run through the pieces of {@link #runEach}: the piece it is on (taken by compare-and-set, so that
     * the thread and the caller who gives up on it agree on which piece that was) and when that piece began (written
     * before the piece is taken, so never earlier than its start: a piece is given up late, never early).
     */
    private static final class Turn {
        static final int GIVEN_UP = -1;

        final AtomicInteger item;
        volatile long started = System.nanoTime();
        volatile Thread runner;

        Turn(int first) {
            this.item = new AtomicInteger(first);
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
