package vn.gazette;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lists as readers page through them: pagination of term and home lists, and the date archives. */
class NavigationListTest {

    private static final String SITE = """
            -- site.yaml --
            title: Thử nghiệm
            baseUrl: https://example.gov.vn/
            pageSize: 2
            """;

    /** One line per list page: its URL, page n/total, previous, next and the titles it shows. */
    private static final String COMPACT_LISTS = """
            -- _theme/templates/term.ftlh --
            ${page.url}|${list.number}/${list.total}|${list.previousUrl!"-"}|${list.nextUrl!"-"}|<#list list.items as i>${i.title}<#sep>,</#list>:END
            -- _theme/templates/home.ftlh --
            ${page.url}|${list.number}/${list.total}|${list.previousUrl!"-"}|${list.nextUrl!"-"}|<#list list.items as i>${i.title}<#sep>,</#list>:END
            """;

    static String article(String name, String title, String date, String... lines) {
        StringBuilder text = new StringBuilder("-- articles/" + name + ".md --\n---\ntitle: \"" + title + "\"\ndate: "
                + date + "\n");
        for (String line : lines) {
            text.append(line).append('\n');
        }
        return text.append("---\n").append(title).append('\n').toString();
    }

    @TempDir
    Path dir;

    private MiniSite build(String files) {
        MiniSite site = MiniSite.of(dir, files);
        assertThat(site.messages(site.build())).isEmpty();
        return site;
    }

    private static List<String> listFiles(MiniSite site) {
        return site.outputFiles().stream()
                .filter(f -> f.equals("index.html") || f.startsWith("trang/") || f.startsWith("p/") || f.startsWith("the/"))
                .toList();
    }

    private Document html(MiniSite site, String path) {
        return Jsoup.parse(site.read(path), "https://example.gov.vn/");
    }

    // pagination boundaries, page size 2

    @Test
    void aSiteWithoutArticlesHasAHomePageSayingSoAndNoListPages() {
        MiniSite site = build(SITE);
        assertThat(site.outputFiles()).containsExactly(".gazette-output", "404.html", "atom.xml", "css/gazette.css",
                "css/search.css", "favicon.svg", "index.html", "js/embed.js", "js/search.js", "robots.txt", "schedule.json",
                "search-index/facets.json", "search-index/index.json", "sitemap.xml", "tim-kiem/index.html");
        Document home = html(site, "index.html");
        assertThat(home.select("main p").eachText()).containsExactly("Chưa có bài viết nào.");
        assertThat(home.select("nav.pagination, link[rel=next], link[rel=prev]")).isEmpty();
        assertThat(home.select("header nav a").eachText()).containsExactly("Trang chủ");
    }

    @Test
    void aTagWhoseOnlyArticleIsADraftHasNoPageAndNoIndex() {
        MiniSite site = build(SITE + article("nhap", "Nháp", "2023-01-02", "tags: [x]", "draft: true")
                + article("a", "A", "2023-01-01"));
        assertThat(listFiles(site)).containsExactly("index.html");
        assertThat(html(site, "index.html").select("header nav a").eachText()).containsExactly("Trang chủ", "Lưu trữ");
    }

    @Test
    void oneArticleMakesOnePageWithoutPageLinks() {
        MiniSite site = build(SITE + COMPACT_LISTS + article("a", "Một", "2023-01-01", "tags: [x]"));
        assertThat(listFiles(site)).containsExactly("index.html", "the/index.html", "the/x/atom.xml", "the/x/index.html");
        assertThat(site.read("the/x/index.html")).isEqualTo("/the/x/|1/1|-|-|Một:END\n");
        assertThat(site.read("index.html")).isEqualTo("/|1/1|-|-|Một:END\n");
    }

    @Test
    void exactlyAPageOfArticlesMakesOnePageAndNoSecond() {
        MiniSite site = build(SITE + COMPACT_LISTS + article("a", "Một", "2023-01-01", "tags: [x]")
                + article("b", "Hai", "2023-01-02", "tags: [x]"));
        assertThat(listFiles(site)).containsExactly("index.html", "the/index.html", "the/x/atom.xml", "the/x/index.html");
        assertThat(site.read("the/x/index.html")).isEqualTo("/the/x/|1/1|-|-|Hai,Một:END\n");
        assertThat(site.read("index.html")).isEqualTo("/|1/1|-|-|Hai,Một:END\n");
    }

    @Test
    void oneArticleOverAPageMakesASecondPageAndNoThird() {
        MiniSite site = build(SITE + COMPACT_LISTS + article("a", "Một", "2023-01-01", "tags: [x]")
                + article("b", "Hai", "2023-01-02", "tags: [x]") + article("c", "Ba", "2023-01-02T08:00", "tags: [x]"));
        assertThat(listFiles(site)).containsExactly("index.html", "the/index.html", "the/x/atom.xml", "the/x/index.html",
                "the/x/trang/2/index.html", "trang/2/index.html");
        assertThat(site.read("the/x/index.html")).isEqualTo("/the/x/|1/2|-|/the/x/trang/2/|Ba,Hai:END\n");
        assertThat(site.read("the/x/trang/2/index.html")).isEqualTo("/the/x/trang/2/|2/2|/the/x/|-|Một:END\n");
        assertThat(site.read("index.html")).isEqualTo("/|1/2|-|/trang/2/|Ba,Hai:END\n");
        assertThat(site.read("trang/2/index.html")).isEqualTo("/trang/2/|2/2|/|-|Một:END\n");
    }

    @Test
    void theDefaultThemeLinksTheTwoPagesWithRelPrevAndRelNext() {
        MiniSite site = build(SITE + article("a", "Một", "2023-01-01", "tags: [x]")
                + article("b", "Hai", "2023-01-02", "tags: [x]") + article("c", "Ba", "2023-01-03", "tags: [x]"));
        Document first = html(site, "the/x/index.html");
        assertThat(first.select("link[rel=next]").eachAttr("href")).containsExactly("/the/x/trang/2/");
        assertThat(first.select("nav.pagination a[rel=next]").eachAttr("href")).containsExactly("/the/x/trang/2/");
        assertThat(first.select("[rel=prev]")).isEmpty();
        assertThat(first.select("ul.cards .card-title").eachText()).containsExactly("Ba", "Hai");
        Document second = html(site, "the/x/trang/2/index.html");
        assertThat(second.select("link[rel=prev]").eachAttr("href")).containsExactly("/the/x/");
        assertThat(second.select("nav.pagination a[rel=prev]").eachAttr("href")).containsExactly("/the/x/");
        assertThat(second.select("[rel=next]")).isEmpty();
        assertThat(second.select("h1").text()).isEqualTo("X – Trang 2");
        assertThat(second.title()).isEqualTo("Chủ đề: X – Trang 2 – Thử nghiệm");
        assertThat(second.select("ul.cards .card-title").eachText()).containsExactly("Một");
        assertThat(html(site, "index.html").select("link[rel=next]").eachAttr("href")).containsExactly("/trang/2/");
        assertThat(html(site, "trang/2/index.html").select("link[rel=prev]").eachAttr("href")).containsExactly("/");
    }

    @Test
    void thePageSegmentComesFromSiteYaml() {
        MiniSite site = build(SITE + "segments: {page: p}\n" + COMPACT_LISTS
                + article("a", "Một", "2023-01-01", "tags: [x]") + article("b", "Hai", "2023-01-02", "tags: [x]")
                + article("c", "Ba", "2023-01-03", "tags: [x]"));
        assertThat(listFiles(site)).containsExactly("index.html", "p/2/index.html", "the/index.html", "the/x/atom.xml",
                "the/x/index.html", "the/x/p/2/index.html");
        assertThat(site.read("the/x/index.html")).isEqualTo("/the/x/|1/2|-|/the/x/p/2/|Ba,Hai:END\n");
        assertThat(site.read("p/2/index.html")).isEqualTo("/p/2/|2/2|/|-|Một:END\n");
    }

    // date archives

    @Test
    void archivesFileArticlesUnderTheirLocalDateInTheSiteZone() {
        MiniSite site = build(SITE + article("toi", "Tối 28", "2020-10-28T23:30")
                + article("rang-sang", "Rạng sáng 29", "2020-10-28T17:30:00Z")
                + article("dau-thang", "Đầu tháng 11", "2020-10-31T17:30:00Z"));
        Document october = html(site, "2020/10/index.html");
        assertThat(october.select("h1").text()).isEqualTo("Tháng 10 năm 2020");
        assertThat(october.select("ul.cards .card-title").eachText()).containsExactly("Rạng sáng 29", "Tối 28");
        assertThat(october.select("ul.cards time").eachText()).containsExactly("29/10/2020", "28/10/2020");
        assertThat(html(site, "2020/11/index.html").select("ul.cards .card-title").eachText()).containsExactly("Đầu tháng 11");
        assertThat(html(site, "articles/rang-sang/index.html").select("p.meta time").text())
                .isEqualTo("Thứ Năm, 29/10/2020 lúc 00:30");
        assertThat(site.outputFiles()).filteredOn(f -> f.startsWith("2020/"))
                .containsExactly("2020/10/index.html", "2020/11/index.html", "2020/index.html", "2020/trang/2/index.html");
    }

    @Test
    void archivesUseTheZoneFromSiteYaml() {
        MiniSite site = build(SITE + "timeZone: UTC\n" + article("utc", "Cuối tháng 10 giờ UTC", "2020-10-31T17:30:00Z")
                + article("ha-noi", "Sáng 1/11 ở Hà Nội", "2020-11-01T05:00+07:00"));
        assertThat(html(site, "2020/10/index.html").select("ul.cards .card-title").eachText())
                .containsExactly("Sáng 1/11 ở Hà Nội", "Cuối tháng 10 giờ UTC");
        assertThat(site.exists("2020/11/index.html")).isFalse();
    }

    @Test
    void theYearPageListsItsMonthsWithCountsNewestFirst() {
        MiniSite site = build(SITE + article("a", "A", "2020-10-28") + article("b", "B", "2020-10-02")
                + article("c", "C", "2020-11-01") + article("d", "D", "2020-03-15"));
        Document year = html(site, "2020/index.html");
        assertThat(year.select("h1").text()).isEqualTo("Năm 2020");
        assertThat(year.select("main p.meta").first().text()).isEqualTo("4 bài viết");
        assertThat(year.select("ul.months li").eachText())
                .containsExactly("Tháng 11 (1)", "Tháng 10 (2)", "Tháng 3 (1)");
        assertThat(year.select("ul.months a").eachAttr("href")).containsExactly("/2020/11/", "/2020/10/", "/2020/03/");
        assertThat(year.select("ul.cards .card-title").eachText()).containsExactly("C", "A");
        assertThat(html(site, "2020/trang/2/index.html").select("ul.cards .card-title").eachText()).containsExactly("B", "D");
        assertThat(html(site, "2020/trang/2/index.html").select("ul.months")).isEmpty();
    }

    @Test
    void periodLinksSkipEmptyMonthsAndYears() {
        MiniSite site = build(SITE + article("thang-1", "Tháng Giêng", "2020-01-10")
                + article("thang-3", "Tháng Ba", "2020-03-10") + article("xua", "Năm 2018", "2018-12-31"));
        Document march = html(site, "2020/03/index.html");
        assertThat(march.select("nav.periods a[rel=prev]").eachAttr("href")).containsExactly("/2020/01/");
        assertThat(march.select("nav.periods a[rel=prev]").text()).isEqualTo("← Tháng 1 năm 2020");
        assertThat(march.select("nav.periods a[rel=next]")).isEmpty();
        Document january = html(site, "2020/01/index.html");
        assertThat(january.select("nav.periods a[rel=next]").eachAttr("href")).containsExactly("/2020/03/");
        assertThat(january.select("nav.periods a[rel=prev]").eachAttr("href")).containsExactly("/2018/12/");
        Document year = html(site, "2020/index.html");
        assertThat(year.select("nav.periods a[rel=prev]").eachAttr("href")).containsExactly("/2018/");
        assertThat(year.select("nav.periods a[rel=next]")).isEmpty();
        assertThat(html(site, "2018/index.html").select("nav.periods a[rel=next]").eachAttr("href"))
                .containsExactly("/2020/");
        assertThat(site.exists("2020/02/index.html")).isFalse();
        assertThat(site.exists("2019/index.html")).isFalse();
    }

    @Test
    void theArchiveIndexListsEveryYearAndMonthWithCounts() {
        MiniSite site = build(SITE + article("a", "A", "2020-01-10") + article("b", "B", "2020-03-10")
                + article("c", "C", "2020-03-11") + article("d", "D", "2018-12-31"));
        Document index = html(site, "luu-tru/index.html");
        assertThat(index.select("h1").text()).isEqualTo("Lưu trữ theo thời gian");
        List<String> years = index.select("section.archive-year").stream()
                .map(section -> section.select("h2").text() + ": " + String.join(", ", section.select("li").eachText()))
                .toList();
        assertThat(years).containsExactly("2020 (3): Tháng 3 (2), Tháng 1 (1)",
                "2018 (1): Tháng 12 (1)");
        assertThat(index.select("section.archive-year a").eachAttr("href"))
                .containsExactly("/2020/", "/2020/03/", "/2020/01/", "/2018/", "/2018/12/");
        Element menu = index.select("header nav a[aria-current=page]").first();
        assertThat(menu).isNotNull();
        assertThat(menu.text()).isEqualTo("Lưu trữ");
    }

    @Test
    void everyLinkOfASitePublishedBelowTheDomainRootKeepsItsPathAndResolves() {
        MiniSite site = build("""
                -- site.yaml --
                title: Thử nghiệm
                baseUrl: https://example.gov.vn/luu-tru/
                pageSize: 2
                taxonomies: {linh-vuc: {title: Lĩnh vực}}
                -- provinces.yaml --
                provinces:
                  - name: Hà Giang
                    mergedInto: Tuyên Quang
                    until: 2025-06-30
                  - name: Tuyên Quang
                """ + article("a", "A", "2020-01-01", "tags: [x, y]", "province: Hà Giang", "linh-vuc: [z]")
                + article("b", "B", "2020-03-01", "tags: [x]", "province: Tuyên Quang")
                + article("c", "C", "2021-05-01", "tags: [x]", "linh-vuc: [z]")
                + article("d", "D", "2021-05-02", "tags: [y]", "province: Hà Giang"));
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (String file : site.outputFiles()) {
            if (!file.endsWith(".html")) {
                continue;
            }
            for (Element link : html(site, file).select("a[href], link[href]")) {
                String href = link.attr("href");
                if (href.equals("#_main")) {
                    continue;
                }
                if (href.startsWith("https://example.gov.vn/luu-tru/")) {
                    href = href.substring("https://example.gov.vn".length());
                }
                checked++;
                String path = href.startsWith("/luu-tru/") ? href.substring("/luu-tru/".length()) : null;
                if (path == null || !site.exists(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path)) {
                    broken.add(file + " -> " + link.attr("href"));
                }
            }
        }
        assertThat(broken).isEmpty();
        assertThat(checked).isGreaterThan(300);
        assertThat(html(site, "luu-tru/index.html").select("section.archive-year h2 a").eachAttr("href"))
                .containsExactly("/luu-tru/2021/", "/luu-tru/2020/");
        assertThat(site.exists("luu-tru/index.html")).isTrue();
    }

    @Test
    void theArchiveSegmentComesFromSiteYaml() {
        MiniSite site = build(SITE + "segments: {archive: theo-thoi-gian}\n" + article("a", "A", "2020-01-10"));
        assertThat(site.exists("theo-thoi-gian/index.html")).isTrue();
        assertThat(site.exists("luu-tru/index.html")).isFalse();
        assertThat(html(site, "2020/01/index.html").select("p.breadcrumb a").eachAttr("href"))
                .containsExactly("/theo-thoi-gian/");
    }
}
