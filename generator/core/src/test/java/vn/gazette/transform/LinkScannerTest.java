package vn.gazette.transform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinkScannerTest {

    private static List<String> scan(String html) {
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        List<String> found = new ArrayList<>();
        LinkScanner.scan(bytes, (element, start, end) -> found.add(element + " " + LinkScanner.value(bytes, start, end)));
        return found;
    }

    @Test
    void findsTheReferencesOfLinksImagesAndLoadedFilesInDocumentOrder() {
        assertThat(scan("""
                <!DOCTYPE html><html><head><link rel="stylesheet" href="/css/a.css"><script src='/js/a.js'></script>
                </head><body><a class="x" href=/the/ >T</a><IMG alt="ảnh" SRC="sơ đồ.svg"><picture><source src="b.webp">
                </picture><a name="muc">không có href</a><img srcset="c.png 2x"></body></html>
                """)).containsExactly("RESOURCE /css/a.css", "RESOURCE /js/a.js", "ANCHOR /the/", "IMAGE sơ đồ.svg",
                "RESOURCE b.webp");
    }

    @Test
    void skipsCommentsScriptsAndStylesSoJsonAndCodeNeverCount() {
        assertThat(scan("""
                <!-- <a href="/trong-chu-thich/"> --><script type="application/ld+json">{"a": "<a href='/json/'>"}</script>
                <style>a[href="/css/"] {}</style><pre><code>&lt;a href="/ma/"&gt;</code></pre><a href="/that/">x</a>
                """)).containsExactly("ANCHOR /that/");
    }

    @Test
    void resolvesCharacterReferencesInValues() {
        assertThat(scan("<a href=\"/tim?a=1&amp;b=2&#35;x&#x2F;&quot;&nbsp;\">x</a>"))
                .containsExactly("ANCHOR /tim?a=1&b=2#x/\"&nbsp;");
    }

    @Test
    void survivesPagesCutShort() {
        assertThat(scan("<a href=\"/mot/\">x</a><a href=\"/hai")).containsExactly("ANCHOR /mot/", "ANCHOR /hai");
        assertThat(scan("<script>var a = '<a href=\"/x/\">';")).isEmpty();
        assertThat(scan("a < b and <")).isEmpty();
    }
}
