package vn.gazette.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * A piece of file work done on a thread of its own while the build goes on (a cache file read beside the source
 * scan, the search index written while the output folder is updated); {@link #get} waits for it and throws what it
 * threw. The thread is a daemon: work nobody asks for (a build that stops early) is left to end by itself.
 *
 * @param <T> what the work gives
 */
public final class Aside<T> {

    private final FutureTask<T> task;

    private Aside(Callable<T> work) {
        this.task = new FutureTask<>(work);
    }

    /** Starts {@code work} on a new daemon thread of this name. */
    public static <T> Aside<T> start(String name, Callable<T> work) {
        Aside<T> aside = new Aside<>(work);
        Thread thread = new Thread(aside.task, name);
        thread.setDaemon(true);
        thread.start();
        return aside;
    }

    /**
     * Waits for work that was writing {@code file}, whether it succeeded or not, then deletes the file: what it wrote
     * is not to be kept (a file beside the build cache's, which the next write replaces if it cannot be deleted).
     */
    public void discard(Path file) {
        try {
            get();
        } catch (IOException | RuntimeException e) {
            // deleted below either way
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // left beside the cache's file, never read: the next write replaces it
        }
    }

    /**
     * Waits for the work and gives its result. The work is short file work, so an interrupt does not cut the wait
     * short (that could leave a file half-written under a caller who thinks it done): it is passed on afterwards.
     */
    public T get() throws IOException {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
