package vn.gazette.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class SyllablesTest {

    @Test
    void bareKeysDropTonesVowelMarksAndTheStrokeOfD() {
        assertThat(Syllables.of("Đà Nẵng").stream().map(Syllables::bare)).containsExactly("da", "nang");
        assertThat(Syllables.bare("Tập")).isEqualTo("tap");
        assertThat(Syllables.bare("huấn")).isEqualTo("huan");
        assertThat(Syllables.bare("ĐỒNG")).isEqualTo("dong");
        assertThat(Syllables.bare("Ðà")).as("eth typed for Đ").isEqualTo("da");
        assertThat(Syllables.bare("DTTS")).isEqualTo("dtts");
    }

    @Test
    void exactKeysKeepTheSpellingButNotWhereTheToneSits() {
        assertThat(Syllables.exact("Hòa")).isEqualTo(Syllables.exact("Hoà")).isEqualTo("hoa1");
        assertThat(Syllables.exact("thuỷ")).isEqualTo(Syllables.exact("thủy")).isEqualTo("thuy3");
        assertThat(Syllables.exact("Nẵng")).isEqualTo("năng4");
        assertThat(Syllables.exact("tập")).isEqualTo("tâp5").isNotEqualTo(Syllables.exact("tấp"));
        assertThat(Syllables.exact("huân")).isNotEqualTo(Syllables.exact("huấn"));
        assertThat(Syllables.exact("Đà")).isEqualTo("đa1");
        assertThat(Syllables.exact(Normalizer.normalize("Nẵng", Normalizer.Form.NFD))).as("typed decomposed")
                .isEqualTo("năng4");
    }

    @Test
    void syllablesAreRunsOfLettersAndDigitsWithoutPunctuation() {
        assertThat(Syllables.of("Sở TT&TT, ngày 22/9/2023: “tập huấn”!")).containsExactly("Sở", "TT", "TT", "ngày",
                "22", "9", "2023", "tập", "huấn");
        assertThat(Syllables.of(Normalizer.normalize("Hoà Bình", Normalizer.Form.NFD))).hasSize(2);
        assertThat(Syllables.of("a" + "x".repeat(Syllables.MAX_LENGTH) + " b")).containsExactly("b");
    }

    @Test
    void punctuationEndsAPhraseButSpacesAndHyphensDoNot() {
        java.util.List<String> joined = new java.util.ArrayList<>();
        Syllables.each("tin tức. Đối ngoại - Ka-lăng, (thông) tin", (text, start, end, hash, together) -> {
            String syllable = new String(text, start, end - start);
            assertThat(hash).as(syllable).isEqualTo(syllable.hashCode());
            joined.add((together ? "+" : "") + syllable);
        });
        assertThat(joined).containsExactly("tin", "+tức", "Đối", "+ngoại", "+Ka", "+lăng", "thông", "tin");
    }

    @Test
    void theQuickAnswerForVietnameseBlocksIsTheUnicodeOneForEveryCharacter() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            assertThat(Syllables.isWordChar((char) c)).as("U+%04X", c).isEqualTo(Syllables.isWordCharByType((char) c));
        }
    }

    @Test
    void theQuickWhiteSpaceTestIsJavasForEveryCharacter() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            assertThat(HtmlText.isWhitespace((char) c)).as("U+%04X", c).isEqualTo(Character.isWhitespace((char) c));
        }
    }

    @Test
    void theFoldingTableHasEveryVietnameseLetterBothCasesAndEveryTone() {
        assertThat(FoldTable.letters()).hasSize(2 * (12 * 6 + 21) + 2).contains("ỹ", "Ỹ", "ặ", "Ặ", "đ", "Đ", "Ð");
        String json = FoldTable.json();
        assertThat(json).contains("\"Ặ\":[\"ă\",5,\"a\"]", "\"Đ\":[\"đ\",0,\"d\"]", "\"ð\":[\"đ\",0,\"d\"]",
                "\"ừ\":[\"ư\",1,\"u\"]").doesNotContain("\"a\":");
    }

    @Test
    void htmlTextHasNoTagsScriptsOrReferences() {
        assertThat(HtmlText.of("<p>Tập&nbsp;huấn <em>thông</em>&#32;tin &amp; <a href=\"x\">đối ngoại</a></p>"
                + "<script>var x = 'bí mật';</script><p>&lt;b&gt; &#x110;à</p>"))
                .isEqualTo("Tập huấn thông tin & đối ngoại <b> Đà");
        assertThat(HtmlText.of("<section><strong>Lũng</strong><STYLE>p{color:red}</STYLE> <span>Cú</span>"
                + "<Script>khong()</SCRIPT><small>Đà</small><s>Nẵng</s><style>x</style></section>"))
                .isEqualTo("Lũng Cú Đà Nẵng");
    }
}
