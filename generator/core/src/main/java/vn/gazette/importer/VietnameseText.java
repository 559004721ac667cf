package vn.gazette.importer;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How much a text reads as Vietnamese: the share of its words with a diacritic that are well-formed Vietnamese
 * syllables (initial consonant, vowel group, final consonant, one tone at most). Mojibake (UTF-8 read as
 * Windows-1252, TCVN3 or VNI bytes shown as Latin-1) makes words that are not syllables, so comparing the score
 * of the candidate readings tells the encoding. Stateless and thread-safe.
 */
final class VietnameseText {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");
    private static final Pattern TONES = Pattern.compile("[\u0300\u0301\u0303\u0309\u0323]");
    private static final Pattern SYLLABLE = Pattern.compile(
            "(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?"
            + "(?<vowels>[aăâeêioôơuưy]{1,3})(ch|ng|nh|[cmnpt])?");
    private static final Set<String> VOWELS = Set.of("a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y",
            "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iê", "iêu", "iu", "oa", "oă", "oai", "oao", "oay",
            "oe", "oeo", "oi", "ôi", "ơi", "ua", "uâ", "uây", "uê", "ui", "uô", "uôi", "uơ", "ưa", "ưi", "ươ", "ươi",
            "ươu", "ưu", "uy", "uya", "uyê", "uyu", "yê", "yêu", "oo", "ôô", "uyêu");
    private static final Pattern MARKED = Pattern.compile("[^a-z]");

    private VietnameseText() {
    }

    /** Vietnamese-looking score: well-formed marked syllables minus words with stray signs, per word. */
    static double score(String text) {
        Matcher words = WORD.matcher(text);
        int total = 0;
        int good = 0;
        int bad = 0;
        while (words.find() && total < 20_000) {
            String word = Normalizer.normalize(words.group(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
            total++;
            if (!MARKED.matcher(word).find()) {
                continue; // plain ASCII says nothing about the encoding
            }
            if (isSyllable(word)) {
                good++;
            } else {
                bad++;
            }
        }
        // symbols inside words (¸ µ ® ¬ ...) split words and are counted as such
        bad += strays(text);
        return total == 0 ? 0 : (good - 2.0 * bad) / total;
    }

    /** Whether a lower-case NFC word is one Vietnamese syllable. */
    static boolean isSyllable(String word) {
        String decomposed = Normalizer.normalize(word, Normalizer.Form.NFD);
        Matcher tones = TONES.matcher(decomposed);
        int count = 0;
        while (tones.find()) {
            count++;
        }
        if (count > 1) {
            return false;
        }
        String base = Normalizer.normalize(tones.replaceAll(""), Normalizer.Form.NFC);
        Matcher m = SYLLABLE.matcher(base);
        return m.matches() && VOWELS.contains(m.group("vowels"));
    }

    private static int strays(String text) {
        int count = 0;
        for (int i = 1; i + 1 < text.length() && count < 20_000; i++) {
            char c = text.charAt(i);
            if (c >= 0xA0 && c <= 0xBF && Character.isLetter(text.charAt(i - 1))) {
                count++;
            }
        }
        return count;
    }
}
