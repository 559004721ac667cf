package vn.gazette.importer;

import java.util.HashMap;
import java.util.Map;
import vn.gazette.internal.Texts;

/**
 * The two legacy 8-bit Vietnamese encodings that old portals still hold, read as the Windows-1252 characters a
 * browser shows for them, turned into Unicode NFC. Tables written from the public standards:
 * <ul>
 * <li>TCVN3 (ABC, TCVN 5712:1993 VN3): one byte per precomposed letter, lower case; the capitals Ă Â Ê Ô Ơ Ư Đ
 * have codes of their own, other capitals were shown by switching to the upper-case font (".VnTimeH"), which
 * leaves no trace in the bytes, so they come out in lower case;</li>
 * <li>VNI (VNI-Windows): the base letter followed by one or two mark characters (â for the circumflex, ê for the
 * breve, ù ø û õ ï for the five tones, á à å ã ä for circumflex-and-tone, é è ú ü ë for breve-and-tone), with
 * i-with-tone, ơ, ư, đ and ỵ as single characters.</li>
 * </ul>
 * Stateless and thread-safe.
 */
final class LegacyVietnamese {

    /** The encodings text can be typed in. */
    enum Legacy { TCVN3, VNI }

    private static final String UNICODE_LOWER =
            "áàảãạăắằẳẵặâấầẩẫậđéèẻẽẹêếềểễệíìỉĩịóòỏõọôốồổỗộơớờởỡợúùủũụưứừửữựýỳỷỹỵ";
    private static final String TCVN3_LOWER =
            "\u00B8\u00B5\u00B6\u00B7\u00B9\u00A8\u00BE\u00BB\u00BC\u00BD\u00C6\u00A9\u00CA\u00C7\u00C8\u00C9\u00CB"
            + "\u00AE\u00D0\u00CC\u00CE\u00CF\u00D1\u00AA\u00D5\u00D2\u00D3\u00D4\u00D6\u00DD\u00D7\u00D8\u00DC\u00DE"
            + "\u00E3\u00DF\u00E1\u00E2\u00E4\u00AB\u00E8\u00E5\u00E6\u00E7\u00E9\u00AC\u00ED\u00EA\u00EB\u00EC\u00EE"
            + "\u00F3\u00EF\u00F1\u00F2\u00F4\u00AD\u00F8\u00F5\u00F6\u00F7\u00F9\u00FD\u00FA\u00FB\u00FC\u00FE";
    private static final String TCVN3_CAPITALS = "\u00A1\u00A2\u00A3\u00A4\u00A5\u00A6\u00A7";
    private static final String UNICODE_CAPITALS = "ĂÂÊÔƠƯĐ";

    /** VNI: tone marks (sắc, huyền, hỏi, ngã, nặng) in lower and upper case, as combining marks. */
    private static final String VNI_TONES = "\u00F9\u00F8\u00FB\u00F5\u00EF";
    private static final String VNI_TONES_UPPER = "\u00D9\u00D8\u00DB\u00D5\u00CF";
    private static final String COMBINING_TONES = "\u0301\u0300\u0309\u0303\u0323";
    /** VNI: circumflex-with-tone and breve-with-tone, in the order of the tones above. */
    private static final String VNI_CIRCUMFLEX_TONES = "\u00E1\u00E0\u00E5\u00E3\u00E4";
    private static final String VNI_CIRCUMFLEX_TONES_UPPER = "\u00C1\u00C0\u00C5\u00C3\u00C4";
    private static final String VNI_BREVE_TONES = "\u00E9\u00E8\u00FA\u00FC\u00EB";
    private static final String VNI_BREVE_TONES_UPPER = "\u00C9\u00C8\u00DA\u00DC\u00CB";

    private static final Map<Character, String> TCVN3 = tcvn3();
    private static final Map<Character, String> VNI_SINGLE = Map.ofEntries(
            Map.entry('\u00ED', "í"), Map.entry('\u00EC', "ì"), Map.entry('\u00E6', "ỉ"), Map.entry('\u00F3', "ĩ"),
            Map.entry('\u00F2', "ị"), Map.entry('\u00CD', "Í"), Map.entry('\u00CC', "Ì"), Map.entry('\u00C6', "Ỉ"),
            Map.entry('\u00D3', "Ĩ"), Map.entry('\u00D2', "Ị"), Map.entry('\u00F4', "ơ"), Map.entry('\u00D4', "Ơ"),
            Map.entry('\u00F6', "ư"), Map.entry('\u00D6', "Ư"), Map.entry('\u00F1', "đ"), Map.entry('\u00D1', "Đ"),
            Map.entry('\u00EE', "ỵ"), Map.entry('\u00CE', "Ỵ"));

    private LegacyVietnamese() {
    }

    private static Map<Character, String> tcvn3() {
        Map<Character, String> map = new HashMap<>();
        for (int i = 0; i < TCVN3_LOWER.length(); i++) {
            map.put(TCVN3_LOWER.charAt(i), String.valueOf(UNICODE_LOWER.charAt(i)));
        }
        for (int i = 0; i < TCVN3_CAPITALS.length(); i++) {
            map.put(TCVN3_CAPITALS.charAt(i), String.valueOf(UNICODE_CAPITALS.charAt(i)));
        }
        return Map.copyOf(map);
    }

    static String decode(String text, Legacy legacy) {
        return legacy == Legacy.TCVN3 ? fromTcvn3(text) : fromVni(text);
    }

    /** Text typed in TCVN3, as Windows-1252 characters, in Unicode NFC. */
    static String fromTcvn3(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String mapped = TCVN3.get(c);
            out.append(mapped != null ? mapped : String.valueOf(c));
        }
        return Texts.nfc(out.toString());
    }

    /** Text typed in VNI, as Windows-1252 characters, in Unicode NFC. */
    static String fromVni(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean afterLetter = i > 0 && carriesMarks(text.charAt(i - 1));
            String mark = afterLetter ? vniMark(c) : null;
            if (mark != null) {
                out.append(mark);
                continue;
            }
            String single = VNI_SINGLE.get(c);
            out.append(single != null ? single : String.valueOf(c));
        }
        return Texts.nfc(out.toString());
    }

    /** An ASCII letter, or the VNI ơ and ư, which a tone character may follow. */
    private static boolean carriesMarks(char c) {
        return c < 0x80 && Character.isLetter(c) || "\u00F4\u00D4\u00F6\u00D6".indexOf(c) >= 0;
    }

    /** The combining marks a VNI mark character stands for after a base letter, or null. */
    private static String vniMark(char c) {
        int tone = index(c, VNI_TONES, VNI_TONES_UPPER);
        if (tone >= 0) {
            return String.valueOf(COMBINING_TONES.charAt(tone));
        }
        int circumflex = index(c, VNI_CIRCUMFLEX_TONES, VNI_CIRCUMFLEX_TONES_UPPER);
        if (circumflex >= 0) {
            return "\u0302" + COMBINING_TONES.charAt(circumflex);
        }
        int breve = index(c, VNI_BREVE_TONES, VNI_BREVE_TONES_UPPER);
        if (breve >= 0) {
            return "\u0306" + COMBINING_TONES.charAt(breve);
        }
        if (c == '\u00E2' || c == '\u00C2') {
            return "\u0302";
        }
        if (c == '\u00EA' || c == '\u00CA') {
            return "\u0306";
        }
        return null;
    }

    private static int index(char c, String lower, String upper) {
        int i = lower.indexOf(c);
        return i >= 0 ? i : upper.indexOf(c);
    }
}
