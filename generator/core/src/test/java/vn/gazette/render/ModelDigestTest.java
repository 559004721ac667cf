package vn.gazette.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gazette.config.RawHtmlPolicy;
import vn.gazette.config.SiteConfig;
import vn.gazette.config.TaxonomyConfig;
import vn.gazette.problem.Severity;

class ModelDigestTest {

    private static SiteConfig config(Map<String, String> titles) {
        return new SiteConfig("T", "", URI.create("https://example.gov.vn/"), SiteConfig.VIETNAMESE,
                SiteConfig.DEFAULT_ZONE, 10, RawHtmlPolicy.SANITIZE, 20, 5, SiteConfig.Segments.DEFAULT,
                List.of(new TaxonomyConfig("tags", "the", titles, Map.of())), SiteConfig.DEFAULT_CONFERENCE_KINDS,
                Severity.ERROR);
    }

    private static long digest(Object value) {
        ModelDigest digest = new ModelDigest();
        digest.add(value);
        return digest.value();
    }

    @Test
    void settingsDigestTheSameWhateverOrderTheirMapsIterateIn() {
        Map<String, String> viFirst = new LinkedHashMap<>();
        viFirst.put("vi", "Chủ đề");
        viFirst.put("en", "Topics");
        Map<String, String> enFirst = new LinkedHashMap<>();
        enFirst.put("en", "Topics");
        enFirst.put("vi", "Chủ đề");
        assertThat(viFirst.toString()).isNotEqualTo(enFirst.toString());
        assertThat(digest(new LinkedHashMap<>(viFirst))).isEqualTo(digest(new LinkedHashMap<>(enFirst)));
        assertThat(digest(config(viFirst))).isEqualTo(digest(config(enFirst)));
    }

    @Test
    void anyChangedSettingChangesTheDigest() {
        assertThat(digest(config(Map.of("vi", "Chủ đề")))).isNotEqualTo(digest(config(Map.of("vi", "Thẻ"))));
    }

    @Test
    void markupAndTextOfTheSameCharactersDigestAlike() {
        assertThat(digest(Views.markup("<b>x</b>"))).isEqualTo(digest("<b>x</b>"));
        assertThat(digest(List.of("a", "b"))).isNotEqualTo(digest(List.of("ab")));
    }
}
