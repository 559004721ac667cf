package vn.gazette.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;
import vn.gazette.BuildRequest;
import vn.gazette.BuildResult;
import vn.gazette.Generator;
import vn.gazette.ProjectFiles;

/**
 * Every kind of page of the sample archive, in the real browser, at a phone's width (375 px) and a laptop's (1366
 * px), light and dark: nothing wider than the phone's screen, no text under 12 px, tap targets of at least 24 px
 * (WCAG 2.2, links inside sentences excepted), and no axe-core violation of WCAG 2.1 A/AA or of heading order.
 * Screenshots of each page at both widths are written under target/screenshots for review. One browser session
 * serves every check.
 */
@BrowserTest
class ThemeBrowserTest {

    /** One page of each kind the default theme has. */
    static final Map<String, String> KINDS = new java.util.LinkedHashMap<>();

    static {
        KINDS.put("home", "/");
        KINDS.put("article-conference", "/articles/2023/lang-son-tap-huan-thong-tin-doi-ngoai-trang-dinh-van-lang/");
        KINDS.put("article-survey", "/articles/2018/lang-son-tiep-doan-khao-sat-thong-tin-doi-ngoai/");
        KINDS.put("taxonomy", "/the/");
        KINDS.put("term", "/the/thong-tin-doi-ngoai/");
        KINDS.put("provinces", "/tinh/");
        KINDS.put("province", "/tinh/tuyen-quang/");
        KINDS.put("archive", "/luu-tru/");
        KINDS.put("year", "/2023/");
        KINDS.put("month", "/2023/09/");
        KINDS.put("conferences", "/hoi-nghi-tap-huan/");
        KINDS.put("conferences-year", "/hoi-nghi-tap-huan/2023/");
        KINDS.put("conferences-kind", "/hoi-nghi-tap-huan/loai/survey/");
        KINDS.put("speakers", "/hoi-nghi-tap-huan/bao-cao-vien/");
        KINDS.put("speaker", "/hoi-nghi-tap-huan/bao-cao-vien/phan-thu-hong/");
        KINDS.put("not-found", "/khong-co-trang-nay/");
    }

    @TempDir
    static Path dir;

    static SiteServer server;

    @BeforeAll
    static void build() {
        Path out = dir.resolve("site");
        BuildResult result = Generator.create().build(BuildRequest.of(ProjectFiles.sampleContent(), out)
                .withTheme(ProjectFiles.defaultTheme()));
        assertThat(result.problems()).isEmpty();
        server = SiteServer.serve(out);
    }

    @AfterAll
    static void stop() {
        server.close();
        colourScheme(Browser.shared(), "light");
    }

    /** Text that renders smaller than 12 px, except text a screen hides on purpose (the skip link, hidden headings). */
    private static final String SMALL_TEXT = """
            const small = [];
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            while (walker.nextNode()) {
              const node = walker.currentNode;
              if (!node.textContent.trim()) continue;
              const el = node.parentElement;
              const range = document.createRange(); range.selectNodeContents(node);
              const rect = range.getBoundingClientRect();
              if (rect.width < 2 || rect.height < 2 || rect.right < 0 || rect.left > innerWidth + 2000) continue;
              let size = parseFloat(getComputedStyle(el).fontSize);
              const svg = el.closest('svg');
              if (svg) { const box = svg.viewBox.baseVal; if (box && box.width) size *= svg.getBoundingClientRect().width / box.width; }
              if (size < 12) small.push(size.toFixed(1) + 'px: ' + node.textContent.trim().slice(0, 40));
            }
            return small;""";

    /** Targets under 24 × 24 px; a link inside a sentence (its block has other text) is excepted, as WCAG 2.5.8 says. */
    private static final String SMALL_TARGETS = """
            const small = [];
            for (const el of document.querySelectorAll('a[href], button, input, select, textarea, summary')) {
              const rect = el.getBoundingClientRect();
              if (rect.width === 0 && rect.height === 0) continue;
              if (el.matches('.skip')) continue;
              const block = el.closest('p, li, dd, td, figcaption, h1, h2, h3, h4');
              if (el.matches('a') && block && block.textContent.trim().length > el.textContent.trim().length + 2) continue;
              if (rect.height < 24 || rect.width < 24) small.push(Math.round(rect.width) + 'x' + Math.round(rect.height) + ': ' + el.outerHTML.slice(0, 80));
            }
            return small;""";

    private static void colourScheme(Browser browser, String scheme) {
        ((ChromeDriver) browser.driver()).executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    @Test
    void everyKindOfPageReadsOnAPhoneAndALaptopInLightAndDark() {
        Browser browser = Browser.shared();
        List<String> problems = new ArrayList<>();
        for (String scheme : List.of("light", "dark")) {
            colourScheme(browser, scheme);
            for (int width : new int[] {375, 1366}) {
                browser.viewport(width, width == 375 ? 812 : 900);
                for (Map.Entry<String, String> kind : KINDS.entrySet()) {
                    String where = kind.getKey() + " " + width + " " + scheme + ": ";
                    browser.open(server.url(kind.getValue()));
                    if (width == 375) {
                        Number scroll = (Number) browser.script("return document.documentElement.scrollWidth");
                        if (scroll.intValue() > 375) {
                            problems.add(where + "the page is " + scroll + " px wide");
                        }
                    }
                    list(browser.script(SMALL_TEXT)).forEach(s -> problems.add(where + "small text " + s));
                    list(browser.script(SMALL_TARGETS)).forEach(s -> problems.add(where + "small target " + s));
                    axe(browser, new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")), where,
                            problems);
                    axe(browser, new AxeBuilder().withRules(List.of("heading-order")), where, problems);
                    if (scheme.equals("light")) {
                        browser.screenshot("theme/" + kind.getKey() + "-" + width);
                    } else if (width == 375) {
                        browser.screenshot("theme/" + kind.getKey() + "-" + width + "-dark");
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    private static void axe(Browser browser, AxeBuilder builder, String where, List<String> problems) {
        Results results = builder.analyze(browser.driver());
        for (Rule rule : results.getViolations()) {
            rule.getNodes().forEach(node -> problems.add(where + "axe " + rule.getId() + " at " + node.getTarget()
                    + ": " + node.getFailureSummary()));
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> list(Object value) {
        return value == null ? List.of() : (List<String>) value;
    }
}
