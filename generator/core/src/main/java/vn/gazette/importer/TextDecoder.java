package vn.gazette.importer;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gazette.internal.Texts;

/**
 * Turns a capture's bytes into Unicode NFC text: the declared encoding (HTTP header, {@code <meta charset>}) when
 * there is one, else strict UTF-8, else the best-reading of Windows-1258, TCVN3 and VNI; and text typed in TCVN3 or
 * VNI inside any of these is converted too. When no reading is clearly Vietnamese, the capture is refused rather
 * than written as mojibake. Stateless and thread-safe.
 */
final class TextDecoder {

    /** The text and how it was read, e.g. "utf-8", "windows-1258", "windows-1252 + TCVN3". */
    record Decoded(String text, String encoding) {
    }

    private static final Pattern META_CHARSET = Pattern.compile(
            "(?i)<meta[^>]+charset\\s*=\\s*[\"']?([a-z0-9_:.-]+)");
    private static final Charset CP1258 = Charset.forName("windows-1258");
    private static final Charset CP1252 = Charset.forName("windows-1252");
    /** A converted reading must beat the plain one by this much to be taken. */
    private static final double MARGIN = 0.25;
    /** The lowest score a reading of non-UTF-8 bytes must reach to be believed. */
    private static final double BELIEVABLE = 0.15;

    private TextDecoder() {
    }

    /** The text, or empty when the encoding cannot be told. */
    static Optional<Decoded> decode(byte[] bytes, Optional<String> declared, boolean html) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return strict(bytes, 3, StandardCharsets.UTF_8).map(t -> legacyInside(t, "utf-8"));
        }
        if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
                || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) {
            return strict(bytes, 0, StandardCharsets.UTF_16).map(t -> new Decoded(t, "utf-16"));
        }
        Optional<Charset> charset = declared.or(() -> html ? metaCharset(bytes) : Optional.empty())
                .flatMap(TextDecoder::charset);
        if (charset.isPresent()) {
            Optional<String> text = strict(bytes, 0, charset.get());
            if (text.isPresent()) {
                return Optional.of(legacyInside(text.get(), charset.get().name().toLowerCase(Locale.ROOT)));
            }
        }
        Optional<String> utf8 = strict(bytes, 0, StandardCharsets.UTF_8);
        if (utf8.isPresent()) {
            return Optional.of(legacyInside(utf8.get(), "utf-8"));
        }
        return guess(bytes);
    }

    /** Bytes that are not UTF-8 and declare nothing usable: the reading that is clearly Vietnamese, if any. */
    private static Optional<Decoded> guess(byte[] bytes) {
        String cp1258 = Texts.nfc(new String(bytes, CP1258));
        String cp1252 = new String(bytes, CP1252);
        String tcvn3 = LegacyVietnamese.fromTcvn3(cp1252);
        String vni = LegacyVietnamese.fromVni(cp1252);
        double[] scores = {VietnameseText.score(cp1258), VietnameseText.score(tcvn3), VietnameseText.score(vni)};
        String[] texts = {cp1258, tcvn3, vni};
        String[] names = {"windows-1258", "windows-1252 + TCVN3", "windows-1252 + VNI"};
        int best = 0;
        for (int i = 1; i < scores.length; i++) {
            if (scores[i] > scores[best]) {
                best = i;
            }
        }
        for (int i = 0; i < scores.length; i++) {
            if (i != best && scores[best] - scores[i] < MARGIN / 2) {
                return Optional.empty();
            }
        }
        return scores[best] >= BELIEVABLE ? Optional.of(new Decoded(texts[best], names[best])) : Optional.empty();
    }

    /** Text whose characters are right, but that may hold words typed in TCVN3 or VNI. */
    static Decoded legacyInside(String text, String encoding) {
        String nfc = Texts.nfc(text);
        Optional<LegacyVietnamese.Legacy> legacy = legacyOf(nfc);
        return legacy.map(l -> new Decoded(convertLines(nfc, l), encoding + " + " + l))
                .orElseGet(() -> new Decoded(nfc, encoding));
    }

    /**
     * Converts the lines typed in the legacy encoding and leaves the others: a line holding a letter beyond Latin-1
     * (ư, ơ, đ, ạ...) is already Unicode Vietnamese, as a portal's menus often are around an old article.
     */
    private static String convertLines(String text, LegacyVietnamese.Legacy legacy) {
        StringBuilder out = new StringBuilder(text.length());
        for (String line : text.split("\n", -1)) {
            if (!out.isEmpty()) {
                out.append('\n');
            }
            boolean unicode = line.chars().anyMatch(c -> c > 0xFF && Character.isLetter(c));
            out.append(unicode ? line : LegacyVietnamese.decode(line, legacy));
        }
        return out.toString();
    }

    /** The legacy encoding a text is typed in, when converting it reads clearly better. */
    static Optional<LegacyVietnamese.Legacy> legacyOf(String text) {
        if (!hasLatin1Letters(text)) {
            return Optional.empty();
        }
        double plain = VietnameseText.score(text);
        double tcvn3 = VietnameseText.score(LegacyVietnamese.fromTcvn3(text));
        double vni = VietnameseText.score(LegacyVietnamese.fromVni(text));
        if (tcvn3 >= vni && tcvn3 - plain >= MARGIN) {
            return Optional.of(LegacyVietnamese.Legacy.TCVN3);
        }
        if (vni > tcvn3 && vni - plain >= MARGIN) {
            return Optional.of(LegacyVietnamese.Legacy.VNI);
        }
        return Optional.empty();
    }

    /**
     * Whether the text holds a character that Unicode Vietnamese never uses after a letter but TCVN3 or VNI text
     * always does (¸ µ ® ¬ Þ × of TCVN3, ø û ï ä å ë ü ö of VNI): only then are the slower readings tried.
     */
    private static boolean hasLatin1Letters(String text) {
        int hits = 0;
        for (int i = 1; i < text.length() && hits < 3; i++) {
            char c = text.charAt(i);
            boolean sign = c >= 0xA1 && c <= 0xBF || "\u00DE\u00D7\u00F7\u00F8\u00FB\u00EF\u00E4\u00E5\u00EB\u00FC\u00F6"
                    .indexOf(c) >= 0;
            if (sign && Character.isLetter(text.charAt(i - 1))) {
                hits++;
            }
        }
        return hits >= 3;
    }

    private static Optional<String> strict(byte[] bytes, int offset, Charset charset) {
        try {
            return Optional.of(charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> metaCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static Optional<Charset> charset(String name) {
        try {
            String n = name.toLowerCase(Locale.ROOT).strip();
            // browsers read a page declared Latin-1 as Windows-1252 (WHATWG Encoding), so do we
            if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii")) {
                return Optional.of(CP1252);
            }
            return Charset.isSupported(n) ? Optional.of(Charset.forName(n)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
