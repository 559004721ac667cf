package vn.gazette.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gazette.Generator;
import vn.gazette.MiniSite;

/** The search page and the header's search box as published (what the browser tests then use). */
class SearchPageTest {

    @TempDir
    Path dir;

    @Test
    void anEnglishSiteSearchesAtItsOwnSegmentAndOffersTheConfiguredEngineWithoutJavaScript() throws IOException {
        MiniSite site = MiniSite.of(dir, """
                -- site.yaml --
                title: Test
                baseUrl: https://archive.example.gov.vn/news/
                language: en
                searchEngine: https://www.google.com/search
                """ + SearchIndexTest.article("a", "Tập huấn", "2023-01-01", "Lạng Sơn", "[x]", "", "Nội dung."));
        assertThat(site.messages(Generator.create().build(site.request()))).isEmpty();

        Document page = Jsoup.parse(site.read("search/index.html"));
        assertThat(page.select("h1").text()).isEqualTo("Search");
        assertThat(page.select("#search").attr("data-index")).isEqualTo("/news/search-index/");
        assertThat(page.select("#search-nojs").text()).contains("needs JavaScript");
        assertThat(page.select("#search-nojs li a").eachAttr("href")).containsExactly("/news/the/", "/news/tinh/",
                "/news/luu-tru/");
        assertThat(page.select("form.search-engine").attr("action")).isEqualTo("https://www.google.com/search");
        assertThat(page.select("form.search-engine input[name=sitesearch]").val()).isEqualTo("archive.example.gov.vn");
        assertThat(page.select("script[src]").eachAttr("src")).containsExactly("/news/js/search.js");

        Document home = Jsoup.parse(site.read("index.html"));
        assertThat(home.select("header form[role=search]").attr("action")).isEqualTo("/news/search/");
        assertThat(home.select("header form[role=search] input[name=q]")).hasSize(1);
        assertThat(home.select("header form[role=search] label").text()).isEqualTo("Search the archive");
    }
}
