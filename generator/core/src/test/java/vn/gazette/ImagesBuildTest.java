package vn.gazette;

import static org.assertj.core.api.Assertions.assertThat;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.GpsDirectory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gazette.image.TestPhotos;

class ImagesBuildTest {

    @TempDir
    Path dir;

    private static final String SITE = """
            -- site.yaml --
            title: Thử ảnh
            baseUrl: https://example.gov.vn/luu-tru/
            images:
              default: {src: logo.png, alt: "Logo của Sở"}
            """;

    private MiniSite site(String article) throws IOException {
        MiniSite site = MiniSite.of(dir, SITE + article);
        Path folder = site.content().resolve("articles/2023/hoi-nghi");
        Files.createDirectories(folder);
        Files.write(folder.resolve("toan-canh.jpg"), TestPhotos.withExif(TestPhotos.jpeg(TestPhotos.scene(2000, 1200,
                1)), 1, 21.85, 106.76));
        Files.write(folder.resolve("so-do.png"), TestPhotos.png(TestPhotos.scene(600, 400, 2)));
        Files.write(site.content().resolve("logo.png"), TestPhotos.png(TestPhotos.scene(400, 400, 3)));
        return site;
    }

    private static final String ARTICLE = """
            -- articles/2023/hoi-nghi.md --
            ---
            title: "Hội nghị tập huấn"
            date: 2023-09-22
            image:
              src: toan-canh.jpg
              alt: "Toàn cảnh hội nghị"
              caption: "Quang cảnh hội nghị"
              credit: "Minh Tâm"
            ---
            Mở đầu.

            ![Sơ đồ hội trường](so-do.png "Sơ đồ bố trí hội trường")

            https://www.youtube.com/watch?v=dQw4w9WgXcQ

            ![](so-do.png)
            -- articles/2023/khac.md --
            ---
            title: "Bài không ảnh"
            date: 2023-09-23
            ---
            Chữ.
            """;

    @Test
    void anArticleWithALeadImageAFigureAndAnEmbed() throws IOException {
        MiniSite site = site(ARTICLE);
        BuildResult result = site.build();
        assertThat(site.messages(result)).containsExactly("content/articles/2023/hoi-nghi.md:16:1: warning: the image "
                + "'so-do.png' has no alt text: describe it for readers who cannot see it, e.g. ![Toàn cảnh hội nghị]"
                + "(so-do.png)");
        Document page = Jsoup.parse(site.read("articles/2023/hoi-nghi/index.html"));
        Element lead = page.selectFirst("figure.lead-figure img");
        assertThat(lead.attr("src")).isEqualTo("/luu-tru/articles/2023/hoi-nghi/toan-canh.960w.jpg");
        assertThat(lead.attr("srcset")).isEqualTo("/luu-tru/articles/2023/hoi-nghi/toan-canh.480w.jpg 480w, "
                + "/luu-tru/articles/2023/hoi-nghi/toan-canh.960w.jpg 960w, "
                + "/luu-tru/articles/2023/hoi-nghi/toan-canh.1600w.jpg 1600w");
        assertThat(lead.attr("width")).isEqualTo("1600");
        assertThat(lead.attr("height")).isEqualTo("960");
        assertThat(lead.hasAttr("loading")).isFalse();
        assertThat(page.selectFirst("figure.lead-figure figcaption").text()).isEqualTo("Quang cảnh hội nghị Ảnh: Minh Tâm");

        Element figure = page.selectFirst(".body figure.figure");
        assertThat(figure.selectFirst("figcaption").text()).isEqualTo("Sơ đồ bố trí hội trường");
        for (Element img : page.select("img")) {
            assertThat(img.attr("width")).isNotEmpty();
            assertThat(img.attr("height")).isNotEmpty();
            assertThat(img.attr("srcset")).isNotEmpty();
        }
        for (Element img : page.select(".body img")) {
            assertThat(img.attr("loading")).isEqualTo("lazy");
            assertThat(img.attr("decoding")).isEqualTo("async");
            assertThat(img.attr("sizes")).isNotEmpty();
        }

        assertThat(page.select("meta[property=og:image]").attr("content"))
                .isEqualTo("https://example.gov.vn/luu-tru/articles/2023/hoi-nghi/toan-canh.1600w.jpg");
        assertThat(page.select("meta[property=og:image:width]").attr("content")).isEqualTo("1600");
        assertThat(page.select("meta[property=og:image:height]").attr("content")).isEqualTo("960");
        assertThat(page.select("meta[name=twitter:card]").attr("content")).isEqualTo("summary_large_image");
        assertThat(page.select("script[type=application/ld+json]").first().data())
                .contains("\"image\":{\"@type\":\"ImageObject\",\"url\":\"https://example.gov.vn/luu-tru/articles/2023/"
                        + "hoi-nghi/toan-canh.1600w.jpg\",\"width\":1600,\"height\":960");

        Element embed = page.selectFirst("figure.embed.embed-youtube a.embed-open");
        assertThat(embed.attr("href")).isEqualTo("https://www.youtube.com/watch?v=dQw4w9WgXcQ");
        assertThat(embed.attr("data-embed")).isEqualTo("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1");
        assertThat(page.select("script[src=/luu-tru/js/embed.js]")).hasSize(1);
        // nothing on the page makes the browser ask a third party for anything before a click
        assertThat(page.select("iframe, frame, object, embed")).isEmpty();
        for (Element loaded : page.select("[src], [srcset], [poster], link[rel=stylesheet], link[rel=preload]")) {
            for (String attribute : List.of("src", "srcset", "poster", "href")) {
                assertThat(loaded.attr(attribute)).as(loaded.outerHtml()).doesNotContain("//");
            }
        }

        // the site's default image stands in on pages without one, for social cards only
        Document other = Jsoup.parse(site.read("articles/2023/khac/index.html"));
        assertThat(other.select("meta[property=og:image]").attr("content"))
                .isEqualTo("https://example.gov.vn/luu-tru/logo.400w.png");
        assertThat(other.select("figure.lead-figure")).isEmpty();
        // cards show the article's image
        Document home = Jsoup.parse(site.read("index.html"));
        assertThat(home.select("li.card img.card-image").attr("alt")).isEqualTo("Toàn cảnh hội nghị");
    }

    @Test
    void originalsAreNotPublishedAndNoFileCarriesTheGpsPosition() throws Exception {
        MiniSite site = site(ARTICLE);
        site.build();
        List<String> files = site.outputFiles();
        assertThat(files).contains("articles/2023/hoi-nghi/toan-canh.480w.jpg", "articles/2023/hoi-nghi/toan-canh.960w.jpg",
                "articles/2023/hoi-nghi/toan-canh.1600w.jpg", "articles/2023/hoi-nghi/so-do.480w.png",
                "articles/2023/hoi-nghi/so-do.600w.png", "logo.400w.png");
        // the original's address serves the largest variant (so links to it still work), never the original's bytes
        Path original = site.output().resolve("articles/2023/hoi-nghi/toan-canh.jpg");
        assertThat(Files.readAllBytes(original)).isEqualTo(Files.readAllBytes(
                site.output().resolve("articles/2023/hoi-nghi/toan-canh.1600w.jpg")));
        assertThat(Files.readAllBytes(original)).isNotEqualTo(Files.readAllBytes(
                site.content().resolve("articles/2023/hoi-nghi/toan-canh.jpg")));
        assertThat(Files.readAllBytes(site.output().resolve("logo.png"))).isEqualTo(Files.readAllBytes(
                site.output().resolve("logo.400w.png")));
        for (String file : files) {
            if (file.endsWith(".jpg") || file.endsWith(".png")) {
                Metadata metadata = ImageMetadataReader.readMetadata(site.output().resolve(file).toFile());
                assertThat(metadata.getFirstDirectoryOfType(GpsDirectory.class)).as(file).isNull();
            }
        }
    }

    @Test
    void aLeadImageWithoutAltOrFileIsAnErrorAtItsLine() {
        MiniSite site = MiniSite.of(dir, SITE + """
                -- articles/a.md --
                ---
                title: "A"
                date: 2023-09-22
                image: anh.jpg
                ---
                x
                -- articles/b.md --
                ---
                title: "B"
                date: 2023-09-22
                image:
                  src: khong-co.jpg
                  alt: "Không có"
                ---
                x
                -- logo.png --
                """);
        BuildResult result = site.build();
        assertThat(site.messages(result)).contains(
                "content/articles/a.md:4:8: error: the image 'anh.jpg' has no alt text: write it as a mapping, image: "
                        + "{src: anh.jpg, alt: \"what the photo shows\"}",
                "content/articles/b.md:5:8: error: the image 'khong-co.jpg' is not a JPEG or PNG file of the site: put "
                        + "the file beside the article (or give its path from the content folder)");
    }

    @Test
    void aFrameTypedIntoAnArticleIsRemovedWithAWarningAtItsLine() {
        MiniSite site = MiniSite.of(dir, """
                -- site.yaml --
                title: Thử
                baseUrl: https://example.gov.vn/
                -- articles/a.md --
                ---
                title: "A"
                date: 2023-09-22
                ---
                Chữ <span onclick="x()">đậm</span>.

                <div class="hop">
                <iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ"></iframe>
                </div>

                [bấm](JaVaScRiPt:alert(1))
                """);
        BuildResult result = site.build();
        assertThat(site.messages(result)).containsExactly(
                "content/articles/a.md:5:5: warning: the attribute onclick of <span> was removed (it is not allowed in "
                        + "articles): take it out",
                "content/articles/a.md:8:1: warning: the element <iframe> was removed (frames and players are not "
                        + "allowed in articles): to show a YouTube or Facebook video or a Google map, put its link alone "
                        + "on a line; a video file of the site is written ![description](video.mp4)",
                "content/articles/a.md:11:1: warning: the address href=\"JaVaScRiPt:alert(1)\" of <a> was removed "
                        + "(only http, https, mailto and tel addresses and the site's own are allowed): correct the link");
    }
}
