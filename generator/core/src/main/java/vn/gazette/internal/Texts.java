package vn.gazette.internal;

import java.text.Normalizer;
import java.util.Locale;

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
        return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
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

    /** The form two spellings are compared in: NFC, case-folded, inner whitespace collapsed. */
    public static String fold(String text) {
        return nfc(text).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
