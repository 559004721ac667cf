package vn.gazette;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.gazette.problem.Message;
import vn.gazette.problem.Problem;

/**
 * What a build did: pages and files written, every problem found (sorted by file and line), and the time each
 * stage took. A build with errors published nothing. Immutable.
 *
 * @param pages    HTML pages rendered
 * @param files     files in the published folder (pages, static files, assets)
 * @param unchanged of those, files whose bytes did not change since the last build and were left untouched
 * @param problems  errors and warnings, sorted by file, line and column
 * @param timings   wall time per stage, in pipeline order
 * @param language  the site's language ({@code vi} or {@code en}): the language to print problems in
 */
public record BuildResult(int pages, int files, int unchanged, List<Problem> problems, Map<String, Duration> timings,
        String language) {

    /** A result in which no file was carried over from an earlier build, for a Vietnamese site. */
    public BuildResult(int pages, int files, List<Problem> problems, Map<String, Duration> timings) {
        this(pages, files, 0, problems, timings, "vi");
    }

    /** The problems as {@code path:line:column: severity: message} lines in the site's language. */
    public List<String> messages(java.nio.file.Path base) {
        return problems.stream().map(p -> p.format(base, language)).toList();
    }

    public BuildResult {
        problems = List.copyOf(problems);
        Objects.requireNonNull(timings, "timings");
        timings = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(timings));
        Objects.requireNonNull(language, "language");
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    public long errorCount() {
        return problems.stream().filter(Problem::isError).count();
    }

    public long warningCount() {
        return problems.size() - errorCount();
    }

    /**
     * The counts that end a report, in the site's language: {@code 3 errors, 1 warning in 2 files} or
     * {@code 3 lỗi, 1 cảnh báo trong 2 tệp}; {@code No problems.} or {@code Không có lỗi.} when there are none.
     */
    public String summary() {
        return summaryText().text(language);
    }

    /** The same counts as a message, to print in any language. */
    public Message summaryText() {
        if (problems.isEmpty()) {
            return Message.of("build.summary.none");
        }
        long errors = errorCount();
        long warnings = warningCount();
        long files = problems.stream().map(p -> p.where().file()).distinct().count();
        Message errorCount = errors == 1 ? Message.of("build.summary.error", errors)
                : Message.of("build.summary.errors", errors);
        Message warningCount = warnings == 1 ? Message.of("build.summary.warning", warnings)
                : Message.of("build.summary.warnings", warnings);
        Message fileCount = files == 1 ? Message.of("build.summary.file", files) : Message.of("build.summary.files", files);
        if (errors > 0 && warnings > 0) {
            return Message.of("build.summary.errors-and-warnings", errorCount, warningCount, fileCount);
        }
        return Message.of("build.summary.counts", errors > 0 ? errorCount : warningCount, fileCount);
    }

    public Duration total() {
        return timings.values().stream().reduce(Duration.ZERO, Duration::plus);
    }
}
