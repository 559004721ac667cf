package vn.gazette.internal;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A file-name pattern as a site writes it in {@code site.yaml} ({@code include:}, {@code exclude:}, {@code keep:}),
 * matched against paths relative to a folder with {@code /} separators. {@code *} is any run of characters within
 * one name, {@code ?} one such character, {@code **} any run including {@code /}; a pattern without {@code /}
 * matches the file's name in any folder ({@code *.txt}), like a {@code .gitignore} line; a pattern ending with
 * {@code /} matches everything below that folder. Matching is case-insensitive, as file names are on the editors'
 * machines. Immutable and thread-safe; the same rules on every operating system (unlike {@code PathMatcher}); equal
 * when written the same.
 */
public final class Glob {

    private final String pattern;
    private final Pattern regex;
    /**
     * For a pattern that is a plain name (no {@code /}, {@code *} or {@code ?}, as {@code corpus.json}): its length,
     * which the last name of a path it matches has too (it is matched character by character); else -1. A path
     * whose last name is longer or shorter is not given to the regular expression (a site's {@code exclude:} is
     * tried on each of its files).
     */
    private final int nameLength;

    private Glob(String pattern, Pattern regex, int nameLength) {
        this.pattern = pattern;
        this.regex = regex;
        this.nameLength = nameLength;
    }

    /** The pattern as written (stripped, NFC). */
    public String pattern() {
        return pattern;
    }

    /** Whether {@code text} can be a pattern: not empty, relative, without {@code ..} or a backslash. */
    public static boolean isValid(String text) {
        String stripped = text.strip();
        return !stripped.isEmpty() && !stripped.startsWith("/") && !stripped.contains("\\") && !stripped.contains("\0")
                && !("/" + stripped + "/").contains("/../") && !stripped.startsWith("./");
    }

    /** @throws IllegalArgumentException when {@link #isValid} says no */
    public static Glob of(String text) {
        if (!isValid(text)) {
            throw new IllegalArgumentException("not a relative file pattern: " + text);
        }
        String stripped = Texts.nfc(text.strip());
        String body = stripped.endsWith("/") ? stripped + "**" : stripped;
        StringBuilder regex = new StringBuilder(body.contains("/") ? "" : "(?:.*/)?");
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '*' && i + 1 < body.length() && body.charAt(i + 1) == '*') {
                boolean folder = i + 2 < body.length() && body.charAt(i + 2) == '/';
                regex.append(folder ? "(?:.*/)?" : ".*");
                i += folder ? 2 : 1;
            } else if (c == '*') {
                regex.append("[^/]*");
            } else if (c == '?') {
                regex.append("[^/]");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        boolean plainName = body.chars().noneMatch(c -> c == '/' || c == '*' || c == '?');
        return new Glob(stripped, Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                plainName ? body.length() : -1);
    }

    /** Whether any of {@code patterns} (each valid) matches the relative path. */
    public static java.util.function.Predicate<String> anyOf(java.util.List<String> patterns) {
        java.util.List<Glob> globs = patterns.stream().map(Glob::of).toList();
        return relative -> globs.stream().anyMatch(glob -> glob.matches(relative));
    }

    /** Whether the relative path (NFC, {@code /} separators) matches. */
    public boolean matches(String relative) {
        if (nameLength >= 0 && relative.length() - relative.lastIndexOf('/') - 1 != nameLength) {
            return false;
        }
        return regex.matcher(relative).matches();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Glob glob && glob.pattern.equals(pattern);
    }

    @Override
    public int hashCode() {
        return pattern.hashCode();
    }

    @Override
    public String toString() {
        return pattern;
    }

    /** Lower-cased extension of a file name, without the dot; empty when there is none. */
    public static String extension(String name) {
        int slash = name.lastIndexOf('/');
        int dot = name.lastIndexOf('.');
        return dot <= slash + 1 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
