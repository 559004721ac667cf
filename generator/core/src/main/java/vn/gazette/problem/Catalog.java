package vn.gazette.problem;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.SortedMap;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * The wordings of every message in one language, read from {@code messages/AREA_LANG.properties} beside this class
 * (UTF-8), one file per area of the engine ({@link #AREAS}, so that work on one area does not touch another's file).
 * A wording names its arguments {@code {0}}..{@code {9}}; nothing else in it is special (an apostrophe is an
 * apostrophe). A key missing from a language falls back to English, and a key missing from English prints as the key
 * and its arguments, so a gap never hides a problem; a test keeps both catalogs complete. Immutable and thread-safe.
 */
public final class Catalog {

    /** The languages Gazette speaks; English is the reference. */
    public static final Set<String> LANGUAGES = Set.of("en", "vi");

    /** The catalog files of each language, one per area; a key is written in exactly one of them. */
    static final List<String> AREAS = List.of("source", "config", "content", "site", "image", "render", "transform",
            "search", "publish", "build", "importer", "cli");

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
        TreeMap<String, String> wordings = new TreeMap<>();
        for (String area : AREAS) {
            read(file(area, language)).forEach((key, value) -> {
                if (wordings.put((String) key, (String) value) != null) {
                    throw new IllegalStateException("the message key " + key + " is written in two catalog files");
                }
            });
        }
        return new Catalog(language, wordings, fallback);
    }

    /** The resource name of one area's catalog in one language. */
    static String file(String area, String language) {
        return "messages/" + area + "_" + language + ".properties";
    }

    /** One catalog file, as written. */
    static Properties read(String file) {
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
        return properties;
    }
}
