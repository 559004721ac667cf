package vn.gazette.internal;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Vietnamese-correct URL slugs: "Hội nghị tập huấn ở Đồng Đăng" becomes {@code hoi-nghi-tap-huan-o-dong-dang}.
 *
 * <p>đ and Đ are letters of their own (not d with a mark), so they are mapped before the marks are stripped;
 * everything else outside {@code [a-z0-9]} becomes a hyphen. Stateless and thread-safe.
 */
public final class Slugs {

    /** Slugs longer than this are cut at a hyphen: URLs stay readable and file names stay legal. */
    public static final int MAX_LENGTH = 80;

    private Slugs() {
    }

    /** The slug of any text; empty when the text has no letter or digit that survives. */
    public static String slugify(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFC).replace('đ', 'd').replace('Đ', 'D')
                .replace('\u00D0', 'D'); // Ð (eth), typed for Đ by some keyboards
        s = withoutMarks(Normalizer.normalize(s, Normalizer.Form.NFD)).toLowerCase(Locale.ROOT);
        // every run of characters outside [a-z0-9] becomes one hyphen, none at either end: by hand, not by a
        // pattern (the site stage slugifies thousands of names, speakers and terms, most of them once)
        StringBuilder slug = new StringBuilder(s.length());
        boolean gap = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (gap && slug.length() > 0) {
                    slug.append('-');
                }
                gap = false;
                slug.append(c);
            } else {
                gap = true;
            }
        }
        s = slug.toString();
        if (s.length() > MAX_LENGTH) {
            int cut = s.lastIndexOf('-', MAX_LENGTH);
            s = trimHyphens(s.substring(0, cut > 0 ? cut : MAX_LENGTH));
        }
        return s;
    }

    /** The text without its combining marks (Unicode's category M: Mn, Mc and Me). */
    private static String withoutMarks(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            int type = Character.getType(c);
            if (type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK
                    && type != Character.ENCLOSING_MARK) {
                kept.appendCodePoint(c);
            }
        }
        return kept.toString();
    }

    /** Whether a slug written by hand is safe to use as one URL segment. */
    public static boolean isValid(String slug) {
        // [a-z0-9]+(-[a-z0-9]+)*, checked by hand: the site stage asks it of every article's folders and file name
        int length = slug.length();
        if (length == 0 || length > MAX_LENGTH) {
            return false;
        }
        char previous = '-';
        for (int i = 0; i < length; i++) {
            char c = slug.charAt(i);
            if (c == '-' ? previous == '-' : !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
                return false;
            }
            previous = c;
        }
        return previous != '-';
    }

    private static String trimHyphens(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) == '-') {
            start++;
        }
        while (end > start && s.charAt(end - 1) == '-') {
            end--;
        }
        return s.substring(start, end);
    }
}
