package vn.gazette.problem;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * Something wrong with the input, found by one stage of the build.
 *
 * <p>The message says what is wrong and what to write instead; it never carries a stack trace. Printed as
 * {@code content/articles/x.md:3:7: error: 'date' is not a date ...}. A problem in a template also names the
 * page being rendered: {@code themes/default/templates/article.ftlh:12:5: error: ... (rendering
 * content/articles/x.md and 3 other pages)}. Immutable and thread-safe.
 *
 * @param severity   whether the build fails
 * @param where      the file, line and column the editor has to look at
 * @param stage      the pipeline stage that found it (source, content, site, render, transform, publish)
 * @param message    plain words, with the fix where one is known
 * @param page       the content file whose page was being made when a theme problem showed up
 * @param otherPages how many other pages the same problem broke
 */
public record Problem(Severity severity, SourcePosition where, String stage, Message text, Optional<Path> page,
        int otherPages) {

    /** Sorted by file, line, column, then errors before warnings: the order the build prints them in. */
    public static final Comparator<Problem> ORDER = Comparator.comparing(Problem::where)
            .thenComparing(Problem::severity)
            .thenComparing(Problem::message);

    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(page, "page");
    }

    public Problem(Severity severity, SourcePosition where, String stage, Message text) {
        this(severity, where, stage, text, Optional.empty(), 0);
    }

    public static Problem error(SourcePosition where, String stage, Message text) {
        return new Problem(Severity.ERROR, where, stage, text);
    }

    public static Problem warning(SourcePosition where, String stage, Message text) {
        return new Problem(Severity.WARNING, where, stage, text);
    }

    /** The message in English, the reference wording. */
    public String message() {
        return text.english();
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The same problem, noting the page being rendered and how many other pages it also broke. */
    public Problem onPage(Path rendering, int others) {
        return new Problem(severity, where, stage, text, Optional.of(rendering), others);
    }

    /** {@code path:line:column: error: message}, the paths relative to {@code base} where possible. */
    public String format(Path base) {
        return format(base, "en");
    }

    /**
     * The same, with the message and the note about the page being rendered in the site's language ({@code vi} or
     * {@code en}, see {@link Catalog}); the words "error" and "warning" stay in English, as compilers print them
     * and as CI tools look for them.
     */
    public String format(Path base, String language) {
        String line = where.display(base) + ": " + severity.label() + ": " + text.text(language);
        if (page.isPresent()) {
            String rendering = SourcePosition.of(page.get()).display(base);
            Message note = otherPages == 0 ? Message.of("render.note.rendering", rendering)
                    : otherPages == 1 ? Message.of("render.note.rendering.one-other", rendering, otherPages)
                    : Message.of("render.note.rendering.others", rendering, otherPages);
            line += " " + note.text(language);
        }
        return line;
    }

    /** Formatted relative to the working directory. */
    @Override
    public String toString() {
        return format(Path.of("").toAbsolutePath());
    }
}
