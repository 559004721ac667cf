package vn.gazette.render;

import freemarker.core.Environment;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A writer that throws the page away and remembers which template instruction wrote the character at one offset:
 * FreeMarker's instruction stack at that moment, read through its public {@code outputInstructionStack}. Not
 * thread-safe; one per page rendered again.
 */
final class TemplatePlace extends Writer {

    /** A template's name and a 1-based position in it. */
    record Place(String name, int line, int column) {
    }

    private static final Pattern WHERE = Pattern.compile("in template \"([^\"]+)\" at line (\\d+), column (\\d+)");

    private final int offset;
    private long written;
    private Place found;

    TemplatePlace(int offset) {
        this.offset = offset;
    }

    Optional<Place> found() {
        return Optional.ofNullable(found);
    }

    @Override
    public void write(char[] buffer, int off, int length) {
        advance(length);
    }

    @Override
    public void write(String text, int off, int length) {
        advance(length);
    }

    @Override
    public void write(int c) {
        advance(1);
    }

    private void advance(int length) {
        if (found == null && written + length > offset) {
            found = place();
        }
        written += length;
    }

    private static Place place() {
        Environment environment = Environment.getCurrentEnvironment();
        if (environment == null) {
            return null;
        }
        StringWriter stack = new StringWriter();
        environment.outputInstructionStack(new PrintWriter(stack));
        Matcher matcher = WHERE.matcher(stack.toString());
        return matcher.find() ? new Place(matcher.group(1), Integer.parseInt(matcher.group(2)),
                Integer.parseInt(matcher.group(3))) : null;
    }

    @Override
    public void flush() {
        // nothing is kept
    }

    @Override
    public void close() {
        // nothing is kept
    }
}
