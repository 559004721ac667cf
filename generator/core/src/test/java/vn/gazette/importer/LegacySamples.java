package vn.gazette.importer;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.text.Normalizer;

/**
 * Makes legacy-encoded samples from Unicode text for the tests, by running the decoding tables backwards: each
 * Unicode letter is decoded from every candidate byte sequence until one gives it back.
 */
final class LegacySamples {

    private static final Charset CP1252 = Charset.forName("windows-1252");

    private LegacySamples() {
    }

    static byte[] tcvn3(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : Normalizer.normalize(text, Normalizer.Form.NFC).toCharArray()) {
            out.append(c < 0x80 ? String.valueOf(c) : find(c, s -> LegacyVietnamese.fromTcvn3(s), 1));
        }
        return out.toString().getBytes(CP1252);
    }

    static byte[] vni(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : Normalizer.normalize(text, Normalizer.Form.NFC).toCharArray()) {
            out.append(c < 0x80 ? String.valueOf(c) : find(c, s -> LegacyVietnamese.fromVni(s), 2));
        }
        return out.toString().getBytes(CP1252);
    }

    static byte[] cp1258(String text) {
        // Windows-1258 holds some precomposed letters and the five tones as combining marks
        Charset cp1258 = Charset.forName("windows-1258");
        StringBuilder out = new StringBuilder();
        for (char c : Normalizer.normalize(text, Normalizer.Form.NFC).toCharArray()) {
            if (cp1258.newEncoder().canEncode(c)) {
                out.append(c);
                continue;
            }
            String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            String written = d;
            for (int m = 1; m < d.length(); m++) {
                String first = Normalizer.normalize(d.charAt(0) + d.substring(m, m + 1), Normalizer.Form.NFC);
                if (first.length() == 1 && cp1258.newEncoder().canEncode(first)) {
                    written = first + d.substring(1, m) + d.substring(m + 1);
                    break;
                }
            }
            out.append(written);
        }
        return out.toString().getBytes(cp1258);
    }

    /** The shortest sequence of Windows-1252 characters (after an ASCII base for VNI) that decodes to {@code c}. */
    private static String find(char c, java.util.function.UnaryOperator<String> decode, int marks) {
        String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).substring(0, 1);
        for (int a = 0xA0; a <= 0xFF; a++) {
            String one = String.valueOf((char) a);
            if (decode.apply(one).equals(String.valueOf(c))) {
                return one;
            }
            if (marks > 1 && base.charAt(0) < 0x80 && decode.apply(base + one).equals(String.valueOf(c))) {
                return base + one;
            }
        }
        if (marks > 1 && c == 'ư' || c == 'ơ' || c == 'Ư' || c == 'Ơ') {
            return String.valueOf(c);
        }
        // ư or ơ with a tone: the VNI letter then the tone
        for (char letter : new char[] {'\u00F6', '\u00F4', '\u00D6', '\u00D4'}) {
            for (int a = 0xA0; a <= 0xFF; a++) {
                String s = letter + String.valueOf((char) a);
                if (decode.apply(s).equals(String.valueOf(c))) {
                    return s;
                }
            }
        }
        throw new IllegalArgumentException("no legacy spelling for " + c);
    }
}
