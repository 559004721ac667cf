package vn.gazette.problem;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.Objects;

/**
 * Something wrong with the input, found by one stage of the build.
 *
 * <p>The message says what is wrong and what to write instead; it never carries a stack trace. Printed as
 * {@code content/articles/x.md:3:7: error: 'date' is not a date ...}. Immutable and thread-safe.
 *
 * @param severity whether the build fails
 * @param where    the file, line and column the editor has to look at
 * @param stage    the pipeline stage that found it (source, content, site, render, transform, publish)
 * @param message  plain words, with the fix where one is known
 */
public record Problem(Severity severity, SourcePosition where, String stage, String message) {

    /** Sorted by file, line, column, then errors before warnings: the order the build prints them in. */
    public static final Comparator<Problem> ORDER = Comparator.comparing(Problem::where)
            .thenComparing(Problem::severity)
            .thenComparing(Problem::message);

    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(message, "message");
    }

    public static Problem error(SourcePosition where, String stage, String message) {
        return new Problem(Severity.ERROR, where, stage, message);
    }

    public static Problem warning(SourcePosition where, String stage, String message) {
        return new Problem(Severity.WARNING, where, stage, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code path:line:column: error: message}, the path relative to {@code base} where possible. */
    public String format(Path base) {
        return where.display(base) + ": " + severity.label() + ": " + message;
    }

    /** Formatted relative to the working directory. */
    @Override
    public String toString() {
        return format(Path.of("").toAbsolutePath());
    }
}
