package vn.gazette;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import vn.gazette.content.ArticleText;
import vn.gazette.content.FrontMatterParser;
import vn.gazette.problem.Problem;
import vn.gazette.problem.Problems;
import vn.gazette.transform.HtmlCleaner;
import vn.gazette.transform.LinkScanner;

/**
 * Issue 11: a fuzz test of the front-matter reader and the body cleaner, with jqwik. Inputs are built from the
 * pieces that break parsers and sanitisers (YAML tags, anchors, flow brackets, tabs, odd dates; HTML event handlers,
 * obfuscated {@code javascript:} URLs, unclosed tags, comments, SVG and MathML) mixed with random text. No input may
 * throw, no message may carry a stack trace or a Java object's name, and cleaned HTML never holds an event handler or
 * a {@code javascript:}/{@code vbscript:} URL. A fixed seed keeps CI reproducible; the tries are bounded so the whole
 * test takes a few seconds.
 */
class FuzzTest {

    private static final Path FILE = Path.of("content/articles/2023/x.md");

    private static final List<String> YAML = List.of("title: ", "date: ", "slug: ", "tags: ", "province: ", "draft: ",
            "expires: ", "updated: ", "conference:\n  ", "kind: ", "speakers:\n  - name: ", "params:\n  ", "participants: ",
            "\n", "\n  ", "\t", ": ", "- ", "[", "]", "{", "}", ",", "\"", "'", "&a ", "*a", "!!binary ", "!!python/object ",
            "!!javax.script.ScriptEngineManager ", "<<: ", "? ", "|\n  ", ">\n  ", "# ", "---\n", "...\n", "yes", "0x1F",
            "0123", "1:30", "2023-02-30", "31/02/2023", "2023-09-22 23:30:00", "0999-01-01", "9999-12-31T25:61",
            "null", "~", "true", "Lạng Sơn", "Tuyên Quang", "\u0000", "\uFEFF", "\u202E", "Ngày 22 tháng 9", "%", "@", "`");

    private static final List<String> HTML = List.of("<img src=x ", "<a href=\"", "<svg ", "<math>", "<script>",
            "</script>", "<iframe src=", "<style>", "<object data=", "<form action=", "<button formaction=", "<details ",
            "<video poster=", "<p ", "<div ", "onerror=", "OnClIcK=", "on\nload=", " onmouseover = ", "/onfocus=",
            "javascript:alert(1)", "JaVaScRiPt:", "jav&#x09;ascript:", "jav\tascript:", "&#106;avascript:",
            " \u0001javascript:", "vbscript:msgbox", "data:text/html,<script>", "\"", "'", "`", ">", "<", "/>", "<!--",
            "-->", "<![CDATA[", "]]>", "&", "&amp;", "&#x3c;", "=", " ", "\n", "xlink:href=", "srcdoc=", "style=\"",
            "background:url(javascript:x)", "Nội dung", "</a>", "</p>", "<noscript>", "<template>", "<table><td>");

    private final HtmlCleaner cleaner = new HtmlCleaner();

    @Provide
    Arbitrary<String> frontMatter() {
        return Arbitraries.oneOf(Arbitraries.of(YAML), Arbitraries.strings().ofMaxLength(6)).list().ofMaxSize(40)
                .map(pieces -> String.join("", pieces));
    }

    @Provide
    Arbitrary<String> html() {
        return Arbitraries.oneOf(Arbitraries.of(HTML), Arbitraries.strings().ofMaxLength(6)).list().ofMaxSize(40)
                .map(pieces -> String.join("", pieces));
    }

    @Property(tries = 200, seed = "20261201")
    void theFrontMatterReaderReportsEveryInputWithoutThrowingOrAStackTrace(@ForAll("frontMatter") String yaml) {
        String file = "---\n" + yaml + "\n---\nNội dung.\n";
        ArticleText.SplitResult split = ArticleText.split(file);
        Problems problems = new Problems();
        split.text().ifPresent(text -> new FrontMatterParser(ZoneId.of("Asia/Ho_Chi_Minh"), List.of("linh-vuc"))
                .parse(text, FILE, problems));
        for (Problem problem : problems.all()) {
            for (String language : List.of("en", "vi")) {
                String message = problem.text().text(language);
                assertThat(message).as(yaml).isNotBlank()
                        .doesNotContain("Exception", "\tat ", "java.", "org.yaml", "vn.gazette")
                        .doesNotContainPattern("@[0-9a-f]{6,}");
            }
            assertThat(problem.where().line()).as(yaml).isGreaterThanOrEqualTo(0);
        }
    }

    @Property(tries = 600, seed = "20261201")
    void cleanedHtmlNeverHoldsAnEventHandlerOrAScriptUrl(@ForAll("html") String html) {
        String cleaned = cleaner.clean(html);

        for (Element element : Jsoup.parseBodyFragment(cleaned).getAllElements()) {
            assertThat(element.tagName()).as(html).isNotIn("script", "iframe", "object", "embed", "style", "svg", "math");
            for (Attribute attribute : element.attributes()) {
                assertThat(attribute.getKey().toLowerCase()).as(html).doesNotStartWith("on");
                String value = attribute.getValue().replaceAll("[\\u0000-\\u0020]", "").toLowerCase();
                assertThat(value).as(html).doesNotStartWith("javascript:").doesNotStartWith("vbscript:")
                        .doesNotStartWith("data:text/html");
            }
        }
        // and the last safety pass, which reads pages as a browser would without a tree, agrees
        byte[] bytes = cleaned.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        LinkScanner.scan(bytes, new LinkScanner.Visitor() {
            @Override
            public void found(LinkScanner.Element element, int start, int end) {
                // references are the link check's business
            }

            @Override
            public void unsafe(LinkScanner.Unsafe what, int at, int start, int end) {
                throw new AssertionError(what + " in " + cleaned + " cleaned from " + html);
            }
        });
    }
}
