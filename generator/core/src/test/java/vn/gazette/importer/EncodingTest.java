package vn.gazette.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Legacy Vietnamese encodings: samples made here by encoding Unicode text with the inverse of the tables, plus the
 * well-known spellings of "Hội nghị" in TCVN3 ("Héi nghÞ") and VNI ("Hoäi nghò"); windows-1258 with and without a
 * declaration; text whose encoding cannot be told is refused.
 */
class EncodingTest {

    static final String SAMPLE = "Hội nghị tập huấn công tác thông tin đối ngoại năm 2023 tại huyện Tràng Định và "
            + "huyện Văn Lãng, tỉnh Lạng Sơn, với sự tham dự của hơn một trăm đại biểu người dân tộc thiểu số. "
            + "Đồng chí Phó Giám đốc Sở phát biểu khai mạc, nhấn mạnh vai trò của thông tin đối ngoại ở khu vực biên giới.";

    @Test
    void knownSpellingsConvert() {
        assertThat(LegacyVietnamese.fromTcvn3("H\u00E9i ngh\u00DE")).isEqualTo("Hội nghị");
        assertThat(LegacyVietnamese.fromVni("Ho\u00E4i ngh\u00F2")).isEqualTo("Hội nghị");
        assertThat(LegacyVietnamese.fromVni("Vie\u00E4t Nam, ng\u00F6\u00F4\u00F8i da\u00E2n, \u00F1o\u00E1i ngoa\u00EFi"))
                .isEqualTo("Việt Nam, người dân, đối ngoại");
    }

    @Test
    void tcvn3SampleIsDetectedAndConverted() {
        byte[] bytes = LegacySamples.tcvn3(SAMPLE.toLowerCase(new java.util.Locale("vi")));
        Optional<TextDecoder.Decoded> decoded = TextDecoder.decode(bytes, Optional.empty(), false);
        assertThat(decoded).isPresent();
        assertThat(decoded.get().text()).isEqualTo(SAMPLE.toLowerCase(new java.util.Locale("vi")));
        assertThat(decoded.get().encoding()).contains("TCVN3");
    }

    @Test
    void vniSampleIsDetectedAndConverted() {
        Optional<TextDecoder.Decoded> decoded = TextDecoder.decode(LegacySamples.vni(SAMPLE), Optional.empty(), false);
        assertThat(decoded).isPresent();
        assertThat(decoded.get().text()).isEqualTo(SAMPLE);
        assertThat(decoded.get().encoding()).contains("VNI");
    }

    @Test
    void vniTypedInsideAUtf8PageIsConvertedLineByLine() {
        String page = "Trang chủ | Liên hệ\n" + new String(LegacySamples.vni(SAMPLE), Charset.forName("windows-1252"));
        Optional<TextDecoder.Decoded> decoded = TextDecoder.decode(page.getBytes(StandardCharsets.UTF_8),
                Optional.empty(), false);
        assertThat(decoded.get().text()).isEqualTo("Trang chủ | Liên hệ\n" + SAMPLE);
    }

    @Test
    void windows1258WithAndWithoutDeclarationIsNfc() {
        byte[] bytes = LegacySamples.cp1258(SAMPLE);
        assertThat(TextDecoder.decode(bytes, Optional.of("windows-1258"), false).get().text()).isEqualTo(SAMPLE);
        TextDecoder.Decoded guessed = TextDecoder.decode(bytes, Optional.empty(), false).get();
        assertThat(guessed.text()).isEqualTo(SAMPLE);
        assertThat(Normalizer.isNormalized(guessed.text(), Normalizer.Form.NFC)).isTrue();
        assertThat(guessed.encoding()).isEqualTo("windows-1258");
    }

    @Test
    void unicodeTextIsLeftAsItIs() {
        TextDecoder.Decoded decoded = TextDecoder.decode(SAMPLE.getBytes(StandardCharsets.UTF_8), Optional.empty(),
                false).get();
        assertThat(decoded.text()).isEqualTo(SAMPLE);
        assertThat(decoded.encoding()).isEqualTo("utf-8");
    }

    @Test
    void bytesThatReadAsNoVietnameseAreRefused() {
        byte[] noise = new byte[400];
        new java.util.Random(7).nextBytes(noise);
        assertThat(TextDecoder.decode(noise, Optional.empty(), false)).isEmpty();
    }
}
