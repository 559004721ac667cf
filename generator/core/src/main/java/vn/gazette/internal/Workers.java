package vn.gazette.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fixed pool of worker threads for one build, with stacks deep enough for Flexmark's recursive descent on
 * deeply nested (but legal) Markdown. Work is handed out in small batches so that threads stay busy without
 * one task per file. Thread-safe; close it when the build ends.
 */
public final class Workers implements AutoCloseable {

    /** Flexmark recurses per nesting level; 16 MiB keeps legal documents far from the limit. */
    private static final long STACK_BYTES = 16L * 1024 * 1024;

    private final ExecutorService pool;
    private final int size;

    /** Work on one item; may throw I/O errors, which end the build. */
    @FunctionalInterface
    public interface Task<T> {
        void run(T item) throws IOException;
    }

    public Workers(int size) {
        this.size = size;
        AtomicInteger count = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(size, runnable -> {
            Thread thread = new Thread(null, runnable, "gazette-worker-" + count.incrementAndGet(), STACK_BYTES);
            thread.setDaemon(true);
            return thread;
        });
    }

    public int size() {
        return size;
    }

    /** Runs {@code task} on every item, in parallel, and waits for all of them. */
    public <T> void forEach(List<T> items, Task<T> task) throws IOException {
        forEachBatch(items, batch -> {
            for (T item : batch) {
                task.run(item);
            }
        });
    }

    /**
     * Runs {@code task} on every batch of the items (consecutive, in order, at most 64 each), in parallel, and waits
     * for all of them: for work that is cheaper done for several items at once.
     */
    public <T> void forEachBatch(List<T> items, Task<List<T>> task) throws IOException {
        if (items.isEmpty()) {
            return;
        }
        int batch = Math.max(1, Math.min(64, items.size() / (size * 8)));
        List<Future<?>> futures = new ArrayList<>();
        for (int start = 0; start < items.size(); start += batch) {
            List<T> slice = items.subList(start, Math.min(items.size(), start + batch));
            futures.add(pool.submit(() -> {
                try {
                    task.run(slice);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return null;
            }));
        }
        await(futures);
    }

    private static void await(List<Future<?>> futures) throws IOException {
        Throwable failure = null;
        for (Future<?> future : futures) {
            try {
                future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            } catch (ExecutionException e) {
                if (failure == null) {
                    failure = e.getCause();
                }
            }
        }
        if (failure instanceof UncheckedIOException io) {
            throw io.getCause();
        }
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        if (failure != null) {
            throw new IllegalStateException(failure);
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
