package vn.gazette.content;

/**
 * A body's text as Flexmark reads it, which gives up once a deadline has passed. Flexmark's slow inputs (exponential
 * for a {@code [} and dozens of backslash escapes, quadratic for thousands of {@code [a](} or backticks) all spend
 * their time reading the text over and over: every read counts down, and every few thousand the clock is looked at,
 * so the conversion stops on the thread that runs it, without handing it to another thread and waiting. One
 * conversion at a time; not thread-safe.
 */
final class TimedText implements CharSequence {

    /** Reads between two looks at the clock: a few microseconds of Flexmark's work. */
    private static final int READS_PER_LOOK = 4096;

    private final String text;
    private final long deadline;
    private int reads = READS_PER_LOOK;

    /** @param deadline a {@link System#nanoTime()} after which a read throws {@link Expired} */
    TimedText(String text, long deadline) {
        this.text = text;
        this.deadline = deadline;
    }

    @Override
    public char charAt(int index) {
        if (--reads < 0) {
            look();
        }
        return text.charAt(index);
    }

    private void look() {
        reads = READS_PER_LOOK;
        if (System.nanoTime() - deadline > 0) {
            throw new Expired();
        }
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return text.substring(start, end);
    }

    @Override
    public String toString() {
        return text;
    }

    /** Thrown by a read after the deadline; without a stack trace, as it is expected and caught. */
    static final class Expired extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Expired() {
            super("the deadline has passed", null, false, false);
        }
    }
}
