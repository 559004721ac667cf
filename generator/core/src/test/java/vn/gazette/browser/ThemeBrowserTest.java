package vn.gazette.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;
import vn.gazette.BuildRequest;
import vn.gazette.BuildResult;
import vn.gazette.Generator;
import vn.gazette.ProjectFiles;
import vn.gazette.RegistryPages;

/**
 * Issue 14, point 5: every kind of page of the sample archive with the default theme, in the real browser, at a
 * phone's width (375 px) and a laptop's (1366 px): nothing wider than the phone's screen, no text rendered under
 * 12 px, tap targets of at least 24 × 24 px (WCAG 2.2, 2.5.8; links inside a sentence excepted, as it allows), and no
 * axe-core violation of WCAG 2.1 A/AA nor of heading order, in the light colours and (at 375 px) the dark ones. The
 * pages are taken from the registry of outputs, so a new kind of page is checked without anyone listing it.
 * Screenshots of each page at both widths go to target/screenshots/theme-*.png, for a person to look at.
 */
@BrowserTest
class ThemeBrowserTest {

    /** The kinds of the registry that make files, not pages: no browser shows them. */
    private static final Set<String> FILE_KINDS = Set.of("atom", "conference-data", "image", "site-files");

    private static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    @TempDir
    static Path dir;

    private static SiteServer server;
    private static Path site;
    private static List<RegistryPages.Page> registry;

    @BeforeAll
    static void build() throws IOException {
        Path out = dir.resolve("site");
        BuildResult result = Generator.create().build(BuildRequest.of(ProjectFiles.sampleContent(), out)
                .withTheme(ProjectFiles.defaultTheme()));
        assertThat(result.problems()).isEmpty();
        registry = RegistryPages.of(ProjectFiles.sampleContent(), ProjectFiles.defaultTheme());
        server = SiteServer.serve(out);
        site = out;
    }

    @AfterAll
    static void stop() {
        server.close();
        colours(Browser.shared(), "light");
    }

    /**
     * The pages looked at: of each kind the first two (an index and one of its entries, the first page and the
     * second), and every article (the sample's articles differ most: the conference with its chart, the survey, the
     * one with a picture).
     */
    static Map<String, String> pages(List<RegistryPages.Page> registry) {
        Map<String, String> chosen = new LinkedHashMap<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (RegistryPages.Page page : registry) {
            int n = seen.merge(page.kind(), 1, Integer::sum);
            if (n <= 2 || page.kind().equals("article")) {
                chosen.put(page.kind() + "-" + n, page.url());
            }
        }
        return chosen;
    }

    @Test
    void theTestLooksAtAPageOfEveryKindOfTheRegistry() {
        Set<String> withPages = new LinkedHashSet<>();
        registry.forEach(page -> withPages.add(page.kind()));
        List<String> missing = RegistryPages.kinds().stream()
                .filter(kind -> !withPages.contains(kind) && !FILE_KINDS.contains(kind)).toList();
        assertThat(missing).as("kinds of the registry the sample has no page of: give the sample one, or list the "
                + "kind in FILE_KINDS if it makes no HTML page").isEmpty();
        Set<String> looked = new LinkedHashSet<>();
        pages(registry).keySet().forEach(name -> looked.add(name.substring(0, name.lastIndexOf('-'))));
        assertThat(looked).containsExactlyInAnyOrderElementsOf(withPages);
    }

    @Test
    void theChecksFindWhatTheyAreFor() throws IOException {
        java.nio.file.Files.writeString(site.resolve("faults.html"), """
                <!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Lỗi</title>
                <meta name="viewport" content="width=device-width, initial-scale=1"></head><body><main>
                <h1>Lỗi</h1><h3>Bỏ cấp</h3><p style="font-size: 10px">Chữ nhỏ</p><div style="width: 500px">Rộng</div>
                <p><a href="/" style="font-size: 10px">x</a></p><img src="/favicon.svg"></main></body></html>""");
        Browser browser = Browser.shared().viewport(375, 812).open(server.url("/faults.html"));
        List<String> problems = new ArrayList<>();
        axe(browser, new AxeBuilder().withTags(WCAG_AA), "", problems);
        axe(browser, new AxeBuilder().withRules(List.of("heading-order")), "", problems);

        assertThat(((Number) browser.script("return document.documentElement.scrollWidth")).intValue())
                .isGreaterThan(375);
        assertThat(list(browser.script(SMALL_TEXT))).containsExactly("10.0 px \"Chữ nhỏ\"", "10.0 px \"x\"");
        assertThat(list(browser.script(SMALL_TARGETS))).singleElement().asString().startsWith("5×11 <a href=\"/\"");
        assertThat(problems).anyMatch(p -> p.startsWith("axe image-alt")).anyMatch(p -> p.startsWith("axe heading-order"));
    }

    @Test
    void everyKindOfPageReadsOnAPhoneAndALaptop() {
        Browser browser = Browser.shared();
        List<String> problems = new ArrayList<>();
        Map<String, String> pages = pages(registry);
        colours(browser, "light");
        for (int width : new int[] {375, 1366}) {
            for (Map.Entry<String, String> page : pages.entrySet()) {
                String where = page.getKey() + " " + page.getValue() + " at " + width + " px: ";
                // again for each page: the last page's full-length screenshot resized the window
                browser.viewport(width, width == 375 ? 812 : 900).open(server.url(page.getValue()));
                assertThat(browser.script("return innerWidth")).as(where).isEqualTo((long) width);
                if (width == 375) {
                    Number scroll = (Number) browser.script("return document.documentElement.scrollWidth");
                    if (scroll.intValue() > 375) {
                        problems.add(where + "the page is " + scroll + " px wide: " + browser.script(WIDE));
                    }
                }
                list(browser.script(SMALL_TEXT)).forEach(s -> problems.add(where + "text under 12 px: " + s));
                list(browser.script(SMALL_TARGETS)).forEach(s -> problems.add(where + "target under 24 px: " + s));
                axe(browser, new AxeBuilder().withTags(WCAG_AA), where, problems);
                axe(browser, new AxeBuilder().withRules(List.of("heading-order")), where, problems);
                browser.screenshot("theme-" + page.getKey() + "-" + width);
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyKindOfPageHasEnoughContrastInTheDarkColours() {
        Browser browser = Browser.shared().viewport(375, 812);
        List<String> problems = new ArrayList<>();
        colours(browser, "dark");
        try {
            for (Map.Entry<String, String> page : pages(registry).entrySet()) {
                browser.open(server.url(page.getValue()));
                axe(browser, new AxeBuilder().withTags(WCAG_AA), page.getKey() + " dark: ", problems);
                if (page.getKey().endsWith("-1")) {
                    browser.screenshot("theme-" + page.getKey() + "-375-dark");
                }
            }
        } finally {
            colours(browser, "light");
        }
        assertThat(problems).isEmpty();
    }

    /** What sticks out past the phone's width, for the message. */
    private static final String WIDE = """
            const wide = [];
            for (const el of document.body.querySelectorAll('*')) {
              const r = el.getBoundingClientRect();
              if (r.right > innerWidth + 1 && wide.length < 5) wide.push(el.tagName.toLowerCase() + '.' + el.className + ' ' + Math.round(r.right));
            }
            return wide.join(', ');""";

    /** Text rendered under 12 px (SVG text scaled by its viewBox), except text hidden on purpose. */
    private static final String SMALL_TEXT = """
            const small = [];
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            while (walker.nextNode()) {
              const node = walker.currentNode;
              if (!node.textContent.trim()) continue;
              const el = node.parentElement;
              const style = getComputedStyle(el);
              if (style.visibility === 'hidden' || style.display === 'none') continue;
              const range = document.createRange(); range.selectNodeContents(node);
              const rect = range.getBoundingClientRect();
              if (rect.width < 2 || rect.height < 2 || rect.right < 0 || rect.bottom < 0) continue;
              let size = parseFloat(style.fontSize);
              const svg = el.closest('svg');
              if (svg && svg.viewBox && svg.viewBox.baseVal && svg.viewBox.baseVal.width) {
                size *= svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
              }
              if (size < 11.95) small.push(size.toFixed(1) + ' px "' + node.textContent.trim().slice(0, 40) + '"');
            }
            return small;""";

    /** Targets under 24 × 24 px; as WCAG 2.5.8 allows, a link inside a sentence (its block has other text) is excepted. */
    private static final String SMALL_TARGETS = """
            const small = [];
            for (const el of document.querySelectorAll('a[href], button, input, select, textarea, summary')) {
              const r = el.getBoundingClientRect();
              if (r.width === 0 && r.height === 0 || r.width >= 23.95 && r.height >= 23.95 || el.matches('.skip')) continue;
              const block = el.closest('p, li, dd, td, figcaption');
              if (el.matches('a') && block && block.textContent.trim().length > el.textContent.trim().length + 2) continue;
              small.push(Math.round(r.width) + '×' + Math.round(r.height) + ' ' + el.outerHTML.slice(0, 90));
            }
            return small;""";

    private static void colours(Browser browser, String scheme) {
        ((ChromeDriver) browser.driver()).executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    private static void axe(Browser browser, AxeBuilder builder, String where, List<String> problems) {
        Results results = builder.analyze(browser.driver());
        for (Rule rule : results.getViolations()) {
            rule.getNodes().forEach(node -> problems.add(where + "axe " + rule.getId() + " at " + node.getTarget()
                    + ": " + node.getFailureSummary().replace('\n', ' ')));
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> list(Object value) {
        return value == null ? List.of() : (List<String>) value;
    }
}
