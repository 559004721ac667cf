package vn.gazette.problem;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What a problem says, as a key of the message catalogs and its arguments; the words come from the catalog of the
 * language it is printed in (see {@link Catalog}). An argument that is itself a {@code Message} (a fixed phrase such as
 * the name of a kind of YAML value) is printed in the same language; any other argument (values, names, paths,
 * numbers) is printed as it is. Immutable and thread-safe; equal when key and arguments are equal.
 *
 * @param key  the catalogs' key, such as {@code front.date.invalid}
 * @param args the values for {@code {0}}, {@code {1}}... in the wording
 */
public record Message(String key, List<Object> args) {

    public Message {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    /**
     * A message with its arguments (none may be null). Write the key out at the call site,
     * {@code Message.of("source.file.not-utf8", "0xE0")}: a test reads the sources to check that every wording is used.
     */
    public static Message of(String key, Object... args) {
        return new Message(key, Arrays.asList(args));
    }

    /** The wording in {@code language} ({@code vi} or {@code en}; English where the language has no catalog). */
    public String text(String language) {
        return Catalog.of(language).format(this);
    }

    /** The English wording, the reference tests compare with. */
    public String english() {
        return text("en");
    }

    @Override
    public String toString() {
        return english();
    }
}
