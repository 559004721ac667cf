package vn.gazette;

/**
 * Told how a build goes, for progress reports on long builds: a line per stage as it finishes, and the pages
 * rendered so far. Every method has a default that does nothing, so a listener implements only what it shows.
 *
 * <p>Implementations must be thread-safe: {@link #progress} is called from the build's worker threads, at any
 * rate; a listener that draws something should throttle itself. A listener must not throw.
 */
public interface BuildListener {

    /** The default: says nothing. */
    BuildListener SILENT = new BuildListener() {
    };

    /** A stage has finished (called on the thread that called {@link Generator#build}). */
    default void stageFinished(StageReport report) {
    }

    /**
     * Work done so far in a stage that handles many items (today: {@code render}).
     *
     * @param done  items done, at most {@code total}
     * @param total items the stage will handle
     */
    default void progress(String stage, long done, long total) {
    }
}
