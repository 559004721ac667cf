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

    /** The key of a message still written as English text where it is found; see {@link #unkeyed}. */
    static final String UNKEYED = "";

    /**
     * A message written as English text at its call site, from before the catalogs; printed in Vietnamese through
     * {@link Messages}' patterns. Every call site is moving to {@link #of}: write no new ones.
     */
    public static Message unkeyed(String english) {
        return new Message(UNKEYED, List.of(english));
    }

    /** A message with its arguments (none may be null). */
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
