package vn.gazette;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the default theme shows readers from site.yaml's reader settings (menu, logo, favicon, footer, analytics,
 * front-page sections) and from the content: the lead story, the conference teaser, honest totals, Vietnamese
 * number grouping, the speakers' pages, and the markup fixes (ids, heading levels, current menu entries).
 */
class ThemeReaderTest {

    private static final String SITE = """
            -- site.yaml --
            title: Thử nghiệm
            baseUrl: https://example.gov.vn/
            pageSize: 2
            """;

    @TempDir
    Path dir;

    private MiniSite build(String files) {
        MiniSite site = MiniSite.of(dir, files);
        assertThat(site.messages(site.build())).isEmpty();
        return site;
    }

    private static Document html(MiniSite site, String path) {
        return Jsoup.parse(site.read(path), "https://example.gov.vn/");
    }

    private static String conference(String name, String date, String... lines) {
        StringBuilder block = new StringBuilder("conference:\n  kind: training\n  start: " + date + "\n");
        for (String line : lines) {
            block.append("  ").append(line).append('\n');
        }
        return NavigationListTest.article(name, "Hội nghị " + name, date, "province: Lạng Sơn", block.toString());
    }

    @Test
    void siteYamlSetsTheMenuLogoFaviconFooterAndAnAnalyticsScriptWithoutForkingTheTheme() throws Exception {
        MiniSite site = MiniSite.of(dir, SITE + """
                logo: /anh/logo.svg
                favicon: /anh/icon.png
                analytics: /js/thong-ke.js
                include: ["gioi-thieu/index.html"]
                menu:
                  - {label: "Trang chủ", url: /}
                  - {label: "Giới thiệu", url: /gioi-thieu/}
                  - {label: "Cổng tỉnh", url: "https://langson.gov.vn/"}
                footer:
                  owner: "Sở Văn hóa tỉnh X"
                  address: "Số 1 đường Y"
                  licence: "Giấy phép số 01/GP"
                  phone: "0205 3812 345"
                  email: "bbt@example.gov.vn"
                  links:
                    - {label: Facebook, url: "https://facebook.com/x"}
                -- anh/logo.svg --
                <svg xmlns="http://www.w3.org/2000/svg"/>
                -- js/thong-ke.js --
                // first-party statistics
                -- gioi-thieu/index.html --
                <!DOCTYPE html><title>Giới thiệu</title>
                """ + NavigationListTest.article("a", "Một", "2023-01-01"));
        // a real 32-pixel PNG: the image stage reads every PNG, and a favicon named in site.yaml is one of them
        java.awt.image.BufferedImage icon = new java.awt.image.BufferedImage(32, 32,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.nio.file.Files.createDirectories(site.content().resolve("anh"));
        javax.imageio.ImageIO.write(icon, "png", site.content().resolve("anh/icon.png").toFile());
        assertThat(site.messages(site.build())).isEmpty();
        Document home = html(site, "index.html");
        assertThat(home.select("nav.menu a").eachText()).containsExactly("Trang chủ", "Giới thiệu", "Cổng tỉnh");
        assertThat(home.select("nav.menu a").eachAttr("href")).containsExactly("/", "/gioi-thieu/",
                "https://langson.gov.vn/");
        assertThat(home.select(".masthead img.logo").attr("src")).isEqualTo("/anh/logo.svg");
        assertThat(home.select("link[rel=icon]").attr("href")).isEqualTo("/anh/icon.png");
        // the original's address serves the picture re-encoded without metadata (images.originals is off)
        java.awt.image.BufferedImage published = javax.imageio.ImageIO.read(site.output().resolve("anh/icon.png")
                .toFile());
        assertThat(published.getWidth()).isEqualTo(32);
        assertThat(home.select("footer dl.footer-facts dd").eachText()).containsExactly("Sở Văn hóa tỉnh X",
                "Số 1 đường Y", "Giấy phép số 01/GP", "0205 3812 345", "bbt@example.gov.vn");
        assertThat(home.select("footer a[href^=tel:]").attr("href")).isEqualTo("tel:02053812345");
        assertThat(home.select("footer .footer-links a").eachText()).contains("Facebook");
        assertThat(home.select("script[src]").eachAttr("src")).containsExactly("/js/thong-ke.js");
    }

    @Test
    void theDefaultThemeHasItsOwnFaviconAndLoadsNoScript() {
        MiniSite site = build(SITE + NavigationListTest.article("a", "Một", "2023-01-01"));
        Document home = html(site, "index.html");
        assertThat(home.select("link[rel=icon]").attr("href")).isEqualTo("/favicon.svg");
        assertThat(site.exists("favicon.svg")).isTrue();
        assertThat(home.select("script[src]")).isEmpty();
        assertThat(home.select(".masthead img")).isEmpty();
        assertThat(home.select("footer dl")).isEmpty();
    }

    @Test
    void aReaderSettingThatCannotBeLinkedSafelyIsAnErrorAtItsLine() {
        MiniSite site = MiniSite.of(dir, SITE + """
                logo: "javascript:alert(1)"
                menu:
                  - {label: "Giới thiệu"}
                home:
                  sections:
                    - {chude: x}
                """);
        assertThat(site.messages(site.build())).containsExactly(
                "content/site.yaml:4:7: error: 'logo' must be an address of the site starting with / (such as "
                        + "/logo.svg) or an https:// address, not 'javascript:alert(1)'",
                "content/site.yaml:6:5: error: each item of 'menu' must have a label and an address: write - {label: "
                        + "\"Giới thiệu\", url: /gioi-thieu/}",
                "content/site.yaml:9:7: error: each front-page section names one term of a taxonomy (tags, province): "
                        + "write - {province: Lạng Sơn} or - {tags: tập huấn, title: \"Tập huấn\", count: 4}",
                "content/site.yaml:9:8: warning: unknown setting 'home.sections.chude' (it is ignored)");
    }

    @Test
    void theFrontPageLeadsWithTheNewestFeaturedArticleAndShowsTheConfiguredSections() {
        MiniSite site = build(SITE + """
                home:
                  sections:
                    - {tags: tập huấn, title: "Tập huấn nghiệp vụ", count: 1}
                    - {province: Cao Bằng}
                """ + NavigationListTest.article("a", "Bài nổi bật", "2023-01-01", "featured: true", "tags: [tập huấn]")
                + NavigationListTest.article("b", "Bài mới", "2023-02-01", "tags: [Tập huấn]")
                + NavigationListTest.article("c", "Bài cũ", "2022-02-01", "tags: [tập huấn]", "province: Cao Bằng"));
        Document home = html(site, "index.html");
        assertThat(home.select(".lead-story h2").text()).isEqualTo("Bài nổi bật");
        assertThat(home.select("section.latest .card-title").eachText()).containsExactly("Bài mới");
        assertThat(home.select("section.front-section h2").eachText()).containsExactly("Tập huấn nghiệp vụ", "Cao Bằng");
        assertThat(home.select("section.front-section h2 a").eachAttr("href")).containsExactly("/the/tap-huan/",
                "/tinh/cao-bang/");
        assertThat(home.select("section.front-section").get(0).select(".card-title").eachText())
                .containsExactly("Bài mới");
        assertThat(home.select("h1")).hasSize(1);
        assertThat(home.select("section.latest h3.card-title, section.front-section h3.card-title")).hasSize(3);
        assertThat(html(site, "trang/2/index.html").select(".lead-story")).isEmpty();
    }

    @Test
    void theTeaserAndIndexSayHowManyConferencesTheTotalCountsAndGroupThousandsTheVietnameseWay() {
        MiniSite site = build(SITE + conference("a", "2023-01-01", "participants: 34413")
                + conference("b", "2023-02-01"));
        String expected = "2 hội nghị ở 1 tỉnh, thành phố, từ 01/01/2023 đến 01/02/2023. 34.413 lượt đại biểu, tính ở 1 "
                + "trong 2 hội nghị có ghi số đại biểu.";
        assertThat(html(site, "hoi-nghi-tap-huan/index.html").select("main p.lead").text()).isEqualTo(expected);
        Document home = html(site, "index.html");
        assertThat(home.select("aside.teaser p").first().text()).isEqualTo(expected);
        assertThat(home.select("aside.teaser li a").eachText()).containsExactly("Hội nghị b", "Hội nghị a");
        assertThat(html(site, "articles/a/index.html").select(".facts dd").eachText()).contains("34.413");
    }

    @Test
    void speakersPagesShowTheirRoleAndOwnCountsAndTheFactsBoxLinksThem() {
        MiniSite site = build(SITE + conference("a", "2023-01-01", "speakers: [{name: Phan Thu Hồng, role: Trưởng phòng}]")
                + conference("b", "2022-01-01", "speakers: [{name: Đặng Văn A}]")
                + conference("c", "2022-03-01", "speakers: [{name: Phan Thu Hồng}]"));
        Document page = html(site, "hoi-nghi-tap-huan/bao-cao-vien/phan-thu-hong/index.html");
        assertThat(page.select("main p.lead").text()).isEqualTo("Trưởng phòng");
        assertThat(page.select("main > p.meta").text()).isEqualTo("2023: 1 · 2022: 1 — Lạng Sơn: 2");
        assertThat(page.select("nav.conference-views h2")).isEmpty();
        assertThat(html(site, "articles/a/index.html").select(".facts li a").eachAttr("href"))
                .containsExactly("/hoi-nghi-tap-huan/bao-cao-vien/phan-thu-hong/");
        Document index = html(site, "hoi-nghi-tap-huan/bao-cao-vien/index.html");
        assertThat(index.select("nav.letters a").eachText()).containsExactly("Đ", "P");
        assertThat(index.select("nav.letters a").eachAttr("href")).containsExactly(
                "/hoi-nghi-tap-huan/bao-cao-vien/#dang-van-a", "/hoi-nghi-tap-huan/bao-cao-vien/#phan-thu-hong");
    }

    @Test
    void yearAndMonthPagesMarkTheArchiveCurrentAndTermPagesTheirTaxonomy() {
        MiniSite site = build(SITE + NavigationListTest.article("a", "Một", "2023-01-01", "tags: [thông tin]"));
        assertThat(html(site, "2023/01/index.html").select("nav.menu a[aria-current]").eachText())
                .containsExactly("Lưu trữ");
        assertThat(html(site, "2023/index.html").select("nav.menu a[aria-current]").eachText())
                .containsExactly("Lưu trữ");
        Document term = html(site, "the/thong-tin/index.html");
        assertThat(term.select("nav.menu a[aria-current]").eachText()).containsExactly("Chủ đề");
        assertThat(term.select("h1").text()).isEqualTo("Thông tin");
        assertThat(term.title()).isEqualTo("Chủ đề: Thông tin – Thử nghiệm");
    }

    @Test
    void aBodyHeadingNamedMainDoesNotRepeatTheSkipLinksTarget() {
        MiniSite site = build(SITE + "-- articles/a.md --\n---\ntitle: A\ndate: 2023-01-01\n---\n## Main\n\nx\n");
        Document page = html(site, "articles/a/index.html");
        assertThat(page.select("#_main")).hasSize(1);
        assertThat(page.select("[id=main]")).hasSize(1);
        assertThat(page.select("a.skip").attr("href")).isEqualTo("#_main");
    }

    @Test
    void thePaginationGapIsNotStyledAsAPageAndTheNotFoundPageOffersAWayOn() {
        StringBuilder files = new StringBuilder(SITE);
        for (int i = 1; i <= 9; i++) {
            files.append(NavigationListTest.article("a" + i, "Bài " + i, "2023-01-0" + i));
        }
        MiniSite site = build(files.toString());
        Document home = html(site, "index.html");
        assertThat(home.select("nav.pagination li span.gap").eachText()).containsExactly("…");
        assertThat(home.select("nav.pagination li span[aria-current]").eachText()).containsExactly("1");
        Document notFound = html(site, "404.html");
        assertThat(notFound.select("main ul.not-found-ways a").eachText()).contains("Trang chủ", "Lưu trữ");
        assertThat(notFound.select("main .card-title").eachText()).containsExactly("Bài 9", "Bài 8", "Bài 7", "Bài 6",
                "Bài 5");
    }
}
