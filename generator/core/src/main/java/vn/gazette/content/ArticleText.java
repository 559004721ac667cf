package vn.gazette.content;

import java.util.Optional;
import vn.gazette.problem.Message;

/**
 * An article file split into its front matter and its Markdown body.
 *
 * @param frontMatter   the YAML between the {@code ---} lines
 * @param bodyOffset    index in the file's text where the body starts
 * @param bodyFirstLine file line (1-based) of the body's first line
 */
public record ArticleText(String frontMatter, int bodyOffset, int bodyFirstLine) {

    /** Front matter starts on the file's second line, after the opening {@code ---}. */
    public static final int FRONT_MATTER_FIRST_LINE = 2;

    /** The reason a file could not be split, with where to look. */
    public record Failure(int line, Message text) {
        /** The reason in English. */
        public String message() {
            return text.english();
        }
    }

    /** Splits normalised text (LF line ends); the failure says what the editor should write. */
    public static SplitResult split(String text) {
        int openingEnd = text.indexOf('\n');
        String opening = openingEnd < 0 ? text : text.substring(0, openingEnd);
        // trailing spaces are allowed here as on the closing line: editors cannot see them
        if (!opening.stripTrailing().equals("---")) {
            return new SplitResult(Optional.empty(), Optional.of(new Failure(1,
                    Message.of("content.front.missing"))));
        }
        int frontMatterStart = openingEnd < 0 ? text.length() + 1 : openingEnd + 1;
        int lineStart = frontMatterStart;
        int line = 2;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            int end = lineEnd < 0 ? text.length() : lineEnd;
            String current = text.substring(lineStart, end).stripTrailing();
            if (current.equals("---") || current.equals("...")) {
                int bodyOffset = lineEnd < 0 ? text.length() : lineEnd + 1;
                return new SplitResult(Optional.of(new ArticleText(text.substring(frontMatterStart, lineStart), bodyOffset,
                        line + 1)), Optional.empty());
            }
            if (lineEnd < 0) {
                break;
            }
            lineStart = lineEnd + 1;
            line++;
        }
        return new SplitResult(Optional.empty(), Optional.of(new Failure(1,
                Message.of("content.front.unclosed"))));
    }

    /** Either the split text or the failure. */
    public record SplitResult(Optional<ArticleText> text, Optional<Failure> failure) {
    }

    public String body(String fileText) {
        return fileText.substring(bodyOffset);
    }
}
