package vn.gazette.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Text normalisation applied to everything read: NFC, no BOM, LF line ends.
 *
 * <p>The same "Quảng" is five characters in NFC and six in NFD; without this step slugs, term grouping and
 * golden files would differ between editors' machines. Stateless and thread-safe.
 */
public final class Texts {

    private Texts() {
    }

    public static String nfc(String text) {
        // below U+0300 nothing composes nor decomposes (Unicode's quick check starts there): file names, codes and
        // most paths are told NFC without the normalizer, which copies the text into a buffer to check it
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= '\u0300') {
                return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text
                        : Normalizer.normalize(text, Normalizer.Form.NFC);
            }
        }
        return text;
    }

    /** NFC, BOM removed, CRLF and lone CR turned into LF. */
    public static String normalize(String text) {
        String result = text;
        if (!result.isEmpty() && result.charAt(0) == '\uFEFF') {
            result = result.substring(1);
        }
        if (result.indexOf('\r') >= 0) {
            result = result.replace("\r\n", "\n").replace('\r', '\n');
        }
        return nfc(result);
    }

    /**
     * The form two spellings are compared in: NFC, case-folded, inner whitespace collapsed, and the two ways of
     * placing the tone mark in oa, oe and uy made one ("Thanh Hoá" and "Thanh Hóa", "thuỷ" and "thủy"). The
     * look-alike Ð (eth) counts as Đ.
     */
    public static String fold(String text) {
        String folded = FOLDED.get(text);
        if (folded == null) {
            folded = foldAnew(text);
            if (FOLDED.size() >= FOLDED_MAX) {
                FOLDED.clear();
            }
            FOLDED.put(text, folded);
        }
        return folded;
    }

    /**
     * Folded spellings: the same tags, provinces and speakers come back thousands of times in a build and in every
     * rebuild of a preview. Bounded (emptied when full), so a huge archive cannot fill memory with them.
     */
    private static final Map<String, String> FOLDED = new ConcurrentHashMap<>();
    private static final int FOLDED_MAX = 100_000;

    private static String foldAnew(String text) {
        return isPlainAscii(text) ? text.toLowerCase(Locale.ROOT) : foldByRules(text);
    }

    /**
     * Whether every character is a printable ASCII one, not a space: such a text has no marks to decompose, no tone to
     * move and no spaces to collapse, so the rules fold it to its lower case (file names, slugs, most codes).
     */
    static boolean isPlainAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c <= ' ' || c >= 0x7F) {
                return false;
            }
        }
        return true;
    }

    /** The folding rules, whatever the text ({@link #fold} takes a quicker way where they would change nothing). */
    static String foldByRules(String text) {
        String decomposed = Normalizer.normalize(text.replace('\u00D0', '\u0110').replace('\u00F0', '\u0111'),
                Normalizer.Form.NFD);
        String oldStyle = TONE_ON_SECOND_VOWEL.matcher(decomposed).replaceAll("$1$3$2");
        return SPACES.matcher(Normalizer.normalize(oldStyle, Normalizer.Form.NFC).strip()).replaceAll(" ")
                .toLowerCase(Locale.ROOT);
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** A tone mark on the a of oa, the e of oe or the y of uy at a syllable's end (not after q, as in "quý"). */
    private static final Pattern TONE_ON_SECOND_VOWEL = Pattern.compile(
            "(?<![qQ])([oO](?=[aAeE])|[uU](?=[yY]))([aAeEyY])([\\u0300\\u0301\\u0303\\u0309\\u0323])(?![\\p{L}\\p{M}])");
}
