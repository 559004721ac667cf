package vn.gazette.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class TextsTest {

    private static final String QUANG_NFC = "Qu\u1EA3ng";
    private static final String QUANG_NFD = "Qua\u0309ng";

    @Test
    void composesDecomposedText() {
        assertThat(QUANG_NFC).hasSize(5);
        assertThat(QUANG_NFD).hasSize(6);
        assertThat(Texts.nfc(QUANG_NFD)).isEqualTo(QUANG_NFC);
    }

    @Test
    void returnsTextAlreadyInNfcUnchanged() {
        String text = "Hội nghị tập huấn";
        assertThat(Texts.nfc(text)).isSameAs(text);
    }

    @Test
    void removesAByteOrderMarkAtTheStart() {
        assertThat(Texts.normalize("\uFEFFtitle: Hà Nội\n")).isEqualTo("title: Hà Nội\n");
    }

    @Test
    void keepsAZeroWidthNoBreakSpaceInsideTheText() {
        assertThat(Texts.normalize("a\uFEFFb")).isEqualTo("a\uFEFFb");
    }

    @Test
    void removesOnlyTheFirstByteOrderMark() {
        assertThat(Texts.normalize("\uFEFF\uFEFFx")).isEqualTo("\uFEFFx");
    }

    @Test
    void turnsWindowsLineEndsIntoLineFeeds() {
        assertThat(Texts.normalize("---\r\ntitle: A\r\n---\r\nBody\r\n")).isEqualTo("---\ntitle: A\n---\nBody\n");
    }

    @Test
    void turnsLoneCarriageReturnsIntoLineFeeds() {
        assertThat(Texts.normalize("a\rb\r")).isEqualTo("a\nb\n");
    }

    @Test
    void turnsMixedLineEndsIntoOneLineFeedEach() {
        assertThat(Texts.normalize("a\r\r\nb\n\rc")).isEqualTo("a\n\nb\n\nc");
    }

    @Test
    void normalisesBomLineEndsAndNfcTogether() {
        String typed = "\uFEFF" + Normalizer.normalize("Đồng Đăng\r\nLạng Sơn", Normalizer.Form.NFD);
        assertThat(Texts.normalize(typed)).isEqualTo("Đồng Đăng\nLạng Sơn");
    }

    @Test
    void leavesCleanTextAlone() {
        assertThat(Texts.normalize("")).isEmpty();
        assertThat(Texts.normalize("Hà Nội\n")).isEqualTo("Hà Nội\n");
    }

    @Test
    void foldsCaseAndCollapsesWhitespace() {
        assertThat(Texts.fold("  HÀ   Nội\t\n")).isEqualTo("hà nội");
        assertThat(Texts.fold("Thành\u00A0phố  Hồ Chí Minh")).isEqualTo("thành\u00A0phố hồ chí minh");
    }

    @Test
    void aPlainAsciiTextFoldsAsTheRulesFoldIt() {
        java.util.Random random = new java.util.Random(7);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i >= 0; i--) {
                text.append((char) (0x21 + random.nextInt(0x7F - 0x21)));
            }
            assertThat(Texts.isPlainAscii(text.toString())).isTrue();
            assertThat(Texts.fold(text.toString())).as(text.toString()).isEqualTo(Texts.foldByRules(text.toString()));
        }
        assertThat(Texts.fold("articles/2024/Tin-1.MD")).isEqualTo("articles/2024/tin-1.md");
        assertThat(Texts.isPlainAscii("a b")).isFalse();
        assertThat(Texts.isPlainAscii("a\u007Fb")).isFalse();
        assertThat(Texts.isPlainAscii("Hà")).isFalse();
    }

    @Test
    void foldsUppercaseVietnameseLetters() {
        assertThat(Texts.fold("ĐẮK LẮK")).isEqualTo("đắk lắk");
        assertThat(Texts.fold("ƠN ƯU ĂN ÂN ÊM ÔM")).isEqualTo("ơn ưu ăn ân êm ôm");
    }

    @Test
    void foldsNfdAndNfcSpellingsToTheSameText() {
        assertThat(Texts.fold(QUANG_NFD + " NGÃI")).isEqualTo(Texts.fold(QUANG_NFC + " Ngãi")).isEqualTo("quảng ngãi");
    }

    @Test
    void keepsToneMarksWhenFolding() {
        assertThat(Texts.fold("Hà Nội")).isNotEqualTo(Texts.fold("Ha Noi"));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"Thanh Hoá, Thanh Hóa", "thuỷ lợi, thủy lợi", "Khoẻ mạnh, khỏe mạnh",
            "Hoà Bình, Hòa Bình", "Ðà Nẵng, Đà Nẵng"})
    void foldMakesBothTonePlacementsAndTheLookAlikeEthOne(String newStyle, String oldStyle) {
        assertThat(Texts.fold(newStyle)).isEqualTo(Texts.fold(oldStyle));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"quý, qúy", "hoàng, hòang", "hoa, hóa"})
    void foldKeepsSpellingsThatDiffer(String one, String other) {
        assertThat(Texts.fold(one)).isNotEqualTo(Texts.fold(other));
    }

    @net.jqwik.api.Property(tries = 3000, seed = "20261207")
    void nfcIsWhatTheNormalizerGives(@net.jqwik.api.ForAll("texts") String text) {
        assertThat(Texts.nfc(text)).as(text).isEqualTo(Normalizer.normalize(text, Normalizer.Form.NFC));
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> texts() {
        // letters below U+0300 that combine with a mark after them, the marks, precomposed and Hangul letters
        net.jqwik.api.Arbitrary<String> near = net.jqwik.api.Arbitraries.strings()
                .withChars("aAeEoOuUyY/-._ \u00C5\u00E2\u0300\u0301\u0303\u0309\u0323\u0340\u1EA1\u212B\u1100\u1161\uAC00")
                .ofMinLength(0).ofMaxLength(12);
        return net.jqwik.api.Arbitraries.oneOf(near, net.jqwik.api.Arbitraries.strings().all().ofMaxLength(8));
    }
}
