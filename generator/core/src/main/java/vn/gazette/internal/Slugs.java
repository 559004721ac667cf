package vn.gazette.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Vietnamese-correct URL slugs: "Hội nghị tập huấn ở Đồng Đăng" becomes {@code hoi-nghi-tap-huan-o-dong-dang}.
 *
 * <p>đ and Đ are letters of their own (not d with a mark), so they are mapped before the marks are stripped;
 * everything else outside {@code [a-z0-9]} becomes a hyphen. Stateless and thread-safe.
 */
public final class Slugs {

    /** Slugs longer than this are cut at a hyphen: URLs stay readable and file names stay legal. */
    public static final int MAX_LENGTH = 80;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");

    private Slugs() {
    }

    /** The slug of any text; empty when the text has no letter or digit that survives. */
    public static String slugify(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFC).replace('đ', 'd').replace('Đ', 'D')
                .replace('\u00D0', 'D'); // Ð (eth), typed for Đ by some keyboards
        s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        s = NOT_SLUG.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("-");
        s = trimHyphens(s);
        if (s.length() > MAX_LENGTH) {
            int cut = s.lastIndexOf('-', MAX_LENGTH);
            s = trimHyphens(s.substring(0, cut > 0 ? cut : MAX_LENGTH));
        }
        return s;
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
