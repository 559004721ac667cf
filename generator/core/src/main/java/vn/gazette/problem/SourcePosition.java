package vn.gazette.problem;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A place in a file: 1-based line and column, as editors count them.
 *
 * <p>Libraries count differently (SnakeYAML and Flexmark from 0, FreeMarker from 1); every stage converts
 * to this record once, so that a message always reads {@code file:line:column}. A line or column of 0
 * means "unknown" and is left out when printed. Immutable and thread-safe.
 */
public record SourcePosition(Path file, int line, int column) implements Comparable<SourcePosition> {

    public SourcePosition {
        Objects.requireNonNull(file, "file");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column are 1-based or 0 for unknown: " + line + ":" + column);
        }
    }

    /** The whole file, when no line is known. */
    public static SourcePosition of(Path file) {
        return new SourcePosition(file, 0, 0);
    }

    public static SourcePosition of(Path file, int line, int column) {
        return new SourcePosition(file, line, column);
    }

    /** The same position in another file, for messages that chain through an included file. */
    public SourcePosition withLineOffset(int lines) {
        return line == 0 ? this : new SourcePosition(file, line + lines, column);
    }

    /** Prints as {@code path:line:column}, the path relative to {@code base} when it lies below it. */
    public String display(Path base) {
        Path shown = file;
        Path absolute = file.toAbsolutePath().normalize();
        if (absolute.startsWith(base)) {
            shown = base.relativize(absolute);
        }
        String text = shown.toString().replace('\\', '/');
        if (line > 0) {
            text += ":" + line;
            if (column > 0) {
                text += ":" + column;
            }
        }
        return text;
    }

    @Override
    public int compareTo(SourcePosition other) {
        int byFile = file.toString().compareTo(other.file.toString());
        if (byFile != 0) {
            return byFile;
        }
        int byLine = Integer.compare(line, other.line);
        return byLine != 0 ? byLine : Integer.compare(column, other.column);
    }

    @Override
    public String toString() {
        return display(Path.of("").toAbsolutePath());
    }
}
