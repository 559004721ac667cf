package vn.gazette.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

@BrowserTest
class BrowserHarnessTest {

    @TempDir
    Path site;

    @Test
    void servesPrettyUrlsRunsScriptsAndCountsTheBytesSent() throws Exception {
        Files.createDirectories(site.resolve("x"));
        Files.writeString(site.resolve("x/index.html"), """
                <!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Thử</title></head>
                <body><p id="out">chưa chạy</p><script>document.getElementById('out').textContent = 'đã chạy';</script>
                </body></html>""");
        Files.writeString(site.resolve("404.html"), "<!doctype html><title>Không thấy</title>");
        try (SiteServer server = SiteServer.serve(site)) {
            Browser browser = Browser.shared().viewport(375, 812).open(server.url("/x/"));

            assertThat(browser.driver().getTitle()).isEqualTo("Thử");
            assertThat(browser.driver().findElement(By.id("out")).getText()).isEqualTo("đã chạy");
            assertThat(browser.script("return window.innerWidth")).isEqualTo(375L);
            assertThat(server.responses()).anySatisfy(r -> {
                assertThat(r.path()).isEqualTo("/x/");
                assertThat(r.status()).isEqualTo(200);
                assertThat(r.bytes()).isPositive().isLessThan(Files.size(site.resolve("x/index.html")));
            });

            browser.open(server.url("/nowhere/"));
            assertThat(browser.driver().getTitle()).isEqualTo("Không thấy");
            assertThat(Files.size(browser.screenshot("harness-375"))).isPositive();
        }
    }

    @Test
    void theBrowserWithoutJavaScriptRunsNoScript() throws Exception {
        Files.writeString(site.resolve("index.html"), """
                <!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Thử</title></head>
                <body><p id="out">chưa chạy</p><script>document.getElementById('out').textContent = 'đã chạy';</script>
                </body></html>""");
        try (SiteServer server = SiteServer.serve(site)) {
            Browser browser = Browser.withoutJavaScript().open(server.url("/"));

            assertThat(browser.driver().findElement(By.id("out")).getText()).isEqualTo("chưa chạy");
        }
    }
}
