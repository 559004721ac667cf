package vn.gazette;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gazette.NavigationListTest.article;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The authors index: one page per author from the {@code author} field, paginated, with a feed. */
class NavigationAuthorTest {

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

    private static String authors() {
        return SITE + article("a", "Bài A", "2023-01-01", "author: \"Tô Thị Thương\"")
                + article("b", "Bài B", "2023-02-01", "author: \"tô thị thương\"")
                + article("c", "Bài C", "2023-03-01", "author: \"Tô Thị Thương\"")
                + article("d", "Bài D", "2023-04-01", "author: Đặng Văn Minh")
                + article("e", "Bài E", "2023-05-01", "author: Dương Hà")
                + article("f", "Bài F", "2023-06-01");
    }

    @Test
    void theIndexListsEveryAuthorInVietnameseOrderWithCountsAndTheMenuLinksIt() {
        MiniSite site = build(authors());
        Document index = html(site, "tac-gia/index.html");
        assertThat(index.select("h1").text()).isEqualTo("Tác giả");
        // one author whatever the case of the name, shown in its most frequent spelling; Dương before Đặng before Tô
        assertThat(index.select("ul.terms li").eachText()).containsExactly("Dương Hà (1)", "Đặng Văn Minh (1)",
                "Tô Thị Thương (3)");
        assertThat(index.select("ul.terms a").eachAttr("href")).containsExactly("/tac-gia/duong-ha/",
                "/tac-gia/dang-van-minh/", "/tac-gia/to-thi-thuong/");
        assertThat(html(site, "index.html").select("nav a").eachText()).contains("Tác giả");
        assertThat(site.read("sitemap.xml")).contains("<loc>https://example.gov.vn/tac-gia/</loc>",
                "<loc>https://example.gov.vn/tac-gia/to-thi-thuong/trang/2/</loc>");
    }

    @Test
    void anAuthorsPagesArePaginatedNewestFirstWithAFeed() throws Exception {
        MiniSite site = build(authors());
        Document first = html(site, "tac-gia/to-thi-thuong/index.html");
        assertThat(first.select("h1").text()).isEqualTo("Tô Thị Thương");
        assertThat(first.select("title").text()).startsWith("Tác giả: Tô Thị Thương");
        assertThat(first.select("main h2, main h3").eachText()).containsExactly("Bài C", "Bài B");
        assertThat(first.select("link[rel=next]").attr("href")).isEqualTo("/tac-gia/to-thi-thuong/trang/2/");
        assertThat(html(site, "tac-gia/to-thi-thuong/trang/2/index.html").select("main h2, main h3").eachText())
                .containsExactly("Bài A");
        assertThat(first.select("link[rel=alternate][type=application/atom+xml]").eachAttr("href"))
                .containsExactly("/atom.xml", "/tac-gia/to-thi-thuong/atom.xml");
        SyndFeed feed = new SyndFeedInput().build(new StringReader(site.read("tac-gia/to-thi-thuong/atom.xml")));
        assertThat(feed.getTitle()).isEqualTo("Thử nghiệm – Tô Thị Thương");
        assertThat(feed.getEntries()).extracting(SyndEntry::getTitle).containsExactly("Bài C", "Bài B", "Bài A");
        assertThat(site.exists("tac-gia/bai-f/index.html")).isFalse();
    }

    @Test
    void aSiteWithoutAuthorsHasNoIndexAndNoMenuEntry() {
        MiniSite site = build(SITE + article("a", "Bài A", "2023-01-01"));
        assertThat(site.exists("tac-gia/index.html")).isFalse();
        assertThat(html(site, "index.html").select("nav a").eachText()).doesNotContain("Tác giả");
    }

    @Test
    void theSegmentIsConfigurableAndTheIndexIsInEnglishOnAnEnglishSite() {
        MiniSite site = build(SITE + "language: en\nsegments:\n  authors: authors\n"
                + article("a", "A", "2023-01-01", "author: Trà Long"));
        assertThat(html(site, "authors/index.html").select("h1").text()).isEqualTo("Authors");
        assertThat(html(site, "authors/tra-long/index.html").select("title").text()).startsWith("Author: Trà Long");
        assertThat(site.exists("tac-gia/index.html")).isFalse();
    }

    @Test
    void namesThatGiveTheSameAddressBothKeepAPageWithAWarning() {
        MiniSite site = MiniSite.of(dir, SITE + article("a", "A", "2023-01-01", "author: Lê Thị Huệ")
                + article("b", "B", "2023-01-02", "author: Lê Thị Huế"));
        assertThat(site.messages(site.build())).containsExactly("content/articles/a.md:4:9: warning: the author "
                + "'Lê Thị Huệ' is published at /tac-gia/le-thi-hue-2/, because another author's name also gives "
                + "/tac-gia/le-thi-hue/: if they are the same person, write the name the same way in every article");
        assertThat(html(site, "tac-gia/le-thi-hue/index.html").select("h1").text()).isEqualTo("Lê Thị Huế");
        assertThat(html(site, "tac-gia/le-thi-hue-2/index.html").select("h1").text()).isEqualTo("Lê Thị Huệ");
    }

    @Test
    void theAuthorsSegmentMustDifferFromTheOtherLists() {
        MiniSite site = MiniSite.of(dir, SITE + "segments:\n  authors: trang\n" + article("a", "A", "2023-01-01",
                "author: Trà Long"));
        assertThat(site.messages(site.build())).containsExactly("content/site.yaml:5:12: error: 'segments.authors' is "
                + "'trang', which another list of the site already uses (segments.page, segments.archive or "
                + "segments.conferences): choose another");
    }
}
