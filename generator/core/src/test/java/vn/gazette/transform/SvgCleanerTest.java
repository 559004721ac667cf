package vn.gazette.transform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SvgCleanerTest {

    private final SvgCleaner cleaner = new SvgCleaner();

    private SvgCleaner.Result clean(String svg) {
        return cleaner.clean(svg.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aCleanDrawingIsKeptByteForByte() {
        byte[] svg = ("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">"
                + "<title>Sơ đồ</title><defs><circle id=\"c\" r=\"4\"/></defs><use xlink:href=\"#c\"/>"
                + "<image href=\"anh.png\"/><a href=\"https://example.gov.vn/\"><text>Lạng Sơn</text></a></svg>")
                .getBytes(StandardCharsets.UTF_8);
        SvgCleaner.Result result = cleaner.clean(svg);
        assertThat(result.changed()).isFalse();
        assertThat(result.bytes()).isSameAs(svg);
    }

    @Test
    void scriptsHandlersScriptAddressesAndOutsideFilesAreRemovedAndNamed() {
        SvgCleaner.Result result = clean("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\">"
                + "<script>alert(2)</script><svg:script>alert(3)</svg:script>"
                + "<a xlink:href=\" JaVaScRiPt:alert(4)\"><text ONCLICK=\"x()\">bấm</text></a>"
                + "<foreignObject><body xmlns=\"http://www.w3.org/1999/xhtml\"><img src=\"x\" onerror=\"y()\"/></body>"
                + "</foreignObject><image href=\"https://tracker.example/p.png\"/>"
                + "<style>@import url(https://evil.example/x.css);</style><rect style=\"fill:url(http://e.example/#g)\"/>"
                + "<text>Giữ lại</text></svg>");
        String text = new String(result.bytes(), StandardCharsets.UTF_8);

        assertThat(text).doesNotContainIgnoringCase("script").doesNotContainIgnoringCase("onload")
                .doesNotContainIgnoringCase("onclick").doesNotContain("foreignObject", "tracker", "evil", "e.example")
                .contains("<text>Giữ lại</text>", "bấm");
        assertThat(SvgCleaner.describe(result.removed())).isEqualTo("<foreignObject> (1), <script> (1), "
                + "<style> loading outside files (1), <svg:script> (1), ONCLICK= (1), javascript: address (1), "
                + "onerror= (1), onload= (1), reference to an outside file (href=) (1), style loading outside files (1)");
    }
}
