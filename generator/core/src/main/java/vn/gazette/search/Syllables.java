package vn.gazette.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import vn.gazette.internal.Texts;

/**
 * How text is cut into syllables and what a syllable is matched by: its {@link #bare} key (no tone, no vowel marks,
 * đ as d: what a reader types without Vietnamese input) and its {@link #exact} key (the spelling as the taxonomies
 * fold it, {@link Texts#fold}, with the tone written as a digit after the letters, so "hoà" and "hòa" are one).
 * The browser folds with a table made from these rules ({@link FoldTable}). Stateless and thread-safe.
 */
public final class Syllables {

    /** Longer runs of letters are not words a reader types (identifiers, encoded data): they are not indexed. */
    static final int MAX_LENGTH = 40;

    /** The five tone marks, in the order of their digit in an exact key (1 = huyền ... 5 = nặng). */
    static final String TONES = "\u0300\u0301\u0309\u0303\u0323";

    private Syllables() {
    }

    /** What {@link #each} hands every syllable to: its place in the text, so that no string is made for it. */
    interface Sink {
        /**
         * @param text   the characters of the text being cut (the sink must not change them)
         * @param start  where the syllable starts in them
         * @param end    where it ends (exclusive)
         * @param hash   the syllable's {@link String#hashCode}, counted as it was cut
         * @param joined whether only spaces or hyphens stand between it and the syllable before (they may be read as
         *               a phrase; punctuation ends one)
         */
        void accept(char[] text, int start, int end, int hash, boolean joined);
    }

    /** Which ASCII characters are part of a syllable ({@link #isWordChar}). */
    private static final boolean[] ASCII_WORD = new boolean[0x80];

    static {
        for (char c = 0; c < 0x80; c++) {
            ASCII_WORD[c] = isWordChar(c);
        }
    }

    /** Calls {@code each} with every syllable of {@code text}: runs of letters, digits and combining marks. */
    static void each(String text, Sink each) {
        each(text.toCharArray(), text.length(), each);
    }

    /** {@link #each(String, Sink)} of the text {@code chars[0..length)}. */
    static void each(char[] chars, int length, Sink each) {
        boolean joined = false;
        int i = 0;
        while (i < length) {
            char c = chars[i];
            // ASCII by a table, written out: this loop sees every character of every text
            if (c < 0x80 ? ASCII_WORD[c] : isWordChar(c)) {
                int start = i;
                int hash = c;
                for (i++; i < length; i++) {
                    char d = chars[i];
                    if (!(d < 0x80 ? ASCII_WORD[d] : isWordChar(d))) {
                        break;
                    }
                    hash = 31 * hash + d;
                }
                if (i - start <= MAX_LENGTH) {
                    each.accept(chars, start, i, hash, joined);
                    joined = true;
                } else {
                    joined = false;
                }
            } else {
                if (c != ' ' && c != '-' && c != '\u00A0') {
                    joined = false;
                }
                i++;
            }
        }
    }

    /** The syllables of a text, in order. */
    public static List<String> of(String text) {
        List<String> syllables = new ArrayList<>();
        each(text, (in, start, end, hash, joined) -> syllables.add(new String(in, start, end - start)));
        return syllables;
    }

    /**
     * Whether a character is part of a syllable: a letter, a decimal digit or a combining mark. The blocks Vietnamese
     * is written in are answered without looking the character up ({@link #isWordCharByType} says the same of them).
     */
    static boolean isWordChar(char c) {
        if (c < 0x80) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        if (c >= 0xC0 && c < 0x250) { // Latin-1's letters, Latin Extended-A and -B
            return c != 0xD7 && c != 0xF7;
        }
        if ((c >= 0x300 && c < 0x370) || (c >= 0x1E00 && c < 0x1F00)) { // combining marks, Latin Extended Additional
            return true;
        }
        return isWordCharByType(c);
    }

    /** {@link #isWordChar} by the character's Unicode properties. */
    static boolean isWordCharByType(char c) {
        if (c < 0x80) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        int type = Character.getType(c);
        return Character.isLetter(c) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    /** The key a syllable is found by whatever its tones and marks: "Đà" → "da", "Nẵng" → "nang". */
    public static String bare(String syllable) {
        String decomposed = Normalizer.normalize(Texts.fold(syllable), Normalizer.Form.NFD);
        StringBuilder key = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (c == 'đ') {
                key.append('d');
            } else if (!isMark(c)) {
                key.append(c);
            }
        }
        return key.toString();
    }

    /**
     * The exact spelling, with the tone taken off its vowel and written as a digit at the end, so that where the tone
     * sits does not matter: "Hòa" and "Hoà" → "hoa1", "Nẵng" → "năng4", "thuỷ" and "thủy" → "thuy3".
     */
    public static String exact(String syllable) {
        String decomposed = Normalizer.normalize(Texts.fold(syllable), Normalizer.Form.NFD);
        StringBuilder letters = new StringBuilder(decomposed.length());
        int tone = 0;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            int t = TONES.indexOf(c);
            if (t >= 0) {
                tone = t + 1;
            } else {
                letters.append(c);
            }
        }
        String result = Normalizer.normalize(letters, Normalizer.Form.NFC);
        return tone == 0 ? result : result + tone;
    }

    private static boolean isMark(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}
