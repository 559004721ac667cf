package vn.gazette.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.gazette.MiniSite;
import vn.gazette.image.TestPhotos;

/**
 * An article with a lead image, a figure and two embeds, in the real browser: nothing is requested from a third
 * party before the reader clicks, a click puts the provider's player in place, and the pictures load lazily from the
 * site's own variants. Screenshots at 375 and 1366 px are left in target/screenshots.
 */
@BrowserTest
class EmbedsInTheBrowserTest {

    @TempDir
    Path dir;

    @Test
    void noThirdPartyRequestBeforeAClickAndThePlayerAfterIt() throws Exception {
        MiniSite site = MiniSite.of(dir, """
                -- site.yaml --
                title: Thử nhúng
                baseUrl: https://example.gov.vn/
                -- articles/2023/hoi-nghi.md --
                ---
                title: "Hội nghị tập huấn thông tin đối ngoại"
                date: 2023-09-22
                image: {src: toan-canh.jpg, alt: "Toàn cảnh hội nghị", caption: "Quang cảnh hội nghị"}
                ---
                Mở đầu bài viết.

                [Phóng sự về lớp tập huấn](https://www.youtube.com/watch?v=dQw4w9WgXcQ)

                ![Sơ đồ hội trường](so-do.png "Sơ đồ bố trí hội trường")

                https://www.google.com/maps?q=L%E1%BA%A1ng+S%C6%A1n
                """);
        Path folder = site.content().resolve("articles/2023/hoi-nghi");
        Files.createDirectories(folder);
        Files.write(folder.resolve("toan-canh.jpg"), TestPhotos.jpeg(TestPhotos.scene(1600, 900, 1)));
        Files.write(folder.resolve("so-do.png"), TestPhotos.png(TestPhotos.scene(800, 500, 2)));
        assertThat(site.messages(site.build())).isEmpty();

        try (SiteServer server = SiteServer.serve(site.output())) {
            String origin = server.url("/").replaceAll("/$", "");
            for (int width : List.of(375, 1366)) {
                Browser browser = Browser.shared().viewport(width, 900).open(server.url("/articles/2023/hoi-nghi/"));
                browser.script("window.scrollTo(0, document.body.scrollHeight)");
                Thread.sleep(300);
                @SuppressWarnings("unchecked")
                List<String> loaded = (List<String>) browser.script(
                        "return performance.getEntriesByType('resource').map(e => e.name)");
                assertThat(loaded).isNotEmpty().allSatisfy(url -> assertThat(url).startsWith(origin));
                assertThat(browser.driver().findElements(By.tagName("iframe"))).isEmpty();
                browser.script("window.scrollTo(0, 0)");
                browser.screenshot("embeds-article-" + width);
            }

            Browser browser = Browser.shared().viewport(1366, 900).open(server.url("/articles/2023/hoi-nghi/"));
            browser.driver().findElement(By.cssSelector("figure.embed-youtube a.embed-open")).click();
            browser.waiting(Duration.ofSeconds(5)).until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("figure.embed-youtube iframe")));
            assertThat(browser.driver().findElement(By.cssSelector("figure.embed-youtube iframe")).getAttribute("src"))
                    .isEqualTo("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1");
            assertThat(browser.driver().findElements(By.cssSelector("figure.embed-map iframe"))).isEmpty();
        }
    }
}
