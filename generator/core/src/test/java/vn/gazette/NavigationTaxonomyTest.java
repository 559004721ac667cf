package vn.gazette;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gazette.NavigationListTest.article;

import java.nio.file.Path;
import java.text.Normalizer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tag, province and site-declared taxonomies: term pages, index pages, spellings, slugs and the vocabulary. */
class NavigationTaxonomyTest {

    private static final String SITE = """
            -- site.yaml --
            title: Thử nghiệm
            baseUrl: https://example.gov.vn/
            """;

    private static final String PROVINCES = """
            -- provinces.yaml --
            provinces:
              - name: Hà Giang
                slug: ha-giang
                kind: province
                aliases: ["tỉnh Hà Giang"]
                mergedInto: Tuyên Quang
                until: 2025-06-30
              - name: Lạng Sơn
                slug: lang-son
                kind: province
                aliases: ["tỉnh Lạng Sơn"]
              - name: Tuyên Quang
                slug: tuyen-quang
                kind: province
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

    // collation

    @Test
    void theTagIndexIsInVietnameseAlphabeticalOrderWithCounts() {
        MiniSite site = build(SITE + article("a", "A", "2023-01-01", "tags: [Điện Biên, Đà Nẵng, Dak Nong]")
                + article("b", "B", "2023-01-02", "tags: [Hải Dương, Hà Nam, Gia Lai, Đà Nẵng]"));
        Document index = html(site, "the/index.html");
        assertThat(index.select("h1").text()).isEqualTo("Chủ đề");
        assertThat(index.select("ul.terms li").eachText()).containsExactly("Dak Nong (1)", "Đà Nẵng (2)",
                "Điện Biên (1)", "Gia Lai (1)", "Hà Nam (1)", "Hải Dương (1)");
        assertThat(index.select("ul.terms a").eachAttr("href")).containsExactly("/the/dak-nong/", "/the/da-nang/",
                "/the/dien-bien/", "/the/gia-lai/", "/the/ha-nam/", "/the/hai-duong/");
    }

    @Test
    void theProvinceIndexIsInVietnameseAlphabeticalOrder() {
        StringBuilder files = new StringBuilder(SITE);
        String[] names = {"Điện Biên", "Đà Nẵng", "Dak Nong", "Hải Dương", "Hà Nam", "Gia Lai"};
        for (int i = 0; i < names.length; i++) {
            files.append(article("bai-" + i, "Bài " + i, "2023-01-0" + (i + 1), "province: " + names[i]));
        }
        MiniSite site = build(files.toString());
        assertThat(html(site, "tinh/index.html").select("ul.terms a").eachText()).containsExactly("Dak Nong",
                "Đà Nẵng", "Điện Biên", "Gia Lai", "Hà Nam", "Hải Dương");
    }

    // spellings and slugs

    @Test
    void spellingsThatDifferOnlyInNormalisationOrCaseAreOneTermShownInTheMostFrequentSpelling() {
        String nfd = Normalizer.normalize("thông tin đối ngoại", Normalizer.Form.NFD);
        assertThat(nfd).isNotEqualTo("thông tin đối ngoại");
        MiniSite site = build(SITE + article("a", "A", "2023-01-01", "tags: [Thông tin đối ngoại]")
                + article("b", "B", "2023-01-02", "tags: [thông tin đối ngoại]")
                + article("c", "C", "2023-01-03", "tags: [" + nfd + "]"));
        assertThat(site.outputFiles()).filteredOn(f -> f.startsWith("the/"))
                .containsExactly("the/index.html", "the/thong-tin-doi-ngoai/atom.xml", "the/thong-tin-doi-ngoai/index.html");
        Document term = html(site, "the/thong-tin-doi-ngoai/index.html");
        assertThat(term.select("h1").text()).isEqualTo("Thông tin đối ngoại");
        assertThat(term.select("main p.meta").first().text()).isEqualTo("3 bài viết · Theo dõi (Atom)");
        assertThat(term.select("ul.cards .card-title").eachText()).containsExactly("C", "B", "A");
        assertThat(html(site, "the/index.html").select("ul.terms li").eachText())
                .containsExactly("thông tin đối ngoại (3)");
        for (String page : new String[] {"articles/a/index.html", "articles/c/index.html"}) {
            assertThat(html(site, page).select("ul.tags a").outerHtml())
                    .isEqualTo("<a href=\"/the/thong-tin-doi-ngoai/\">thông tin đối ngoại</a>");
        }
    }

    @Test
    void twoTermsWithTheSameSlugAreAnErrorNamingBothSpellingsAndTheOtherFile() {
        MiniSite site = MiniSite.of(dir, SITE + article("a", "A", "2023-01-02", "tags: [Huế]")
                + article("b", "B", "2023-01-01", "tags: [tập huấn, Huệ]"));
        BuildResult result = site.build();
        assertThat(site.messages(result)).containsExactly("content/articles/b.md:4:18: error: the tag 'Huệ' and the "
                + "tag 'Huế' of articles/a.md would both be published at /the/hue/: give one its own slug under "
                + "taxonomies.tags.slugs in site.yaml (e.g. \"Huệ\": hue-2)");
        assertThat(site.output()).doesNotExist();
    }

    @Test
    void aSlugChosenInSiteYamlSeparatesTermsThatWouldClash() {
        MiniSite site = build(SITE + "taxonomies: {tags: {slugs: {\"Huệ\": hue-hoa}}}\n"
                + article("a", "A", "2023-01-02", "tags: [Huế]") + article("b", "B", "2023-01-01", "tags: [tập huấn, huệ]"));
        assertThat(html(site, "the/hue/index.html").select("h1").text()).isEqualTo("Huế");
        assertThat(html(site, "the/hue-hoa/index.html").select("h1").text()).isEqualTo("Huệ");
        assertThat(html(site, "the/index.html").select("ul.terms a").eachAttr("href"))
                .containsExactly("/the/hue/", "/the/hue-hoa/", "/the/tap-huan/");
    }

    // provinces

    @Test
    void provincesFollowTheVocabularyWithAliasesAndMergers() {
        MiniSite site = MiniSite.of(dir, SITE + PROVINCES
                + article("dong-dang", "Tin Đồng Đăng", "2024-05-01", "province: tỉnh Lạng Sơn")
                + article("ha-giang", "Tin Hà Giang", "2024-04-01", "province: Hà Giang")
                + article("tuyen-quang", "Tin Tuyên Quang", "2024-03-01", "province: Tuyên Quang")
                + article("sau-sap-nhap", "Sau sáp nhập", "2025-08-01", "province: Hà Giang"));
        BuildResult result = site.build();
        assertThat(site.messages(result)).containsExactly("content/articles/sau-sap-nhap.md:4:11: warning: 'Hà Giang' "
                + "was merged into 'Tuyên Quang' on 2025-07-01: an article dated 2025-08-01 should name 'Tuyên Quang'");
        assertThat(site.outputFiles()).filteredOn(f -> f.startsWith("tinh/") && f.endsWith(".html")).containsExactly(
                "tinh/ha-giang/index.html", "tinh/index.html", "tinh/lang-son/index.html", "tinh/tuyen-quang/index.html");

        Document langSon = html(site, "tinh/lang-son/index.html");
        assertThat(langSon.select("h1").text()).isEqualTo("Lạng Sơn");
        assertThat(langSon.select("ul.cards .card-title").eachText()).containsExactly("Tin Đồng Đăng");
        assertThat(html(site, "articles/dong-dang/index.html").select("header span.province a").outerHtml())
                .isEqualTo("<a href=\"/tinh/lang-son/\">Lạng Sơn</a>");

        Document haGiang = html(site, "tinh/ha-giang/index.html");
        assertThat(haGiang.select("ul.cards .card-title").eachText()).containsExactly("Sau sáp nhập", "Tin Hà Giang");
        assertThat(haGiang.select("p.note").text()).isEqualTo("Nay thuộc Tuyên Quang.");
        assertThat(haGiang.select("p.note a").eachAttr("href")).containsExactly("/tinh/tuyen-quang/");

        Document tuyenQuang = html(site, "tinh/tuyen-quang/index.html");
        assertThat(tuyenQuang.select("ul.cards .card-title").eachText())
                .containsExactly("Sau sáp nhập", "Tin Hà Giang", "Tin Tuyên Quang");
        assertThat(tuyenQuang.select("p.note").text()).isEqualTo("Gồm cả các bài của: Hà Giang.");
        assertThat(tuyenQuang.select("p.note a").eachAttr("href")).containsExactly("/tinh/ha-giang/");

        Document article = html(site, "articles/ha-giang/index.html");
        assertThat(article.select("header span.province").text()).isEqualTo("Hà Giang (nay thuộc Tuyên Quang)");
        assertThat(article.select("header span.province a").eachAttr("href"))
                .containsExactly("/tinh/ha-giang/", "/tinh/tuyen-quang/");

        assertThat(html(site, "tinh/index.html").select("ul.terms li").eachText()).containsExactly(
                "Hà Giang (2) nay thuộc Tuyên Quang", "Lạng Sơn (1)", "Tuyên Quang (3)");
    }

    @Test
    void aMergedProvinceIsRightUntilItsLastLocalDay() {
        MiniSite site = MiniSite.of(dir, SITE + PROVINCES
                + article("ngay-cuoi", "Ngày cuối", "2025-06-30T23:30", "province: tỉnh Hà Giang")
                + article("nua-dem", "Nửa đêm ở Hà Nội", "2025-06-30T17:30:00Z", "province: Hà Giang"));
        assertThat(site.messages(site.build())).containsExactly("content/articles/nua-dem.md:4:11: warning: 'Hà Giang' "
                + "was merged into 'Tuyên Quang' on 2025-07-01: an article dated 2025-07-01 should name 'Tuyên Quang'");
        assertThat(html(site, "tinh/tuyen-quang/index.html").select("ul.cards .card-title").eachText())
                .containsExactly("Nửa đêm ở Hà Nội", "Ngày cuối");
        assertThat(html(site, "tinh/index.html").select("ul.terms li").eachText())
                .containsExactly("Hà Giang (2) nay thuộc Tuyên Quang", "Tuyên Quang (2)");
    }

    @Test
    void anUnknownProvinceIsAnErrorWithASuggestionAtItsPosition() {
        MiniSite site = MiniSite.of(dir, SITE + PROVINCES
                + article("sai", "Sai chính tả", "2024-05-01", "tags: [biên giới]", "province: Lạng Sơm"));
        assertThat(site.messages(site.build())).containsExactly("content/articles/sai.md:5:11: error: unknown province "
                + "'Lạng Sơm': did you mean 'Lạng Sơn'? (the names are listed in provinces.yaml)");
    }

    @Test
    void withoutAVocabularyProvincesAreFreeTerms() {
        MiniSite site = build(SITE + article("a", "A", "2024-05-01", "province: Lạng Sơm")
                + article("b", "B", "2024-05-02", "province: tỉnh Lạng Sơn")
                + article("c", "C", "2025-08-01", "province: Hà Giang"));
        assertThat(html(site, "tinh/index.html").select("ul.terms li").eachText())
                .containsExactly("Hà Giang (1)", "Lạng Sơm (1)", "tỉnh Lạng Sơn (1)");
        assertThat(html(site, "tinh/tinh-lang-son/index.html").select("ul.cards .card-title").eachText()).containsExactly("B");
        assertThat(html(site, "tinh/ha-giang/index.html").select("p.note")).isEmpty();
    }

    // taxonomies a site declares

    @Test
    void aSiteCanDeclareItsOwnTaxonomyReadFromItsFrontMatterKey() {
        MiniSite site = build(SITE + """
                taxonomies:
                  linh-vuc:
                    segment: linh-vuc
                    title: {vi: "Lĩnh vực"}
                """ + article("a", "A", "2023-01-01", "tags: [x]", "linh-vuc: [Kinh tế, Văn hóa]")
                + article("b", "B", "2023-01-02", "linh-vuc: [Kinh tế]"));
        assertThat(site.outputFiles()).filteredOn(f -> f.startsWith("linh-vuc/") && f.endsWith(".html")).containsExactly(
                "linh-vuc/index.html", "linh-vuc/kinh-te/index.html", "linh-vuc/van-hoa/index.html");
        Document index = html(site, "linh-vuc/index.html");
        assertThat(index.select("h1").text()).isEqualTo("Lĩnh vực");
        assertThat(index.select("ul.terms li").eachText()).containsExactly("Kinh tế (2)", "Văn hóa (1)");
        assertThat(index.select("header nav a").eachText()).containsExactly("Trang chủ", "Chủ đề", "Lĩnh vực", "Lưu trữ");
        assertThat(index.select("header nav a").eachAttr("href")).containsExactly("/", "/the/", "/linh-vuc/", "/luu-tru/");
        Document term = html(site, "linh-vuc/kinh-te/index.html");
        assertThat(term.select("p.breadcrumb a").outerHtml()).isEqualTo("<a href=\"/linh-vuc/\">Lĩnh vực</a>");
        assertThat(term.select("ul.cards .card-title").eachText()).containsExactly("B", "A");
        assertThat(html(site, "articles/a/index.html").select("ul.tags a").eachAttr("href"))
                .containsExactly("/the/x/", "/linh-vuc/kinh-te/", "/linh-vuc/van-hoa/");
    }

    @Test
    void aTaxonomyCannotTakeTheNameOfAFrontMatterField() {
        MiniSite site = MiniSite.of(dir, SITE + """
                taxonomies:
                  title:
                    segment: tieu-de
                """ + article("a", "A", "2023-01-01"));
        assertThat(site.messages(site.build())).containsExactly("content/site.yaml:4:3: error: 'title' is a front-matter "
                + "field of its own and cannot be a taxonomy: choose another name");
    }

    @Test
    void twoDeclaredTaxonomiesCannotShareASegment() {
        MiniSite site = MiniSite.of(dir, SITE + """
                taxonomies:
                  linh-vuc:
                    segment: chu-de
                  nganh:
                    segment: chu-de
                """ + article("a", "A", "2023-01-01"));
        assertThat(site.messages(site.build())).containsExactly("content/site.yaml:7:14: error: the URL segment 'chu-de' "
                + "is already used by taxonomies.linh-vuc: choose another 'segment:'");
    }

    @Test
    void aDeclaredTaxonomyCannotTakeTheSegmentOfTheTags() {
        MiniSite site = MiniSite.of(dir, SITE + """
                taxonomies:
                  linh-vuc:
                    segment: the
                """ + article("a", "A", "2023-01-01", "tags: [x]"));
        assertThat(site.messages(site.build())).containsExactly("content/site.yaml:5:14: error: the URL segment 'the' "
                + "is already used by taxonomies.tags (built in): choose another 'segment:'");
        assertThat(site.output()).doesNotExist();
    }

    @Test
    void thePageOrArchiveSegmentCannotTakeTheSegmentOfABuiltInTaxonomy() {
        MiniSite site = MiniSite.of(dir, SITE + """
                segments:
                  page: the
                  archive: tinh
                """ + article("a", "A", "2023-01-01", "tags: [x]"));
        assertThat(site.messages(site.build())).containsExactly(
                "content/site.yaml:4:9: error: 'segments.page' is 'the', the URL segment of taxonomies.tags (built in): "
                        + "choose another",
                "content/site.yaml:5:12: error: 'segments.archive' is 'tinh', the URL segment of taxonomies.province "
                        + "(built in): choose another");
    }

    @Test
    void aDeclaredTaxonomyMayTakeASegmentTheTagsGaveUp() {
        MiniSite site = build(SITE + """
                taxonomies:
                  linh-vuc:
                    segment: the
                  tags:
                    segment: chu-de
                """ + article("a", "A", "2023-01-01", "tags: [x]", "linh-vuc: [y]"));
        assertThat(site.exists("chu-de/x/index.html")).isTrue();
        assertThat(site.exists("the/y/index.html")).isTrue();
        assertThat(site.exists("the/x/index.html")).isFalse();
    }
}
