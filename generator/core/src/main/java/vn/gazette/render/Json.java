package vn.gazette.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * JSON written with Jackson's streaming generator, for JSON-LD in pages and for data exports. Inside HTML,
 * {@code <}, {@code >} and {@code &} are escaped as {@code \}{@code u003C} and so on, so that no value can close
 * the {@code <script>} element it sits in. Thread-safe: each call makes its own generator.
 */
final class Json {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    /** Writes one JSON value. */
    @FunctionalInterface
    interface Body {
        void write(JsonGenerator json) throws IOException;
    }

    private Json() {
    }

    /** Compact JSON safe to put inside {@code <script type="application/ld+json">}. */
    static String forHtml(Body body) {
        return write(body, true, false);
    }

    /** Indented JSON for a file of its own. */
    static String pretty(Body body) {
        return write(body, false, true);
    }

    private static String write(Body body, boolean htmlSafe, boolean pretty) {
        StringWriter out = new StringWriter(2048);
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            if (htmlSafe) {
                json.setCharacterEscapes(HtmlSafe.INSTANCE);
            }
            if (pretty) {
                DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                        .withSeparators(Separators.createDefaultInstance()
                                .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
                json.setPrettyPrinter(printer);
            }
            body.write(json);
        } catch (IOException e) {
            throw new UncheckedIOException("writing JSON to memory failed", e);
        }
        return pretty ? out + "\n" : out.toString();
    }

    /** Writes a string field only when there is a value. */
    static void field(JsonGenerator json, String name, String value) throws IOException {
        if (value != null && !value.isEmpty()) {
            json.writeStringField(name, value);
        }
    }

    /** Escapes the characters that could end a script element or start markup. */
    private static final class HtmlSafe extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        static final HtmlSafe INSTANCE = new HtmlSafe();
        private final int[] escapes;

        private HtmlSafe() {
            int[] table = CharacterEscapes.standardAsciiEscapesForJSON();
            table['<'] = CharacterEscapes.ESCAPE_STANDARD;
            table['>'] = CharacterEscapes.ESCAPE_STANDARD;
            table['&'] = CharacterEscapes.ESCAPE_STANDARD;
            table['\''] = CharacterEscapes.ESCAPE_STANDARD;
            this.escapes = table;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null; // only the standard \\uXXXX escapes are used
        }
    }
}
