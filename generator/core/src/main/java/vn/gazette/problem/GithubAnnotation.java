package vn.gazette.problem;

import java.nio.file.Path;

/**
 * Problems as GitHub Actions workflow commands, so that a pull request shows each one on its line:
 * {@code ::error file=content/articles/x.md,line=3,col=7::'date' is not a date ...}. Escaped as GitHub's
 * toolkit does: {@code %}, CR and LF in the message, and also {@code :} and {@code ,} in the properties. Stateless
 * and thread-safe.
 */
public final class GithubAnnotation {

    private GithubAnnotation() {
    }

    /**
     * One problem as one line ({@code ::error ...} or {@code ::warning ...}), its message in the site's language.
     *
     * @param base     the folder paths are relative to: the repository's top, where the workflow runs
     * @param language {@code vi} or {@code en}
     */
    public static String format(Problem problem, Path base, String language) {
        SourcePosition where = problem.where();
        StringBuilder line = new StringBuilder("::").append(problem.severity().label())
                .append(" file=").append(property(SourcePosition.of(where.file()).display(base)));
        if (where.line() > 0) {
            line.append(",line=").append(where.line());
            if (where.column() > 0) {
                line.append(",col=").append(where.column());
            }
        }
        // the message as Problem.format words it (the page being rendered included), without the position
        String formatted = problem.format(base, language);
        String prefix = where.display(base) + ": " + problem.severity().label() + ": ";
        String message = formatted.startsWith(prefix) ? formatted.substring(prefix.length()) : problem.message();
        return line.append("::").append(data(message)).toString();
    }

    /** A message: {@code %}, CR and LF escaped. */
    static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** A property value: as a message, and {@code :} and {@code ,} too. */
    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
