package vn.gazette.transform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gazette.config.EmbedProvider;
import vn.gazette.config.ImageSettings;
import vn.gazette.config.RawHtmlPolicy;
import vn.gazette.config.SiteConfig;
import vn.gazette.config.TaxonomyConfig;
import vn.gazette.image.ImageStage;
import vn.gazette.image.Picture;
import vn.gazette.problem.Severity;

class MediaMarkupTest {

    private static final SiteConfig CONFIG = new SiteConfig("T", "", URI.create("https://example.gov.vn/"),
            SiteConfig.VIETNAMESE, SiteConfig.DEFAULT_ZONE, 10, RawHtmlPolicy.SANITIZE, 20, 5,
            SiteConfig.Segments.DEFAULT, TaxonomyConfig.defaults(), SiteConfig.DEFAULT_CONFERENCE_KINDS, Severity.ERROR,
            vn.gazette.config.FileRules.DEFAULT, vn.gazette.config.Plausibility.DEFAULT,
            ImageSettings.DEFAULT, List.of(new EmbedProvider("Truyền hình tỉnh", "https://tv.example.gov.vn/video/",
                    "https://tv.example.gov.vn/embed/{id}")));

    private static final Picture POSTER = new Picture("a/x/clip.jpg", "k", 960, 540, List.of(
            new Picture.Variant(480, 270, "a/x/clip.480w.jpg"), new Picture.Variant(960, 540, "a/x/clip.960w.jpg")));

    private final MediaMarkup markup = new MediaMarkup(CONFIG, new ImageStage.Pictures(
            Map.of(POSTER.source(), POSTER), Map.of()), Map.of("embed.play", "Xem trên {provider}",
            "embed.map", "Bản đồ {provider}", "embed.note", "Chỉ tải khi bấm.", "toc.title", "Nội dung"));

    private String apply(String html) {
        return markup.apply("/a/x/", html, false).html();
    }

    @Test
    void providersOutsideTheAllowListStayPlainLinks() {
        String html = "<p><a href=\"https://vimeo.com/123\">https://vimeo.com/123</a></p>";
        assertThat(apply(html)).isEqualTo(html);
        assertThat(apply("<p><a href=\"https://www.youtube.com/watch?v=short\">x</a></p>")).doesNotContain("embed");
    }

    @Test
    void youtubeFacebookMapsAndTheSitesOwnProvidersBecomeFacades() {
        assertThat(apply("<p><a href=\"https://youtu.be/dQw4w9WgXcQ\">Phóng sự</a></p>")).isEqualTo(
                "<figure class=\"embed embed-youtube embed-video\"><a class=\"embed-open\" href=\"https://youtu.be/"
                        + "dQw4w9WgXcQ\" data-embed=\"https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1\" "
                        + "rel=\"noopener\" data-title=\"Phóng sự\"><span class=\"embed-label\">Xem trên YouTube</span>"
                        + "<span class=\"embed-note\">Chỉ tải khi bấm.</span></a><figcaption>Phóng sự</figcaption></figure>");
        assertThat(apply("<p><a href=\"https://www.facebook.com/sotttt/videos/123456/\">x</a></p>"))
                .contains("data-embed=\"https://www.facebook.com/plugins/video.php?href=https%3A%2F%2Fwww.facebook.com"
                        + "%2Fsotttt%2Fvideos%2F123456%2F&amp;show_text=false\"");
        assertThat(apply("<p><a href=\"https://www.google.com/maps?q=L%E1%BA%A1ng+S%C6%A1n\">bản đồ</a></p>"))
                .contains("embed-map", "data-embed=\"https://maps.google.com/maps?q=L%E1%BA%A1ng+S%C6%A1n&amp;output=embed\"",
                        "Bản đồ Google Maps");
        assertThat(apply("<p><a href=\"https://tv.example.gov.vn/video/2023/tap-huan\">x</a></p>"))
                .contains("data-embed=\"https://tv.example.gov.vn/embed/2023/tap-huan\"", "Xem trên Truyền hình tỉnh");
    }

    @Test
    void aLocalVideoGetsControlsAndItsPoster() {
        assertThat(apply("<p><img src=\"clip.mp4\" alt=\"Khai mạc\" title=\"Lễ khai mạc\"></p>")).isEqualTo(
                "<figure class=\"figure video\"><video controls=\"\" preload=\"none\" poster=\"/a/x/clip.960w.jpg\" "
                        + "width=\"960\" height=\"540\" aria-label=\"Khai mạc\"><source src=\"/a/x/clip.mp4\" "
                        + "type=\"video/mp4\"><a href=\"/a/x/clip.mp4\">Khai mạc</a></video><figcaption>Lễ khai mạc"
                        + "</figcaption></figure>");
    }

    @Test
    void aTocLineBecomesTheListOfHeadings() {
        String html = apply("<p>[TOC]</p><h2 id=\"a\"><a href=\"#a\" class=\"anchor\" aria-labelledby=\"a\"><span aria-hidden=\"true\">#"
                + "</span></a>Mở đầu</h2><h3 id=\"b\">Chi tiết</h3><h2 id=\"c\">Kết quả</h2>");
        assertThat(html).startsWith("<nav class=\"toc\" aria-labelledby=\"toc-heading\"><h2 id=\"toc-heading\">Nội dung"
                + "</h2><ol><li><a href=\"#a\">Mở đầu</a><ol><li><a href=\"#b\">Chi tiết</a></li></ol></li><li>"
                + "<a href=\"#c\">Kết quả</a></li></ol></nav>");
        assertThat(markup.apply("/a/x/", "<h2 id=\"a\">A</h2>", true).html()).startsWith("<nav class=\"toc\"");
    }
}
