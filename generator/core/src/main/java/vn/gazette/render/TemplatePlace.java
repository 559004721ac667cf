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

    /**
     * A template's name and a 1-based position in it: of the instruction that wrote the character.
     *
     * @param before what that instruction wrote before the character (the template's text itself when the
     *               instruction is static text), so the position can be made exact within a block of text
     */
    record Place(String name, int line, int column, String before) {

        /**
         * The exact position of the character in the template's {@code source}: when the instruction is static text,
         * the characters it wrote before are the template's own, so the position moves past them.
         */
        Place within(String source) {
            int start = offset(source, line, column);
            if (start < 0 || before.isEmpty() || !source.startsWith(before, start)) {
                return this;
            }
            int newlines = (int) before.chars().filter(c -> c == '\n').count();
            int column = newlines == 0 ? this.column + before.length() : before.length() - before.lastIndexOf('\n');
            return new Place(name, line + newlines, column, "");
        }

        private static int offset(String source, int line, int column) {
            int at = 0;
            for (int i = 1; i < line; i++) {
                at = source.indexOf('\n', at) + 1;
                if (at == 0) {
                    return -1;
                }
            }
            int end = source.indexOf('\n', at);
            int offset = at + column - 1;
            return offset <= (end < 0 ? source.length() : end) && source.substring(at, offset).indexOf('\t') < 0
                    ? offset : -1;
        }
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
        if (found == null && written + length > offset) {
            found = place(new String(buffer, off, (int) (offset - written)));
        }
        written += length;
    }

    @Override
    public void write(String text, int off, int length) {
        if (found == null && written + length > offset) {
            found = place(text.substring(off, off + (int) (offset - written)));
        }
        written += length;
    }

    @Override
    public void write(int c) {
        if (found == null && written + 1 > offset) {
            found = place("");
        }
        written++;
    }

    private static Place place(String before) {
        Environment environment = Environment.getCurrentEnvironment();
        if (environment == null) {
            return null;
        }
        StringWriter stack = new StringWriter();
        environment.outputInstructionStack(new PrintWriter(stack));
        Matcher matcher = WHERE.matcher(stack.toString());
        return matcher.find() ? new Place(matcher.group(1), Integer.parseInt(matcher.group(2)),
                Integer.parseInt(matcher.group(3)), before) : null;
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
