package vn.gazette.transform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlCleanerTest {

    private final HtmlCleaner cleaner = new HtmlCleaner();

    @Test
    void removesScriptsWithTheirCode() {
        assertThat(cleaner.clean("<p>Chào<script>alert(1)</script> bạn</p><script src=\"x.js\"></script>"))
                .isEqualTo("<p>Chào bạn</p>");
    }

    @Test
    void removesStylesWithTheirRules() {
        assertThat(cleaner.clean("<style>p { display: none }</style><p>Tin</p>")).isEqualTo("<p>Tin</p>");
    }

    @Test
    void removesInlineStyleAttributes() {
        assertThat(cleaner.clean("<p style=\"position:fixed\">Tin</p>")).isEqualTo("<p>Tin</p>");
    }

    @Test
    void removesFrames() {
        assertThat(cleaner.clean("<p>Xem</p><iframe src=\"https://evil.example/\"></iframe>")).isEqualTo("<p>Xem</p>");
    }

    @Test
    void removesFormsAndTheirControlsKeepingOnlyText() {
        assertThat(cleaner.clean("<form action=\"https://evil.example/\"><input name=\"mk\"><button>Gửi</button></form>"))
                .isEqualTo("Gửi");
    }

    @Test
    void removesEventHandlerAttributes() {
        assertThat(cleaner.clean("<img src=\"anh.jpg\" onerror=\"alert(1)\"><p onclick=\"alert(2)\">Tin</p>"))
                .isEqualTo("<img src=\"anh.jpg\"><p>Tin</p>");
    }

    @Test
    void removesJavascriptLinksInAnyCase() {
        assertThat(cleaner.clean("<a href=\"javascript:alert(1)\">a</a><a href=\"JaVaScRiPt:alert(1)\">b</a>"))
                .isEqualTo("<a>a</a><a>b</a>");
    }

    @Test
    void removesJavascriptLinksHiddenByEntitiesOrTabs() {
        assertThat(cleaner.clean("<a href=\"java&#9;script:alert(1)\">a</a><a href=\"&#106;avascript:alert(1)\">b</a>"))
                .isEqualTo("<a>a</a><a>b</a>");
    }

    @Test
    void removesVbscriptAndDataLinks() {
        assertThat(cleaner.clean("<a href=\"vbscript:msgbox(1)\">a</a><a href=\"data:text/html;base64,PHNjcmlwdD4=\">b</a>"))
                .isEqualTo("<a>a</a><a>b</a>");
    }

    @Test
    void removesDataAndScriptImageSources() {
        assertThat(cleaner.clean("<img src=\"data:image/svg+xml;base64,PHN2Zz4=\" alt=\"a\"><img src=\"javascript:x\">"))
                .isEqualTo("<img alt=\"a\"><img>");
    }

    @Test
    void keepsRelativeAndAbsoluteWebLinksAsWritten() {
        String html = "<p><a href=\"/articles/2023/x/\">bài</a> <img src=\"anh.jpg\" alt=\"ảnh\"> "
                + "<a href=\"#fn-1\">1</a> <a href=\"https://langson.gov.vn/\">cổng</a> "
                + "<a href=\"mailto:so@langson.gov.vn\">thư</a> <a href=\"tel:0205\">gọi</a></p>";

        assertThat(cleaner.clean(html)).isEqualTo(html);
    }

    @Test
    void keepsFiguresCaptionsRulesAndMarkedText() {
        String html = "<figure><img src=\"anh-1.jpg\" alt=\"Toàn cảnh\"><figcaption>Toàn cảnh hội nghị</figcaption></figure>"
                + "<hr><p><del>120</del> <s>cũ</s> <ins>mới</ins> <mark>130</mark> học viên</p>";

        assertThat(cleaner.clean(html)).isEqualTo(html);
    }

    @Test
    void keepsFootnoteMarkupWithIdsAndClasses() {
        String html = """
                <p>Hội nghị<sup id="fnref-1"><a class="footnote-ref" href="#fn-1">1</a></sup>.</p>
                <div class="footnotes">
                <hr />
                <ol>
                <li id="fn-1">
                <p>Theo báo cáo của Sở.</p>
                <a href="#fnref-1" class="footnote-backref">&#8617;</a>
                </li>
                </ol>
                </div>
                """;

        assertThat(cleaner.clean(html)).isEqualTo("""
                <p>Hội nghị<sup id="fnref-1"><a class="footnote-ref" href="#fn-1">1</a></sup>.</p>
                <div class="footnotes">
                <hr>
                <ol>
                <li id="fn-1">
                <p>Theo báo cáo của Sở.</p>
                <a href="#fnref-1" class="footnote-backref">↩</a>
                </li>
                </ol>
                </div>
                """);
    }

    @Test
    void keepsTableCellAlignment() {
        String html = "<table><thead><tr><th align=\"left\">Tỉnh</th><th align=\"center\">Số</th></tr></thead>"
                + "<tbody><tr><td align=\"left\">Lạng Sơn</td><td align=\"center\">130</td></tr></tbody></table>";

        assertThat(cleaner.clean(html)).isEqualTo(html);
    }

    @Test
    void keepsHeadingIds() {
        assertThat(cleaner.clean("<h2 id=\"noi-dung-chinh\">Nội dung chính</h2>"))
                .isEqualTo("<h2 id=\"noi-dung-chinh\">Nội dung chính</h2>");
    }

    @Test
    void doesNotPrettyPrint() {
        assertThat(cleaner.clean("<div><p>Một</p><ul><li>hai</li><li>ba</li></ul></div>"))
                .isEqualTo("<div><p>Một</p><ul><li>hai</li><li>ba</li></ul></div>");
    }

    @Test
    void keepsVietnameseLettersUnescaped() {
        assertThat(cleaner.clean("<p>Lạng Sơn &amp; Cao Bằng &lt;tin&gt;</p>"))
                .isEqualTo("<p>Lạng Sơn &amp; Cao Bằng &lt;tin&gt;</p>");
    }

    @Test
    void addsNoAttributesOfItsOwn() {
        assertThat(cleaner.clean("<a href=\"https://langson.gov.vn/\">cổng</a>"))
                .isEqualTo("<a href=\"https://langson.gov.vn/\">cổng</a>");
    }
}
