package vn.gazette;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11, defect 4: no defence in depth against theme mistakes. A theme printing a title with {@code ?no_esc}
 * published {@code <img src=... onerror=...>} from a title live, unless the image link happened to be broken. The last
 * safety pass over every page fails the build at the template position, naming the article.
 */
class PageSafetyTest {

    private static final String TITLE = "<img src=\\\"/css/gazette.css\\\" onerror=\\\"alert(document.cookie)\\\">";

    @TempDir
    Path dir;

    private static String defaultTemplate(String name) throws IOException {
        return Files.readString(ProjectFiles.defaultTheme().resolve("templates").resolve(name), StandardCharsets.UTF_8);
    }

    private MiniSite site(String settings, String articleTemplate) {
        return MiniSite.of(dir, "-- site.yaml --\ntitle: Thử\nbaseUrl: https://example.gov.vn/\n" + settings
                + "-- articles/2023/a.md --\n---\ntitle: \"" + TITLE + "\"\ndate: 2023-09-22\n---\nNội dung.\n"
                + "-- _theme/templates/article.ftlh --\n" + articleTemplate);
    }

    @Test
    void aTitlePrintedWithNoEscapeFailsTheBuildAtTheTemplatePositionNamingTheArticle() throws IOException {
        String template = defaultTemplate("article.ftlh").replace("<h1>${article.title}</h1>",
                "<h1>${article.title?no_esc}</h1>");
        MiniSite site = site("", template);

        BuildResult result = site.build();

        int line = (int) template.lines().takeWhile(l -> !l.contains("?no_esc")).count() + 1;
        assertThat(site.messages(result)).containsExactly("content/_theme/templates/article.ftlh:" + line + ":5: error: "
                + "the template printed an event-handler attribute 'onerror' here, on the page /articles/2023/a/ (made "
                + "from articles/2023/a.md): a page must not run script from its HTML. Print values "
                + "with ${...}, which escapes them, not with ?no_esc; or, only if every editor and the theme are trusted, "
                + "set rawHtml: allow in site.yaml");
        assertThat(site.exists("articles/2023/a/index.html")).isFalse();
    }

    @Test
    void theSamePageBuildsWhenTheSiteAllowsRawHtml() throws IOException {
        MiniSite site = site("rawHtml: allow\n", defaultTemplate("article.ftlh")
                .replace("<h1>${article.title}</h1>", "<h1>${article.title?no_esc}</h1>"));

        assertThat(site.messages(site.build())).isEmpty();
        assertThat(site.read("articles/2023/a/index.html")).contains("onerror=\"alert(document.cookie)\"");
    }

    @Test
    void anInlineScriptAndAJavascriptLinkInATemplateFailButTheThemesOwnScriptFileAndJsonLdPass() throws IOException {
        String template = defaultTemplate("article.ftlh").replace("<h1>${article.title}</h1>",
                "<h1>${article.title}</h1><script src=\"/js/doc.js\"></script>\n<script>alert(1)</script>\n"
                        + "<a href=\" JaVaScRiPt:alert(2)\">x</a>");
        MiniSite site = site("", template).write("-- _theme/static/js/doc.js --\nconsole.log(1);\n");

        BuildResult result = site.build();

        // each at its own place in the template text that follows ${article.title}: the <script> tag, the link's URL
        int line = (int) template.lines().takeWhile(l -> !l.contains("doc.js")).count() + 1;
        String file = "content/_theme/templates/article.ftlh:";
        assertThat(site.messages(result)).hasSize(2)
                .anyMatch(m -> m.startsWith(file + (line + 1) + ":1: error: the template printed an inline <script> "
                        + "here, on the page /articles/2023/a/ (made from articles/2023/a.md)"))
                .anyMatch(m -> m.startsWith(file + (line + 2) + ":10: error: the template printed a script URL "
                        + "' JaVaScRiPt:alert(2)' here"));
    }
}
