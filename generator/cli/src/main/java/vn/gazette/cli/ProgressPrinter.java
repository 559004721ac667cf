package vn.gazette.cli;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import vn.gazette.BuildListener;
import vn.gazette.StageReport;

/**
 * Prints a build's progress: a plain line per stage as it finishes ({@code content: 10000 articles in 1.80 s}), and
 * on an interactive terminal a one-line progress bar while pages are rendered, redrawn at most five times a
 * second and wiped before the next line. Thread-safe: workers report progress concurrently.
 */
final class ProgressPrinter implements BuildListener {

    private static final long REDRAW_NANOS = 200_000_000L;
    private static final int WIDTH = 30;

    private final PrintWriter out;
    private final PrintWriter bar;
    private final boolean drawBar;
    private final LongSupplier ticker;
    private final AtomicLong lastDraw;
    private boolean barShown;

    /**
     * @param out     where stage lines go
     * @param bar     where the bar is drawn (the error stream, so that redirected output stays plain)
     * @param drawBar whether to draw it: only for a person at a terminal
     */
    ProgressPrinter(PrintWriter out, PrintWriter bar, boolean drawBar) {
        this(out, bar, drawBar, System::nanoTime);
    }

    /** @param ticker nanoseconds, for the pace of redrawing */
    ProgressPrinter(PrintWriter out, PrintWriter bar, boolean drawBar, LongSupplier ticker) {
        this.out = out;
        this.bar = bar;
        this.drawBar = drawBar;
        this.ticker = ticker;
        this.lastDraw = new AtomicLong(ticker.getAsLong() - REDRAW_NANOS);
    }

    @Override
    public synchronized void stageFinished(StageReport report) {
        wipe();
        out.println(report.line());
        out.flush();
    }

    @Override
    public void progress(String stage, long done, long total) {
        if (!drawBar || total <= 0) {
            return;
        }
        long now = ticker.getAsLong();
        long last = lastDraw.get();
        if (now - last < REDRAW_NANOS || !lastDraw.compareAndSet(last, now)) {
            return;
        }
        synchronized (this) {
            int filled = (int) (WIDTH * Math.min(done, total) / total);
            bar.print("\r" + stage + " [" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total);
            bar.flush();
            barShown = true;
        }
    }

    private void wipe() {
        if (barShown) {
            bar.print("\r" + " ".repeat(WIDTH + 40) + "\r");
            bar.flush();
            barShown = false;
        }
    }
}
