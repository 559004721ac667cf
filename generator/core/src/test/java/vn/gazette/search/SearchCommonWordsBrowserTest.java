package vn.gazette.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import vn.gazette.BuildResult;
import vn.gazette.Generator;
import vn.gazette.MiniSite;
import vn.gazette.browser.Browser;
import vn.gazette.browser.BrowserTest;
import vn.gazette.browser.SiteServer;

/**
 * Search in the real browser over words common enough to have files of their own ({@link IndexFiles#OWN_FILE}
 * documents or more), whose documents are listed as bitmaps: the ranking picks the first page in one pass and sorts
 * the rest when the reader asks for more, and both agree with the order the rules give.
 *
 * <p>The site: eleven "special" articles (from 2019) with "Mùa" in the title and "mùa" repeated in the body so that
 * each has a weight of its own after rounding (255, 192 ... 12, 8), and 630 newer fillers (one a day from
 * 2020-01-01) with the word once in the body, spelled "mùa" in even ones and "múa" in odd
 * ones; in five fillers of six it stands before "xuân" (a phrase), in the sixth apart from it. All 641 end "ở bản";
 * five older articles have "bánh" (banh) and not "bản" (ban).
 */
@BrowserTest
class SearchCommonWordsBrowserTest {

    private static final Instant NOW = Instant.parse("2025-06-15T05:00:00Z");
    private static final int[] REPEATS = {247, 184, 120, 88, 56, 40, 24, 16, 8, 4, 0};
    private static final int FILLERS = 630;

    @TempDir
    static Path dir;

    private static MiniSite site;
    private static SiteServer server;
    private static Browser browser;

    @BeforeAll
    static void build() throws IOException {
        StringBuilder files = new StringBuilder(SearchIndexTest.SITE);
        for (int k = 0; k < REPEATS.length; k++) {
            files.append(SearchIndexTest.article("dac-biet-" + k, "Mùa đặc biệt " + k, "2019-01-" + (10 + k),
                    "Đà Nẵng", "[]", "", "Chuyện " + "mùa ".repeat(REPEATS[k]) + "ở bản."));
        }
        for (int j = 0; j < 5; j++) {
            files.append(SearchIndexTest.article("banh-" + j, "Bánh chưng " + j, "2018-02-0" + (1 + j), "Đà Nẵng",
                    "[]", "", "Bánh chưng ngày Tết."));
        }
        for (int i = 0; i < FILLERS; i++) {
            String mua = i % 2 == 0 ? "Mùa" : "Múa";
            String body = apart(i) ? "Xuân về. " + mua + " lúa ở bản." : mua + " xuân ở bản.";
            files.append(SearchIndexTest.article("ghi-chep/" + i, title(i), LocalDate.of(2020, 1, 1).plusDays(i)
                    .toString(), "Đà Nẵng", "[]", "", body));
        }
        site = MiniSite.of(dir, files.toString());
        BuildResult result = Generator.create().build(site.request().withNow(NOW));
        assertThat(site.messages(result)).isEmpty();
        server = SiteServer.serve(site.output());
        browser = Browser.shared().viewport(1366, 900);
    }

    private static String title(int filler) {
        return "Ghi chép số " + filler + (apart(filler) ? " rời" : " liền");
    }

    /** Whether the filler has "mùa" and "xuân" apart (one in six: 525 have the phrase, enough for a file of its own). */
    private static boolean apart(int filler) {
        return filler % 6 == 0;
    }

    private static String special(int k) {
        return "Mùa đặc biệt " + k;
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
        browser.waiting(Duration.ofSeconds(30)).until(d -> {
            Object state = browser.script("var s = document.getElementById('search'); "
                    + "return s ? s.getAttribute('data-state') : null");
            return "done".equals(state) || "idle".equals(state) || "error".equals(state);
        });
    }

    private List<String> titles() {
        List<String> titles = new ArrayList<>();
        browser.driver().findElements(By.cssSelector("#search-results h2 a")).forEach(a -> titles.add(a.getText()));
        return titles;
    }

    private List<String> twoPages() {
        assertThat(titles()).hasSize(10);
        browser.driver().findElement(By.id("search-more")).click();
        browser.waiting(Duration.ofSeconds(30)).until(d -> titles().size() == 20);
        return titles();
    }

    private String status() {
        return browser.driver().findElement(By.id("search-status")).getText();
    }

    @Test
    void theCommonWordsHaveFilesOfTheirOwn() {
        IndexReader index = new IndexReader(site.output());
        assertThat(index.entry("mua").orElseThrow().file()).startsWith("b/");
        assertThat(index.entry("mua").orElseThrow().documents()).hasSize(REPEATS.length + FILLERS);
        assertThat(index.entry("mua xuan").orElseThrow().file()).startsWith("b/");
        assertThat(index.entry("lua").orElseThrow().file()).as("in 105 documents").startsWith("s/");
    }

    @Test
    void theExactSpellingThenTheWeightThenTheNewestAcrossTheFirstTwoPages() {
        open("?q=m%C3%B9a"); // mùa
        assertThat(status()).isEqualTo("Tìm thấy " + (REPEATS.length + FILLERS) + " bài.");
        List<String> expected = new ArrayList<>();
        for (int k = 0; k < REPEATS.length; k++) {
            expected.add(special(k));
        }
        for (int i = FILLERS - 2; expected.size() < 20; i -= 2) {
            expected.add(title(i)); // the newest fillers spelled mùa; those with múa come after all of them
        }
        assertThat(twoPages()).containsExactlyElementsOf(expected);
    }

    @Test
    void withoutTonesEverySpellingCountsTheSame() {
        open("?q=mua");
        List<String> expected = new ArrayList<>();
        for (int k = 0; k < REPEATS.length; k++) {
            expected.add(special(k));
        }
        for (int i = FILLERS - 1; expected.size() < 20; i--) {
            expected.add(title(i));
        }
        assertThat(twoPages()).containsExactlyElementsOf(expected);
    }

    @Test
    void aCommonPhraseRanksAboveTheSameCommonWordsApart() {
        open("?q=mua+xuan");
        assertThat(status()).isEqualTo("Tìm thấy " + FILLERS + " bài.");
        List<String> expected = new ArrayList<>();
        for (int i = FILLERS - 1; expected.size() < 20; i--) {
            if (!apart(i)) {
                expected.add(title(i));
            }
        }
        assertThat(twoPages()).containsExactlyElementsOf(expected);
    }

    @Test
    void newestFirstAndAYearFilterOverCommonWords() {
        open("?q=mua&sort=new");
        assertThat(titles()).startsWith(title(FILLERS - 1), title(FILLERS - 2), title(FILLERS - 3));
        open("?q=mua+xuan&y=2021");
        // 2020 has 366 days: fillers 366 to 629 are of 2021
        assertThat(status()).isEqualTo("Tìm thấy " + (FILLERS - 366) + " bài.");
        assertThat(titles()).allSatisfy(t -> assertThat(t).endsWith(" liền"));
    }

    @Test
    void aCommonCompletionIsFetchedFromTheFileOfItsOwnBitAndNoShardHasIt() {
        open("");
        server.forget();
        WebElementTyping.type(browser, "mù");
        waitDone();
        assertThat(status()).isEqualTo("Tìm thấy " + (REPEATS.length + FILLERS) + " bài.");
        assertThat(titles().get(0)).isEqualTo(special(0));
        IndexReader index = new IndexReader(site.output());
        int shards = index.shards();
        List<String> paths = server.responses().stream().map(SiteServer.Response::path).toList();
        assertThat(paths).contains("/" + SearchIndex.FOLDER + IndexFiles.ownPath(index.own().bit("mua")));
        String shardOfMua = "/" + SearchIndex.FOLDER + "s/" + Integer.toHexString(IndexFiles.shard("mua", shards)) + ".bin";
        if (IndexFiles.shard("mua", shards) != IndexFiles.shard("mu", shards)) {
            assertThat(paths).doesNotContain(shardOfMua);
        }
    }

    @Test
    void aTypedSyllableIsCompletedOnlyWithSyllablesCommonerThanItself() {
        open("?q=ban");
        assertThat(status()).as("bản is in 641 articles, bánh in 5: ban means bản").isEqualTo("Tìm thấy 641 bài.");
        open("?q=ba");
        assertThat(status()).as("ba is no syllable of the site: bản and bánh").isEqualTo("Tìm thấy 646 bài.");
        open("?q=ban+");
        assertThat(status()).as("a space ends the syllable").isEqualTo("Tìm thấy 641 bài.");
    }

    @Test
    void theTimingsOfASearchAreRecordedForTheBenchmark() {
        open("?q=mua+xuan");
        String timing = String.valueOf(browser.script("return document.getElementById('search').getAttribute('data-timing')"));
        for (String step : List.of("dict", "fetch", "rank", "order", "first", "meta", "shown")) {
            Matcher m = Pattern.compile("\"" + step + "\":(\\d+)").matcher(timing);
            assertThat(m.find()).as(step + " in " + timing).isTrue();
        }
        Object first = browser.script("return +document.getElementById('search').getAttribute('data-first')");
        Object page = browser.script("return +document.getElementById('search').getAttribute('data-page')");
        assertThat(((Number) first).doubleValue()).isPositive().isLessThanOrEqualTo(((Number) page).doubleValue());
    }

    /** Types into the search page's box as a reader does (the page searches as they type). */
    private static final class WebElementTyping {
        static void type(Browser browser, String text) {
            var input = browser.driver().findElement(By.id("search-q"));
            input.clear();
            browser.script("document.getElementById('search').setAttribute('data-state', 'typing')");
            input.sendKeys(text);
        }
    }
}
