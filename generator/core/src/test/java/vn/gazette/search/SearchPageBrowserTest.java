package vn.gazette.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import vn.gazette.BuildResult;
import vn.gazette.Generator;
import vn.gazette.MiniSite;
import vn.gazette.browser.Browser;
import vn.gazette.browser.BrowserTest;
import vn.gazette.browser.SiteServer;

/** The search page of a built mini-site, in the real browser: what a reader types, sees and clicks. */
@BrowserTest
class SearchPageBrowserTest {

    private static final Instant NOW = Instant.parse("2025-06-15T05:00:00Z");

    /** Besides SearchIndexTest's articles: one that has the words of a phrase often, but never together. */
    private static final String MORE = SearchIndexTest.article("f-rai-rac", "Ngoại giao, đối thoại và thông tin, tin tức",
            "2024-05-01", "Đà Nẵng", "[]", "", "Ngoại giao đối thoại. Tin tức thông tin. Đối thoại ngoại giao.")
            + SearchIndexTest.article("g-tap-huan-nhieu", "Tấp huân, tấp huân: chuyện ở phố", "2024-04-01", "Đà Nẵng",
                    "[]", "", "Chuyện tấp huân bên đường, tấp huân mãi.");

    @TempDir
    static Path dir;

    private static SiteServer server;
    private static Browser browser;

    @BeforeAll
    static void build() throws IOException {
        MiniSite site = MiniSite.of(dir, SearchIndexTest.SITE + SearchIndexTest.ARTICLES.replace(
                "<img src=x onerror=alert(1)>", "<img src=x onerror=window.pwned=1>") + MORE);
        BuildResult result = Generator.create().build(site.request().withNow(NOW));
        assertThat(site.messages(result)).isEmpty();
        server = SiteServer.serve(site.output());
        browser = Browser.shared().viewport(1366, 900);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private void open(String query) {
        browser.open(server.url("/tim-kiem/" + query));
        waitDone();
    }

    private void waitDone() {
        browser.waiting(Duration.ofSeconds(20)).until(d -> {
            Object state = browser.script("return document.getElementById('search').getAttribute('data-state')");
            return "done".equals(state) || "idle".equals(state) || "error".equals(state);
        });
    }

    private void type(String text) {
        WebElement input = browser.driver().findElement(By.id("search-q"));
        input.clear();
        browser.script("document.getElementById('search').setAttribute('data-state', 'typing')");
        input.sendKeys(text);
        waitDone();
    }

    private List<String> titles() {
        List<String> titles = new ArrayList<>();
        browser.driver().findElements(By.cssSelector("#search-results h2 a")).forEach(a -> titles.add(a.getText()));
        return titles;
    }

    private String status() {
        return browser.driver().findElement(By.id("search-status")).getText();
    }

    @Test
    void theBrowserFoldsEveryVietnameseLetterAsTheBuildDoes() {
        open("");
        List<String> samples = new ArrayList<>(FoldTable.letters());
        samples.addAll(List.of("Hoà", "Hòa", "thuỷ", "THỦY", "Nẵng", "Đà", "Ðà", "DTTS", "quý", "khuya", "ñandú", "Ǆ",
                java.text.Normalizer.normalize("Nẵng", java.text.Normalizer.Form.NFD)));
        for (String sample : samples) {
            Object keys = browser.script("return window.gazetteSearch.keys(arguments[0])", sample);
            assertThat(keys).as(sample).isEqualTo(List.of(Syllables.bare(sample), Syllables.exact(sample)));
        }
        String text = "Sở TT&TT, ngày 22/9/2023: “tập huấn” Hoà Bình";
        assertThat(browser.script("return window.gazetteSearch.syllables(arguments[0])", text))
                .isEqualTo(Syllables.of(text));
        assertThat(browser.script("return window.gazetteSearch.hash('thong tin')"))
                .isEqualTo(Integer.toUnsignedLong(IndexFiles.hash("thong tin")));
    }

    @Test
    void queriesWithoutTonesFindTheSpellingsWithThem() {
        open("");
        type("tap huan");
        assertThat(titles()).contains("Tập huấn thông tin đối ngoại", "Tấp huân, tấp huân: chuyện ở phố");
        type("da nang");
        assertThat(titles()).contains("Ghi chép ở Đà Nẵng", "Bài mới nhất");
        type("hoa binh");
        assertThat(titles()).containsExactly("Hoà Bình và Hòa Bình");
        type("DTTS");
        assertThat(titles()).containsExactly("Hoà Bình và Hòa Bình");
        type("dân tộc thiểu số");
        assertThat(titles()).containsExactly("Hoà Bình và Hòa Bình");
        assertThat(status()).isEqualTo("Tìm thấy 1 bài.");
        WebElement status = browser.driver().findElement(By.id("search-status"));
        assertThat(status.getAttribute("aria-live")).isEqualTo("polite");
        assertThat(status.getAttribute("role")).isEqualTo("status");
    }

    @Test
    void theExactSpellingRanksFirstWhenTheQueryHasTones() {
        open("");
        type("tap huan");
        assertThat(titles().get(0)).as("without tones the article saying it most comes first")
                .isEqualTo("Tấp huân, tấp huân: chuyện ở phố");
        type("tập huấn");
        assertThat(titles().get(0)).isEqualTo("Tập huấn thông tin đối ngoại");
        assertThat(browser.driver().findElements(By.cssSelector("#search-results li:first-child mark")))
                .extracting(WebElement::getText).contains("tập", "huấn");
    }

    @Test
    void aPhraseRanksAboveTheSameWordsScatteredAndTheLastSyllableIsAPrefix() {
        open("");
        type("thông tin đối ngoại");
        List<String> phrase = titles();
        assertThat(phrase).contains("Ngoại giao, đối thoại và thông tin, tin tức");
        assertThat(phrase.get(0)).isEqualTo("Tập huấn thông tin đối ngoại");
        type("thông tin đối ng");
        assertThat(titles().get(0)).isEqualTo("Tập huấn thông tin đối ngoại");
    }

    @Test
    void filtersNarrowTheResultsAndTuyenQuangIncludesHaGiang() {
        open("?q=thong+tin");
        assertThat(titles()).hasSizeGreaterThan(2);
        select("search-p", "tuyen-quang");
        assertThat(titles()).contains("Tập huấn thông tin đối ngoại").doesNotContain("Ghi chép ở Đà Nẵng");
        assertThat(browser.driver().getCurrentUrl()).contains("p=tuyen-quang");
        select("search-p", "");
        select("search-y", "2024");
        assertThat(titles()).contains("Ghi chép ở Đà Nẵng").doesNotContain("Tập huấn thông tin đối ngoại");
        select("search-y", "");
        select("search-k", "training");
        assertThat(titles()).containsExactly("Tập huấn thông tin đối ngoại");
        select("search-k", "");
        select("search-t", "tap-huan");
        assertThat(titles()).containsExactly("Tập huấn thông tin đối ngoại");
        select("search-t", "");
        select("search-sort", "new");
        assertThat(titles()).startsWith("Bài mới nhất").endsWith("Tập huấn thông tin đối ngoại");
    }

    private void select(String id, String value) {
        browser.script("document.getElementById('search').setAttribute('data-state', 'typing')");
        new Select(browser.driver().findElement(By.id(id))).selectByValue(value);
        waitDone();
    }

    @Test
    void theQueryIsInTheAddressAndTheBackButtonBringsTheLastSearchBack() {
        open("?q=da+nang");
        assertThat(titles()).contains("Ghi chép ở Đà Nẵng");
        WebElement input = browser.driver().findElement(By.id("search-q"));
        assertThat(input.getAttribute("value")).isEqualTo("da nang");
        type("hoa binh");
        input.sendKeys(Keys.ENTER);
        waitDone();
        assertThat(browser.driver().getCurrentUrl()).endsWith("/tim-kiem/?q=hoa+binh");
        browser.script("document.getElementById('search').setAttribute('data-state', 'typing')");
        browser.driver().navigate().back();
        waitDone();
        assertThat(browser.driver().findElement(By.id("search-q")).getAttribute("value")).isEqualTo("da nang");
        assertThat(titles()).contains("Ghi chép ở Đà Nẵng");
    }

    @Test
    void theHeaderSearchBoxOfEveryPageLeadsToTheResults() {
        browser.open(server.url("/"));
        WebElement box = browser.driver().findElement(By.id("search-box-q"));
        box.sendKeys("hoa binh", Keys.ENTER);
        waitDone();
        assertThat(titles()).containsExactly("Hoà Bình và Hòa Bình");
    }

    @Test
    void aTitleWithMarkupIsShownAsText() {
        open("?q=tieu+de+la");
        assertThat(titles()).containsExactly("<img src=x onerror=window.pwned=1> tiêu đề lạ");
        assertThat(browser.driver().findElements(By.cssSelector("#search-results img"))).isEmpty();
        assertThat(browser.script("return window.pwned === undefined")).isEqualTo(true);
    }

    @Test
    void withoutJavaScriptThePageSaysSoAndLinksTheIndexes() {
        Browser plain = Browser.withoutJavaScript();
        plain.open(server.url("/tim-kiem/?q=tap+huan"));
        assertThat(plain.driver().findElement(By.id("search-nojs")).getText()).contains("cần JavaScript");
        assertThat(plain.driver().findElement(By.id("search")).isDisplayed()).isFalse();
        assertThat(plain.driver().findElements(By.cssSelector("#search-nojs a"))).extracting(a -> a.getAttribute("href"))
                .containsExactly(server.url("/the/"), server.url("/tinh/"), server.url("/luu-tru/"));
    }

    @Test
    void screenshotsAtPhoneAndDesktopWidths() {
        for (int width : new int[] {375, 1366}) {
            browser.viewport(width, 900);
            open("?q=thong+tin+doi+ngoai");
            Object overflow = browser.script("return document.documentElement.scrollWidth > window.innerWidth");
            assertThat(overflow).as("no sideways scrolling at " + width).isEqualTo(false);
            browser.screenshot("search-" + width);
        }
        browser.viewport(1366, 900);
    }
}
