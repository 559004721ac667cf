package vn.gazette.internal;

/**
 * Threads with stacks deep enough for Flexmark's recursive descent on deeply nested (but legal) Markdown: the
 * build's workers and the threads of a {@link TimeLimit}. Work that needs such a stack asks {@link #here()} whether
 * it has one, and otherwise hands itself to one.
 */
public final class DeepStack {

    /** Flexmark recurses per nesting level; 16 MiB keeps legal documents far from the limit. */
    static final long BYTES = 16L * 1024 * 1024;

    private DeepStack() {
    }

    /** A daemon thread with a deep stack. */
    static Thread thread(Runnable runnable, String name) {
        Thread thread = new Deep(runnable, name);
        thread.setDaemon(true);
        return thread;
    }

    /** Whether the calling thread has a deep stack (is one this class made). */
    public static boolean here() {
        return Thread.currentThread() instanceof Deep;
    }

    private static final class Deep extends Thread {
        Deep(Runnable runnable, String name) {
            super(null, runnable, name, BYTES);
        }
    }
}
