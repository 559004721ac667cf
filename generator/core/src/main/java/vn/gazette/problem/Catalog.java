package vn.gazette.problem;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.SortedMap;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * The wordings of every message in one language, read from {@code messages_LANG.properties} beside this class (UTF-8).
 * A wording names its arguments {@code {0}}..{@code {9}}; nothing else in it is special (an apostrophe is an
 * apostrophe). A key missing from a language falls back to English, and a key missing from English prints as the key
 * and its arguments, so a gap never hides a problem; a test keeps both catalogs complete. Immutable and thread-safe.
 */
public final class Catalog {

    /** The languages Gazette speaks; English is the reference. */
    public static final Set<String> LANGUAGES = Set.of("en", "vi");

    private static final Catalog ENGLISH = load("en", null);
    private static final Catalog VIETNAMESE = load("vi", ENGLISH);

    private final String language;
    private final SortedMap<String, String> wordings;
    private final Catalog fallback;

    private Catalog(String language, SortedMap<String, String> wordings, Catalog fallback) {
        this.language = language;
        this.wordings = wordings;
        this.fallback = fallback;
    }

    /** The catalog of {@code language}; English for any language Gazette does not speak. */
    public static Catalog of(String language) {
        return "vi".equals(language) ? VIETNAMESE : ENGLISH;
    }

    public String language() {
        return language;
    }

    /** Every key of this catalog, sorted. */
    public Set<String> keys() {
        return java.util.Collections.unmodifiableSet(wordings.keySet());
    }

    /** The wording of {@code message}, its arguments filled in (messages among them in this language). */
    public String format(Message message) {
        if (message.key().equals(Message.UNKEYED)) {
            // a message still written as English text at its call site (being moved to keys)
            String english = String.valueOf(message.args().get(0));
            return language.equals("en") ? english : Messages.translate(english, language);
        }
        String wording = wordings.get(message.key());
        if (wording == null) {
            return fallback != null ? fallback.format(message) : message.key() + " " + message.args();
        }
        StringBuilder out = new StringBuilder(wording.length() + 32);
        for (int i = 0; i < wording.length(); i++) {
            char c = wording.charAt(i);
            if (c == '{' && i + 2 < wording.length() && wording.charAt(i + 2) == '}'
                    && Character.isDigit(wording.charAt(i + 1))) {
                int index = wording.charAt(i + 1) - '0';
                out.append(index < message.args().size() ? argument(message.args().get(index)) : "");
                i += 2;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private String argument(Object value) {
        return value instanceof Message nested ? format(nested) : String.valueOf(value);
    }

    /** The wording of {@code key} as written in the catalog, for tests. */
    String wording(String key) {
        return wordings.get(key);
    }

    private static Catalog load(String language, Catalog fallback) {
        String file = "messages_" + language + ".properties";
        Properties properties = new Properties();
        try (InputStream in = Catalog.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException(file + " is missing from the Gazette jar");
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        TreeMap<String, String> wordings = new TreeMap<>();
        properties.forEach((key, value) -> wordings.put((String) key, (String) value));
        return new Catalog(language, wordings, fallback);
    }
}
