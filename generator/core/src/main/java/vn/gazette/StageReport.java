package vn.gazette;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * What one stage of a build did, for progress lines such as {@code content: 10000 articles in 1.80 s}. Immutable.
 *
 * @param stage  the stage (source, content, site, render, publish)
 * @param count  how many items it handled
 * @param noun   what the items are, in the singular ({@code article}); the plural adds an s
 * @param detail more about them, or empty (e.g. {@code 2 drafts, 1 scheduled left out})
 * @param time   how long the stage took
 */
public record StageReport(String stage, long count, String noun, String detail, Duration time) {

    public StageReport {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(noun, "noun");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(time, "time");
    }

    /** {@code content: 10000 articles in 1.80 s}, or {@code site: 12 articles (1 draft left out) in 0.01 s}. */
    public String line() {
        return stage + ": " + count + " " + noun + (count == 1 ? "" : "s") + (detail.isEmpty() ? "" : " (" + detail + ")")
                + " in " + seconds(time);
    }

    /** {@code 1.80 s}: the way every Gazette adapter prints a duration. */
    public static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.2f s", duration.toNanos() / 1e9);
    }
}
