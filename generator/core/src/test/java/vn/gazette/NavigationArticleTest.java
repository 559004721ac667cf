package vn.gazette;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gazette.NavigationListTest.article;

import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an article page links to (related and neighbouring articles), what it tells machines, and its URL's rules. */
class NavigationArticleTest {

    private static final String SITE = """
            -- site.yaml --
            title: Thử nghiệm
            baseUrl: https://example.gov.vn/
            """;

    /**
     * Around "Tin chính" (Lạng Sơn; biên giới, du lịch; 2023-06-15), scored as Related documents: 3 for the
     * province, 2 per shared tag, 1 / (1 + days / 30) for closeness.
     */
    private static final String RELATED = article("chinh", "Tin chính", "2023-06-15", "province: Lạng Sơn",
            "tags: [biên giới, du lịch]")
            + article("hai-the", "Hai thẻ, một năm trước", "2022-06-15", "tags: [du lịch, biên giới]") // 4.08
            + article("cung-tinh", "Cùng tỉnh, 90 ngày", "2023-03-17", "province: Lạng Sơn") // 3.25
            + article("mot-the-gan", "Một thẻ, 1 ngày", "2023-06-14", "tags: [biên giới]") // 2.97
            + article("mot-the-xa", "Một thẻ, 30 ngày", "2023-05-16", "tags: [du lịch]") // 2.5
            + article("b-truoc", "Một thẻ, 60 ngày trước", "2023-04-16", "tags: [du lịch]") // 2.33
            + article("a-sau", "Một thẻ, 60 ngày sau", "2023-08-14", "tags: [du lịch]") // 2.33, URL first
            + article("khac", "Không liên quan, cùng ngày", "2023-06-15", "province: Cao Bằng", "tags: [nông nghiệp]");

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

    // related articles

    @Test
    void relatedArticlesRankProvinceOverOneTagTwoTagsOverOneThenClosenessThenUrl() {
        MiniSite site = build(SITE + "related: 10\n" + RELATED);
        Document page = html(site, "articles/chinh/index.html");
        assertThat(page.select("section.related h2").text()).isEqualTo("Tin liên quan");
        assertThat(page.select("section.related h3 a").eachAttr("href")).containsExactly("/articles/hai-the/",
                "/articles/cung-tinh/", "/articles/mot-the-gan/", "/articles/mot-the-xa/", "/articles/a-sau/",
                "/articles/b-truoc/");
    }

    @Test
    void relatedArticlesAreFiveByDefaultAndAsManyAsSiteYamlSays() {
        MiniSite byDefault = MiniSite.of(dir.resolve("default"), SITE + RELATED);
        assertThat(byDefault.messages(byDefault.build())).isEmpty();
        assertThat(html(byDefault, "articles/chinh/index.html").select("section.related h3 a").eachAttr("href"))
                .containsExactly("/articles/hai-the/", "/articles/cung-tinh/", "/articles/mot-the-gan/",
                        "/articles/mot-the-xa/", "/articles/a-sau/");
        MiniSite two = MiniSite.of(dir.resolve("two"), SITE + "related: 2\n" + RELATED);
        assertThat(two.messages(two.build())).isEmpty();
        assertThat(html(two, "articles/chinh/index.html").select("section.related h3 a").eachText())
                .containsExactly("Hai thẻ, một năm trước", "Cùng tỉnh, 90 ngày");
    }

    @Test
    void articlesOfAMergedProvinceAreRelatedToThoseOfTheProvinceItJoined() {
        MiniSite site = build(SITE + """
                -- provinces.yaml --
                provinces:
                  - name: Hà Giang
                    mergedInto: Tuyên Quang
                    until: 2025-06-30
                  - name: Tuyên Quang
                  - name: Cao Bằng
                """ + article("ha-giang", "Hà Giang", "2024-01-01", "province: Hà Giang")
                + article("tuyen-quang", "Tuyên Quang", "2022-01-01", "province: Tuyên Quang")
                + article("cao-bang", "Cao Bằng", "2024-01-01", "province: Cao Bằng"));
        assertThat(html(site, "articles/ha-giang/index.html").select("section.related h3 a").eachAttr("href"))
                .containsExactly("/articles/tuyen-quang/");
        assertThat(html(site, "articles/tuyen-quang/index.html").select("section.related h3 a").eachAttr("href"))
                .containsExactly("/articles/ha-giang/");
    }

    @Test
    void asManyRelatedArticlesAsSiteYamlAsksForAreFoundEvenAllOnOneSide() {
        StringBuilder files = new StringBuilder(SITE + "related: 30\n");
        for (int day = 1; day <= 31; day++) {
            files.append(article(String.format("a%02d", day), "A" + day, String.format("2023-01-%02d", day),
                    "province: Lạng Sơn"));
        }
        MiniSite site = build(files.toString());
        assertThat(html(site, "articles/a31/index.html").select("section.related h3").eachText())
                .hasSize(30).startsWith("A30", "A29").endsWith("A2", "A1");
    }

    @Test
    void relatedZeroRemovesTheSection() {
        MiniSite site = build(SITE + "related: 0\n" + RELATED);
        String page = site.read("articles/chinh/index.html");
        assertThat(page).doesNotContain("Tin liên quan", "class=\"related\"");
        assertThat(Jsoup.parse(page).select("ul.tags a")).hasSize(2);
    }

    @Test
    void anArticleSharingNothingHasNoRelatedSection() {
        MiniSite site = build(SITE + RELATED);
        assertThat(site.read("articles/khac/index.html")).doesNotContain("Tin liên quan");
    }

    // previous and next

    @Test
    void previousAndNextArticlesFollowTheDateOrderNotTheFileOrder() {
        MiniSite site = build(SITE + article("a", "Giữa", "2023-02-01T08:00") + article("b", "Mới nhất", "2023-03-01")
                + article("c", "Cũ nhất", "2023-01-01") + article("d", "Cùng ngày, sớm hơn", "2023-02-01T07:59"));
        assertThat(neighbours(site, "a")).isEqualTo("Bài trước: Cùng ngày, sớm hơn /articles/d/ | Bài sau: Mới nhất /articles/b/");
        assertThat(neighbours(site, "d")).isEqualTo("Bài trước: Cũ nhất /articles/c/ | Bài sau: Giữa /articles/a/");
        assertThat(neighbours(site, "b")).isEqualTo("Bài trước: Giữa /articles/a/");
        assertThat(neighbours(site, "c")).isEqualTo("Bài sau: Cùng ngày, sớm hơn /articles/d/");
    }

    private static String neighbours(MiniSite site, String name) {
        Element nav = html(site, "articles/" + name + "/index.html").selectFirst("nav.neighbours");
        assertThat(nav).isNotNull();
        return String.join(" | ", nav.select("p").stream()
                .map(p -> p.text() + " " + p.selectFirst("a").attr("href")).toList());
    }

    // URLs that belong to list pages or generated files

    @Test
    void anArticleAtTheAddressOfATaxonomyIndexIsAnErrorNamingTheFile() {
        MiniSite site = MiniSite.of(dir, SITE + "-- the.md --\n---\ntitle: Thẻ\ndate: 2023-01-01\n---\n"
                + article("a", "A", "2023-01-02", "tags: [x]"));
        assertThat(site.messages(site.build())).containsExactly("content/the.md:1:1: error: /the/ is also the address "
                + "of a list page (tags, provinces, archives or page numbers): move the file or give it another 'slug:'");
    }

    @Test
    void anArticleFileNamedLikeAYearWithArticlesIsAnError() {
        MiniSite site = MiniSite.of(dir, SITE + "-- 2023.md --\n---\ntitle: Năm\ndate: 2022-01-01\n---\n"
                + article("a", "A", "2023-01-02"));
        assertThat(site.messages(site.build())).containsExactly("content/2023.md:1:1: error: /2023/ is also the address "
                + "of a list page (tags, provinces, archives or page numbers): move the file or give it another 'slug:'");
    }

    @Test
    void anArticleSluggedLikeAYearWithArticlesIsAnErrorAtItsSlug() {
        MiniSite site = MiniSite.of(dir, SITE + "-- nam.md --\n---\ntitle: Năm\ndate: 2022-01-01\nslug: \"2023\"\n---\n"
                + article("a", "A", "2023-01-02"));
        assertThat(site.messages(site.build())).containsExactly("content/nam.md:4:7: error: /2023/ is also the address "
                + "of a list page (tags, provinces, archives or page numbers): move the file or give it another 'slug:'");
    }

    @Test
    void anArticleNamedLikeAYearIsFineWhileThatYearHasNoArticles() {
        MiniSite site = build(SITE + "-- 2023.md --\n---\ntitle: Năm\ndate: 2022-01-01\n---\n");
        assertThat(site.exists("2023/index.html")).isTrue();
        assertThat(html(site, "2023/index.html").select("h1").text()).isEqualTo("Năm");
        assertThat(html(site, "2022/index.html").select("h1").text()).isEqualTo("Năm 2022");
    }

    @Test
    void aFileThatWouldReplaceAGeneratedFileIsAnError() {
        MiniSite site = MiniSite.of(dir, SITE + "include: [robots.txt, \"*.xml\"]\n-- robots.txt --\nUser-agent: *\n"
                + article("a", "A", "2023-01-02",
                "tags: [x]") + "-- the/x/atom.xml --\n<feed/>\n");
        assertThat(site.messages(site.build())).containsExactly(
                "content/robots.txt: error: this file would overwrite robots.txt, which Gazette writes itself: rename or move it",
                "content/the/x/atom.xml: error: this file would overwrite the/x/atom.xml, which Gazette writes itself: "
                        + "rename or move it");
    }

    // what the page tells machines

    @Test
    void theArticlePageHasCanonicalOpenGraphAndNewsArticleData() {
        MiniSite site = build(SITE + article("a", "Hội nghị tập huấn", "2023-09-22T09:30", "summary: \"Tóm tắt\"",
                "tags: [tập huấn]"));
        Document page = html(site, "articles/a/index.html");
        assertThat(page.select("link[rel=canonical]").eachAttr("href")).containsExactly("https://example.gov.vn/articles/a/");
        assertThat(page.select("meta[property=og:title]").eachAttr("content")).containsExactly("Hội nghị tập huấn");
        assertThat(page.select("meta[property=og:type]").eachAttr("content")).containsExactly("article");
        assertThat(page.select("meta[property=og:url]").eachAttr("content")).containsExactly("https://example.gov.vn/articles/a/");
        assertThat(page.select("meta[property=article:published_time]").eachAttr("content"))
                .containsExactly("2023-09-22T09:30:00+07:00");
        assertThat(page.select("meta[property=article:tag]").eachAttr("content")).containsExactly("tập huấn");
        assertThat(page.select("meta[name=description]").eachAttr("content")).containsExactly("Tóm tắt");
        String json = page.select("script[type=application/ld+json]").first().data();
        assertThat(json).isEqualTo("{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
                + "\"headline\":\"Hội nghị tập huấn\",\"description\":\"Tóm tắt\","
                + "\"datePublished\":\"2023-09-22T09:30:00+07:00\",\"dateModified\":\"2023-09-22T09:30:00+07:00\","
                + "\"inLanguage\":\"vi\",\"url\":\"https://example.gov.vn/articles/a/\","
                + "\"mainEntityOfPage\":{\"@type\":\"WebPage\",\"@id\":\"https://example.gov.vn/articles/a/\"},"
                + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Thử nghiệm\",\"url\":\"https://example.gov.vn/\"},"
                + "\"keywords\":[\"tập huấn\"]}");
    }

    @Test
    void aTitleWithAClosingScriptTagStaysInsideTheJsonLd() {
        String title = "Tin </script><script>alert(1)</script> & 'mới'";
        MiniSite site = build(SITE + "-- articles/a.md --\n---\ntitle: \"" + title + "\"\ndate: 2023-09-22\n---\nx\n");
        String raw = site.read("articles/a/index.html");
        assertThat(raw.split("</script>", -1)).hasSize(2);
        Document page = Jsoup.parse(raw);
        assertThat(page.select("script")).hasSize(1);
        String json = page.select("script[type=application/ld+json]").first().data();
        assertThat(json).startsWith("{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",")
                .contains("\"headline\":\"Tin \\u003C/script\\u003E\\u003Cscript\\u003Ealert(1)\\u003C/script\\u003E "
                        + "\\u0026 \\u0027mới\\u0027\"")
                .doesNotContain("<", ">", "&", "'");
        assertThat(page.select("meta[property=og:title]").attr("content")).isEqualTo(title);
        assertThat(page.select("h1").text()).isEqualTo(title);
        assertThat(page.title()).isEqualTo(title + " – Thử nghiệm");
    }
}
