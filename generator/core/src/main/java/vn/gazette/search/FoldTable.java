package vn.gazette.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * The folding table the browser uses, made from {@link Syllables}' rules when the site is built, so that a query
 * typed in the search page is folded exactly as the articles were: for every Vietnamese letter (both cases, every
 * tone, and the look-alike Ð), its exact letters, its tone digit and its bare letters. Stateless and thread-safe.
 */
public final class FoldTable {

    /** The Vietnamese vowels without tone; every one of them takes each of the five tones. */
    private static final String VOWELS = "aăâeêioôơuưy";
    private static final String CONSONANTS = "bcdđghklmnpqrstvxfjwz";

    private FoldTable() {
    }

    /** Every letter of Vietnamese writing, lower and upper case, plus Ð and ð (eth, typed for Đ). */
    public static List<String> letters() {
        List<String> letters = new ArrayList<>();
        for (char vowel : VOWELS.toCharArray()) {
            letters.add(String.valueOf(vowel));
            for (char tone : Syllables.TONES.toCharArray()) {
                letters.add(Normalizer.normalize(vowel + String.valueOf(tone), Normalizer.Form.NFC));
            }
        }
        for (char consonant : CONSONANTS.toCharArray()) {
            letters.add(String.valueOf(consonant));
        }
        List<String> all = new ArrayList<>(letters);
        letters.forEach(letter -> all.add(letter.toUpperCase(java.util.Locale.ROOT)));
        all.add("\u00D0");
        all.add("\u00F0");
        return all;
    }

    /**
     * The table as a JSON object: each letter whose folding is not itself maps to {@code [exact letters, tone digit,
     * bare letters]}, e.g. {@code "Ắ": ["ă", 2, "a"]}.
     */
    public static String json() {
        TreeMap<String, String> entries = new TreeMap<>();
        for (String letter : letters()) {
            String exact = Syllables.exact(letter);
            String bare = Syllables.bare(letter);
            int tone = 0;
            String letters = exact;
            if (Character.isDigit(exact.charAt(exact.length() - 1))) {
                tone = exact.charAt(exact.length() - 1) - '0';
                letters = exact.substring(0, exact.length() - 1);
            }
            if (!letters.equals(letter) || tone != 0 || !bare.equals(letter)) {
                entries.put(letter, "[\"" + letters + "\"," + tone + ",\"" + bare + "\"]");
            }
        }
        StringBuilder json = new StringBuilder("{");
        entries.forEach((letter, value) -> json.append(json.length() > 1 ? "," : "").append('"').append(letter)
                .append("\":").append(value));
        return json.append('}').toString();
    }
}
