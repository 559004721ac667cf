package vn.gazette.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gazette.config.RawHtmlPolicy;
import vn.gazette.problem.Problems;

class MarkdownConverterTest {

    private static final String FILE = "content/articles/2023/hoi-nghi.md";

    @TempDir
    Path dir;

    private final Problems problems = new Problems();
    private final MarkdownConverter converter = new MarkdownConverter(RawHtmlPolicy.SANITIZE);

    private MarkdownDocument convert(String markdown) {
        return convert(markdown, 1);
    }

    private MarkdownDocument convert(String markdown, int firstLine) {
        Optional<MarkdownDocument> document = converter.convert(markdown, dir.resolve(FILE), firstLine, problems);
        assertThat(problems.sorted()).isEmpty();
        return document.orElseThrow();
    }

    private static MarkdownDocument.LinkTarget link(String url, int line, int column) {
        return new MarkdownDocument.LinkTarget(url, line, column, false);
    }

    private static MarkdownDocument.LinkTarget image(String url, int line, int column) {
        return new MarkdownDocument.LinkTarget(url, line, column, true);
    }

    @Test
    void bareAddressesBecomeLinksWhereverTheyAreAndABodyWithoutOneIsParsedWithoutTheAutolinkScan() {
        assertThat(convert("Xem https://langson.gov.vn/tin.\n").html())
                .isEqualTo("<p>Xem <a href=\"https://langson.gov.vn/tin\">https://langson.gov.vn/tin</a>.</p>\n");
        assertThat(convert("Xem www.langson.gov.vn nhé\n").html()).contains("<a href=\"http://www.langson.gov.vn\">");
        assertThat(convert("Thư gửi bbt@langson.gov.vn\n").html()).contains("<a href=\"mailto:bbt@langson.gov.vn\">");
        assertThat(MarkdownConverter.mayHoldAutolinks("Xem https://x.vn")).isTrue();
        assertThat(MarkdownConverter.mayHoldAutolinks("trang wWw.x.vn")).isTrue();
        assertThat(MarkdownConverter.mayHoldAutolinks("thư a@b.vn")).isTrue();
        assertThat(MarkdownConverter.mayHoldAutolinks("Hội nghị tập huấn [bài](/articles/a/) ở www")).isFalse();
        assertThat(MarkdownConverter.mayHoldAutolinks("Tin ở WwW.x.vn")).isTrue();
        assertThat(MarkdownConverter.mayHoldAutolinks("w W ww wWW.")).isTrue();
        assertThat(MarkdownConverter.mayHoldAutolinks("w W ww wWW")).isFalse();
        assertThat(MarkdownConverter.html5("<p>a<br />b<img src=\"x\" alt=\"\" /></p><hr/>"))
                .isEqualTo("<p>a<br>b<img src=\"x\" alt=\"\"></p><hr>");
        String plain = "<p>Đà Nẵng</p>";
        assertThat(MarkdownConverter.html5(plain)).isSameAs(plain);
    }

    @Test
    void convertsPlainMarkdownWithoutAskingForCleaning() {
        MarkdownDocument document = convert("Chào **Lạng Sơn** và _Cao Bằng_.\n");

        assertThat(document.html()).isEqualTo("<p>Chào <strong>Lạng Sơn</strong> và <em>Cao Bằng</em>.</p>\n");
        assertThat(document.needsCleaning()).isFalse();
        assertThat(document.links()).isEmpty();
    }

    @Test
    void rendersGfmTablesWithColumnAlignmentAsClassesNotTheObsoleteAttribute() {
        MarkdownDocument document = convert("""
                | Tỉnh | Học viên |
                |:-----|:--------:|
                | Lạng Sơn | 130 |
                | Cao Bằng |
                """);

        assertThat(document.html()).isEqualTo("""
                <table>
                <thead>
                <tr><th class="align-left">Tỉnh</th><th class="align-center">Học viên</th></tr>
                </thead>
                <tbody>
                <tr><td class="align-left">Lạng Sơn</td><td class="align-center">130</td></tr>
                <tr><td class="align-left">Cao Bằng</td><td class="align-center"></td></tr>
                </tbody>
                </table>
                """);
        assertThat(document.needsCleaning()).isFalse();
    }

    @Test
    void rendersGfmTaskLists() {
        String html = convert("- [x] gửi giấy mời\n- [ ] in tài liệu\n").html();

        assertThat(html).contains("<li class=\"task-list-item\"><input type=\"checkbox\" class=\"task-list-item-checkbox\" "
                + "checked=\"checked\" disabled=\"disabled\" readonly=\"readonly\">&nbsp;gửi giấy mời</li>")
                .contains("<input type=\"checkbox\" class=\"task-list-item-checkbox\" disabled=\"disabled\" "
                        + "readonly=\"readonly\">&nbsp;in tài liệu");
    }

    @Test
    void anImageWithoutAltTextIsMarkedForAWarningAndOneWithAltIsNot() {
        List<MarkdownDocument.LinkTarget> links = convert("![](a.jpg) ![Sơ đồ](b.jpg)\n").links();

        assertThat(links).extracting(MarkdownDocument.LinkTarget::noAlt).containsExactly(true, false);
    }

    @Test
    void rawHtmlIsKeptWithItsLineAndColumnForTheSanitisersWarnings() {
        MarkdownDocument document = convert("Chữ <b onclick=\"x()\">đậm</b>\n\n<div>\n<iframe></iframe>\n</div>\n");

        assertThat(document.rawHtml()).extracting(MarkdownDocument.RawHtml::line, MarkdownDocument.RawHtml::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 5), org.assertj.core.groups.Tuple.tuple(1, 25),
                        org.assertj.core.groups.Tuple.tuple(3, 1));
    }

    @Test
    void rendersStrikethrough() {
        assertThat(convert("Số liệu ~~120~~ 130 người.\n").html())
                .isEqualTo("<p>Số liệu <del>120</del> 130 người.</p>\n");
    }

    @Test
    void turnsBareUrlsIntoLinksAndListsThem() {
        MarkdownDocument document = convert("Xem https://langson.gov.vn/tin-tuc nhé.\n");

        assertThat(document.html()).isEqualTo(
                "<p>Xem <a href=\"https://langson.gov.vn/tin-tuc\">https://langson.gov.vn/tin-tuc</a> nhé.</p>\n");
        assertThat(document.links()).containsExactly(link("https://langson.gov.vn/tin-tuc", 1, 5));
        assertThat(document.needsCleaning()).isFalse();
    }

    /**
     * Text is rendered as Flexmark's core renders it, also where the quick way for text without escapes, entities or
     * carriage returns does not apply (these are the core renderer's bytes, taken before the quick way was added).
     */
    @Test
    void textWithEscapesEntitiesAndCarriageReturnsIsRenderedAsFlexmarkRendersIt() {
        assertThat(convert("Giá 5 \\* 3 \\[không phải liên kết\\] và a\\\\b\n").html())
                .isEqualTo("<p>Giá 5 * 3 [không phải liên kết] và a\\b</p>\n");
        assertThat(convert("Sở TT&amp;TT &copy; 2024 &#7889; &#x1EA1; AT&T\n").html())
                .isEqualTo("<p>Sở TT&amp;TT © 2024 ố ạ AT&amp;T</p>\n");
        assertThat(convert("Dòng một\r\ndòng hai\rdòng ba\n").html()).isEqualTo("<p>Dòng một\ndòng hai\ndòng ba</p>\n");
        assertThat(convert("Chữ \"ngoặc\" 'đơn' và dấu > thường\n").html())
                .isEqualTo("<p>Chữ &quot;ngoặc&quot; 'đơn' và dấu &gt; thường</p>\n");
    }

    @Test
    void rendersFootnotesWithLinkedIdsAndClasses() {
        MarkdownDocument document = convert("Hội nghị có 130 học viên[^1].\n\n[^1]: Theo báo cáo của Sở.\n");

        assertThat(document.html()).isEqualTo("""
                <p>Hội nghị có 130 học viên<sup id="fnref-1"><a class="footnote-ref" href="#fn-1">1</a></sup>.</p>
                <div class="footnotes">
                <hr>
                <ol>
                <li id="fn-1">
                <p>Theo báo cáo của Sở.</p>
                <a href="#fnref-1" class="footnote-backref">&#8617;</a></li>
                </ol>
                </div>
                """);
        assertThat(document.needsCleaning()).isFalse();
    }

    @Test
    void headingIdsAreVietnameseSlugs() {
        assertThat(convert("## Nội dung chính\n\n### Đồng Đăng, Lạng Sơn!\n").html()).isEqualTo("""
                <h2 id="noi-dung-chinh"><a href="#noi-dung-chinh" class="anchor" aria-labelledby="noi-dung-chinh"><span aria-hidden="true">#</span></a>Nội dung chính</h2>
                <h3 id="dong-dang-lang-son"><a href="#dong-dang-lang-son" class="anchor" aria-labelledby="dong-dang-lang-son"><span aria-hidden="true">#</span></a>Đồng Đăng, Lạng Sơn!</h3>
                """);
    }

    @Test
    void repeatedHeadingsGetNumberedIds() {
        assertThat(convert("# Nội dung chính\n\n## Nội dung chính\n\n## Nội dung chính\n").html()).isEqualTo("""
                <h1 id="noi-dung-chinh"><a href="#noi-dung-chinh" class="anchor" aria-labelledby="noi-dung-chinh"><span aria-hidden="true">#</span></a>Nội dung chính</h1>
                <h2 id="noi-dung-chinh-2"><a href="#noi-dung-chinh-2" class="anchor" aria-labelledby="noi-dung-chinh-2"><span aria-hidden="true">#</span></a>Nội dung chính</h2>
                <h2 id="noi-dung-chinh-3"><a href="#noi-dung-chinh-3" class="anchor" aria-labelledby="noi-dung-chinh-3"><span aria-hidden="true">#</span></a>Nội dung chính</h2>
                """);
    }

    @Test
    void aHeadingWhoseSlugIsANumberedIdStillGetsAUniqueId() {
        assertThat(convert("# Tin\n\n# Tin\n\n# Tin 2\n").html()).isEqualTo("""
                <h1 id="tin"><a href="#tin" class="anchor" aria-labelledby="tin"><span aria-hidden="true">#</span></a>Tin</h1>
                <h1 id="tin-2"><a href="#tin-2" class="anchor" aria-labelledby="tin-2"><span aria-hidden="true">#</span></a>Tin</h1>
                <h1 id="tin-2-2"><a href="#tin-2-2" class="anchor" aria-labelledby="tin-2-2"><span aria-hidden="true">#</span></a>Tin 2</h1>
                """);
    }

    @Test
    void aHeadingWithoutLettersGetsAGenericId() {
        assertThat(convert("# ???\n\n# !!!\n").html()).isEqualTo("<h1 id=\"muc\"><a href=\"#muc\" class=\"anchor\" aria-labelledby=\"muc\"><span aria-hidden=\"true\">#</span></a>???</h1>\n<h1 id=\"muc-2\"><a href=\"#muc-2\" class=\"anchor\" aria-labelledby=\"muc-2\"><span aria-hidden=\"true\">#</span></a>!!!</h1>\n");
    }

    @Test
    void headingIdsStartAgainInEveryDocument() {
        convert("# Tin\n");

        assertThat(convert("# Tin\n").html()).isEqualTo("<h1 id=\"tin\"><a href=\"#tin\" class=\"anchor\" aria-labelledby=\"tin\"><span aria-hidden=\"true\">#</span></a>Tin</h1>\n");
    }

    @Test
    void linkAndImageTargetsCarryTheirFileLineAndColumn() {
        MarkdownDocument document = convert("""
                Xem [bài trước](/articles/2023/x/) và [ảnh](anh-1.jpg).

                > Trích: ![Toàn cảnh hội nghị](anh-2.jpg "Ảnh: Sở")

                - mục [tài liệu](tai-lieu.pdf)
                """, 6);

        assertThat(document.links()).containsExactly(
                link("/articles/2023/x/", 6, 5),
                link("anh-1.jpg", 6, 39),
                image("anh-2.jpg", 8, 10),
                link("tai-lieu.pdf", 10, 7));
        assertThat(document.html()).isEqualTo("""
                <p>Xem <a href="/articles/2023/x/">bài trước</a> và <a href="anh-1.jpg">ảnh</a>.</p>
                <blockquote>
                <p>Trích: <img src="anh-2.jpg" alt="Toàn cảnh hội nghị" title="Ảnh: Sở"></p>
                </blockquote>
                <ul>
                <li>mục <a href="tai-lieu.pdf">tài liệu</a></li>
                </ul>
                """);
        assertThat(document.needsCleaning()).isFalse();
    }

    @Test
    void referenceStyleLinksAreResolvedToTheirDefinition() {
        MarkdownDocument document = convert("""
                Theo [Sở TT&TT][so] và [cổng tỉnh].

                ![Logo][logo]

                [so]: https://stttt.langson.gov.vn/
                [cổng tỉnh]: /articles/2023/cong-tinh/
                [logo]: logo.png
                """, 10);

        assertThat(document.links()).containsExactly(
                link("https://stttt.langson.gov.vn/", 10, 6),
                link("/articles/2023/cong-tinh/", 10, 24),
                image("logo.png", 12, 1));
        assertThat(document.html()).isEqualTo("""
                <p>Theo <a href="https://stttt.langson.gov.vn/">Sở TT&amp;TT</a> và <a href="/articles/2023/cong-tinh/">cổng tỉnh</a>.</p>
                <p><img src="logo.png" alt="Logo"></p>
                """);
    }

    @Test
    void anUndefinedReferenceStaysTextAndIsNoLink() {
        MarkdownDocument document = convert("Xem [mục này][khong-co].\n");

        assertThat(document.links()).isEmpty();
        assertThat(document.html()).isEqualTo("<p>Xem [mục này][khong-co].</p>\n");
    }

    @Test
    void mailAndPhoneLinksAreSafe() {
        MarkdownDocument document = convert("[Gửi thư](mailto:stttt@langson.gov.vn) hoặc [gọi](tel:02053812345).\n");

        assertThat(document.needsCleaning()).isFalse();
        assertThat(document.links()).containsExactly(link("mailto:stttt@langson.gov.vn", 1, 1),
                link("tel:02053812345", 1, 45));
    }

    @Test
    void rawInlineHtmlNeedsCleaning() {
        MarkdownDocument document = convert("Chữ <mark>đánh dấu</mark>.\n");

        assertThat(document.needsCleaning()).isTrue();
        assertThat(document.html()).isEqualTo("<p>Chữ <mark>đánh dấu</mark>.</p>\n");
    }

    @Test
    void rawHtmlBlocksNeedCleaning() {
        assertThat(convert("<script>alert(1)</script>\n").needsCleaning()).isTrue();
        assertThat(convert("<!-- ghi chú -->\n").needsCleaning()).isTrue();
    }

    @Test
    void aJavascriptLinkInAnyCaseNeedsCleaning() {
        MarkdownDocument document = convert("[bấm](JaVaScRiPt:alert(1))\n");

        assertThat(document.needsCleaning()).isTrue();
        assertThat(document.links()).containsExactly(link("JaVaScRiPt:alert(1)", 1, 1));
    }

    @Test
    void vbscriptAndDataLinksNeedCleaning() {
        assertThat(convert("[bấm](vbscript:msgbox(1))\n").needsCleaning()).isTrue();
        assertThat(convert("[bấm](data:text/html;base64,PHNjcmlwdD4=)\n").needsCleaning()).isTrue();
        assertThat(convert("![ảnh](data:image/svg+xml;base64,PHN2Zz4=)\n").needsCleaning()).isTrue();
    }

    @Test
    void anUnsafeSchemeInAReferenceDefinitionNeedsCleaning() {
        assertThat(convert("[bấm][x]\n\n[x]: VBScript:msgbox(1)\n").needsCleaning()).isTrue();
    }

    @Test
    void anUnsafeAutolinkNeedsCleaning() {
        assertThat(convert("<javascript:alert(1)>\n").needsCleaning()).isTrue();
    }

    @Test
    void aSchemeHiddenBehindAnEntityNeedsCleaning() {
        MarkdownDocument document = convert("[bấm](JaVaScRiPt&#58;alert(1))\n");

        assertThat(document.html()).contains("href=\"JaVaScRiPt:alert(1)\"");
        assertThat(document.needsCleaning()).isTrue();
    }

    @Test
    void aSchemeSplitByAnEncodedTabNeedsCleaning() {
        assertThat(convert("[bấm](java&#9;script:alert(1))\n").needsCleaning()).isTrue();
    }

    @Test
    void theEscapePolicyShowsTagsAsText() {
        MarkdownDocument document = new MarkdownConverter(RawHtmlPolicy.ESCAPE)
                .convert("Chữ <b>đậm</b> <script>alert(1)</script>\n\n<div>khối</div>\n", dir.resolve(FILE), 1, problems)
                .orElseThrow();

        assertThat(document.html()).isEqualTo("""
                <p>Chữ &lt;b&gt;đậm&lt;/b&gt; &lt;script&gt;alert(1)&lt;/script&gt;</p>
                <p>&lt;div&gt;khối&lt;/div&gt;</p>
                """);
    }

    @Test
    void theAllowPolicyPassesHtmlThrough() {
        MarkdownDocument document = new MarkdownConverter(RawHtmlPolicy.ALLOW)
                .convert("<div class=\"hop\">khối</div>\n", dir.resolve(FILE), 1, problems).orElseThrow();

        assertThat(document.html()).isEqualTo("<div class=\"hop\">khối</div>\n");
        assertThat(document.needsCleaning()).isTrue();
    }

    @Test
    void aTreeDeeperThanTheRendererCanWalkIsAPositionedProblem() {
        Optional<MarkdownDocument> document = converter.convert("![".repeat(300) + "ảnh" + "](a.jpg)".repeat(300),
                dir.resolve(FILE), 7, problems);

        assertThat(document).isEmpty();
        assertThat(problems.sorted()).map(p -> p.format(dir)).containsExactly(FILE + ":7:1: error: the Markdown is "
                + "nested too deeply to convert (lists, quotes or emphasis inside each other hundreds of times): flatten it");
    }

    @Test
    void quotesNestedToTheDeepestATreeMayBeStillConvert() {
        // the document, 254 quotes, their paragraph and its text: 256 levels below the root
        assertThat(convert("> ".repeat(MarkdownConverter.MAX_DEPTH - 2) + "sâu\n").html()).contains("<p>sâu</p>");

        assertThat(converter.convert("> ".repeat(MarkdownConverter.MAX_DEPTH - 1) + "sâu\n", dir.resolve(FILE), 1,
                problems)).isEmpty();
        assertThat(problems.sorted()).hasSize(1);
    }

    @Test
    void aDocumentNestedTooDeeplyIsAPositionedProblemNotACrash() throws InterruptedException {
        String markdown = ">".repeat(100_000) + " sâu\n";
        AtomicReference<Optional<MarkdownDocument>> result = new AtomicReference<>();
        AtomicReference<Throwable> crash = new AtomicReference<>();
        Runnable convert = () -> {
            try {
                result.set(converter.convert(markdown, dir.resolve(FILE), 7, problems));
            } catch (Throwable e) {
                crash.set(e);
            }
        };

        Thread thread = new Thread(null, convert, "t", 512 * 1024);
        thread.start();
        thread.join(20_000);

        assertThat(thread.isAlive()).isFalse();
        assertThat(crash.get()).isNull();
        assertThat(result.get()).isEmpty();
        assertThat(problems.sorted()).map(p -> p.format(dir)).containsExactly(FILE + ":7:1: error: the Markdown is "
                + "nested too deeply to convert (lists, quotes or emphasis inside each other hundreds of times): flatten it");
    }

    @Test
    void theConverterIsStillUsableAfterADocumentTooDeep() throws InterruptedException {
        Thread thread = new Thread(null, () -> converter.convert(">".repeat(100_000) + "\n", dir.resolve(FILE), 1,
                new Problems()), "t", 512 * 1024);
        thread.start();
        thread.join(20_000);

        assertThat(thread.isAlive()).isFalse();
        assertThat(convert("# Tin\n").html()).isEqualTo("<h1 id=\"tin\"><a href=\"#tin\" class=\"anchor\" aria-labelledby=\"tin\"><span aria-hidden=\"true\">#</span></a>Tin</h1>\n");
    }

    @Test
    void listsLinksInDocumentOrder() {
        List<MarkdownDocument.LinkTarget> links = convert("[a](/a/)\n\n[b](/b/) [c](/c/)\n").links();

        assertThat(links).extracting(MarkdownDocument.LinkTarget::url).containsExactly("/a/", "/b/", "/c/");
    }

    @Test
    void linkColumnsCountAnEmojiAsOneCharacter() {
        assertThat(convert("🎉 xem [bài](/a/)\n").links()).containsExactly(link("/a/", 1, 7));
    }

    /**
     * A node's line is looked up among the body's line breaks, found once, instead of Flexmark counting them from
     * the top for every link and heading: for every place of random texts with {@code \n}, {@code \r\n} and a lone
     * {@code \r}, the line is Flexmark's own count, and the column the count of characters back to the last
     * {@code \n}.
     */
    @Test
    void theLineOfEveryPlaceIsFlexmarksAndTheColumnCountsBackToTheLastNewline() {
        java.util.Random random = new java.util.Random(2026);
        String[] pieces = {"a", "đ", "🎉", " ", "\n", "\r\n", "\r", "\n\n", "[x](/y/)", "# Tiêu đề"};
        com.vladsch.flexmark.parser.Parser parser = com.vladsch.flexmark.parser.Parser.builder().build();
        for (int round = 0; round < 300; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String markdown = text.toString();
            com.vladsch.flexmark.util.ast.Document document = parser.parse(markdown);
            MarkdownConverter.Lines lines = new MarkdownConverter.Lines(markdown);
            for (int offset = 0; offset <= markdown.length(); offset++) {
                assertThat(lines.line(offset)).as("line at %d of %s", offset, markdown.replace("\r", "\\r")
                        .replace("\n", "\\n")).isEqualTo(document.getLineNumber(offset));
                int start = offset;
                while (start > 0 && markdown.charAt(start - 1) != '\n') {
                    start--;
                }
                assertThat(lines.column(offset)).isEqualTo(Character.codePointCount(markdown, start, offset) + 1);
            }
        }
    }

    @Test
    void linksAndHeadingsAfterWindowsLineBreaksNameTheirFileLines() {
        MarkdownDocument document = convert("Dòng một\r\n\r\n## Mục hai\r\n\r\nXem [bài](/a/) nhé\r\n", 5);

        assertThat(document.links()).containsExactly(link("/a/", 9, 5));
        assertThat(document.headings()).extracting(MarkdownDocument.Heading::line).containsExactly(7);
    }

    /** Pieces of Markdown with every kind of text run: escaped characters, entities, spaces, breaks, the marks' own. */
    private static final List<String> PIECES = List.of("Hội nghị", " ", "  ", "\t", "\n", "\n\n", "  \n", "\\\n",
            "\r\n", "*", "**", "_", "~~", "`", "<", ">", "\"", "'", "&", "&amp;", "&#x3c;", "\\*", "\\<", "# ", "## ",
            "- ", "1. ", "> ", "- [ ] ", "- [x] ", "| a | b |\n| --- | ---: |\n| ", " | ", "[^1]", "\n[^1]: ",
            "[Tin](/articles/a/ \"t\")", "![ảnh](/a.jpg)", "<b>đậm</b>", "<!-- c -->", "    mã\n", "```\nmã\n```\n",
            "\uE000", "\uE001", "\uE0000\uE001", "&#xE000;", "&#57345;", "&#xe000;1&#xE001;", "https://langson.gov.vn/a?b=1&c=2", "www.x.vn", "bbt@x.vn", "7",
            "đ");

    private final MarkdownConverter inPlace = new MarkdownConverter(RawHtmlPolicy.SANITIZE, false);
    private final MarkdownConverter escaping = new MarkdownConverter(RawHtmlPolicy.ESCAPE);
    private final MarkdownConverter escapingInPlace = new MarkdownConverter(RawHtmlPolicy.ESCAPE, false);

    @Provide
    Arbitrary<String> markdown() {
        return Arbitraries.of(PIECES).list().ofMaxSize(30).map(pieces -> String.join("", pieces));
    }

    /** A jqwik property: no {@code @TempDir} here, and no file is read (the path only names the problems' place). */
    @Property(tries = 400, seed = "20261208")
    void textRunsMarkedWhileRenderingAndFilledInAfterwardsGiveTheHtmlOfTextWrittenInPlace(
            @ForAll("markdown") String markdown) {
        Problems marked = new Problems();
        Problems written = new Problems();
        Optional<MarkdownDocument> expected = inPlace.convert(markdown, Path.of(FILE), 1, written);
        Optional<MarkdownDocument> actual = converter.convert(markdown, Path.of(FILE), 1, marked);
        assertThat(actual.map(MarkdownDocument::html)).as(markdown).isEqualTo(expected.map(MarkdownDocument::html));
        assertThat(actual.map(MarkdownDocument::headings)).isEqualTo(expected.map(MarkdownDocument::headings));
        assertThat(marked.sorted()).isEqualTo(written.sorted());
        assertThat(escaping.convert(markdown, Path.of(FILE), 1, new Problems()).map(MarkdownDocument::html)).as(markdown)
                .isEqualTo(escapingInPlace.convert(markdown, Path.of(FILE), 1, new Problems())
                        .map(MarkdownDocument::html));
    }

    @Test
    void aBodyHoldingTheMarksOwnCharactersOrReferencesToThemKeepsThemAndEscapesItsTextAsFlexmarkDoes() {
        assertThat(convert("Số \uE0000\uE001 và \uE000.\n").html()).isEqualTo("<p>Số \uE0000\uE001 và \uE000.</p>\n");
        // a numeric character reference gives any character, a mark's too
        assertThat(convert("Số &#xE000;0&#57345; ở *đây*\n").html())
                .isEqualTo("<p>Số \uE0000\uE001 ở <em>đây</em></p>\n");
        assertThat(convert("Dấu <1> và \"trích\" ở **\"đậm\"**\n").html())
                .isEqualTo("<p>Dấu &lt;1&gt; và &quot;trích&quot; ở <strong>&quot;đậm&quot;</strong></p>\n");
        assertThat(MarkdownConverter.escaped("a<b>\"c\"")).isEqualTo("a&lt;b&gt;&quot;c&quot;");
        String plain = "Lạng Sơn";
        assertThat(MarkdownConverter.escaped(plain)).isSameAs(plain);
    }

    @Test
    void theRendererWritesAMarkForEachTextRunOnOneLineAndTheRunsAreKeptEscaped() {
        List<String> runs = new java.util.ArrayList<>();
        String markdown = "Hội nghị *tập huấn* ở \"Lạng Sơn\"\ncòn **A & B** và  \n  \n";
        String marked = converter.marked(markdown, runs);
        assertThat(marked).isEqualTo("<p>\uE0000\uE001<em>\uE0001\uE001</em>\uE0002\uE001\n\uE0003\uE001"
                + "<strong>A &amp; B</strong>\uE0004\uE001</p>\n");
        assertThat(runs).containsExactly("Hội nghị ", "tập huấn", " ở &quot;Lạng Sơn&quot;", "còn ", " và");
        assertThat(MarkdownConverter.filled(marked, runs)).isEqualTo(convert(markdown).html());
    }

    @Test
    void marksAreFilledInWithTheirRunsWhereverTheyAreAndHtmlWithoutOneIsLeftAsItIs() {
        assertThat(MarkdownConverter.filled("<p>\uE0001\uE001<em>\uE0000\uE001</em>\uE00010\uE001</p>",
                List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k")))
                .isEqualTo("<p>b<em>a</em>k</p>");
        String html = "<p>Hội nghị</p>";
        assertThat(MarkdownConverter.filled(html, List.of())).isSameAs(html);
    }
}
