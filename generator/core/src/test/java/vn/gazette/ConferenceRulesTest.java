package vn.gazette;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gazette.NavigationListTest.article;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rules of the conference index, each shown on an inline mini-site. */
class ConferenceRulesTest {

    private static final String SITE = """
            -- site.yaml --
            title: Thử nghiệm
            baseUrl: https://example.gov.vn/
            """;

    private static final String PROVINCES = """
            -- provinces.yaml --
            provinces:
              - name: Hà Giang
                mergedInto: Tuyên Quang
                until: 2025-06-30
              - name: Lạng Sơn
              - name: Tuyên Quang
            """;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    /** An article reporting a conference: {@code block} holds the conference's fields, one per line. */
    static String conference(String name, String date, String province, String... block) {
        StringBuilder lines = new StringBuilder("conference:");
        for (String line : block) {
            lines.append("\n  ").append(line);
        }
        String title = "Hội nghị " + name;
        return province == null ? article(name, title, date, lines.toString())
                : article(name, title, date, "province: " + province, lines.toString());
    }

    private MiniSite build(String files) {
        MiniSite site = MiniSite.of(dir, files);
        assertThat(site.messages(site.build())).isEmpty();
        return site;
    }

    private static Document html(MiniSite site, String path) {
        return Jsoup.parse(site.read(path), "https://example.gov.vn/");
    }

    private static List<String> titles(MiniSite site, String path) {
        return html(site, path).select("table.conferences tbody td:nth-child(3)").eachText();
    }

    private static JsonNode event(MiniSite site, String article) throws IOException {
        Element script = html(site, "articles/" + article + "/index.html")
                .select("script[type=application/ld+json]").last();
        return MAPPER.readTree(script.data());
    }

    // kinds

    @Test
    void byDefaultOnlyTrainingsAreOnTheMainIndexAndEachOtherKindHasItsOwn() {
        MiniSite site = build(SITE + conference("a", "2023-03-01", null, "kind: training", "start: 2023-03-01")
                + conference("b", "2023-03-02", null, "kind: workshop", "start: 2023-03-02")
                + conference("c", "2023-03-03", null, "kind: survey", "start: 2023-03-03"));
        assertThat(titles(site, "hoi-nghi-tap-huan/index.html")).containsExactly("Hội nghị a");
        assertThat(titles(site, "hoi-nghi-tap-huan/loai/workshop/index.html")).containsExactly("Hội nghị b");
        assertThat(titles(site, "hoi-nghi-tap-huan/loai/survey/index.html")).containsExactly("Hội nghị c");
    }

    @Test
    void conferenceKindsInSiteYamlPutWorkshopsOnTheMainIndex() {
        MiniSite site = build(SITE + "conferenceKinds: [training, workshop]\n"
                + conference("a", "2023-03-01", null, "kind: training", "start: 2023-03-01")
                + conference("b", "2023-03-02", null, "kind: workshop", "start: 2023-03-02")
                + conference("c", "2023-03-03", null, "kind: survey", "start: 2023-03-03"));
        assertThat(titles(site, "hoi-nghi-tap-huan/index.html")).containsExactly("Hội nghị b", "Hội nghị a");
        assertThat(html(site, "hoi-nghi-tap-huan/index.html").select("main p.lead").text())
                .startsWith("2 hội nghị ở ");
        assertThat(site.exists("hoi-nghi-tap-huan/loai/workshop/index.html")).isFalse();
        assertThat(titles(site, "hoi-nghi-tap-huan/loai/survey/index.html")).containsExactly("Hội nghị c");
        assertThat(html(site, "articles/b/index.html").select("aside.facts dd a").attr("href"))
                .isEqualTo("/hoi-nghi-tap-huan/");
    }

    @Test
    void aSiteWhoseOnlyConferenceIsASurveyHasAnEmptyTrainingIndexWithoutSummaryOrYears() {
        MiniSite site = build(SITE + conference("a", "2023-03-01", null, "kind: survey", "start: 2023-03-01"));
        Document index = html(site, "hoi-nghi-tap-huan/index.html");
        assertThat(index.select("main p.lead")).isEmpty();
        assertThat(index.select("meta[name=description]")).isEmpty();
        assertThat(index.select("main > p").first().text()).isEqualTo("Chưa có hội nghị nào.");
        assertThat(index.select("svg")).isEmpty();
        assertThat(index.select("nav.conference-views h2").eachText())
                .containsExactly("Các loại hoạt động khác", "Tải dữ liệu");
        assertThat(index.select("nav.conference-views ul:empty")).isEmpty();
        assertThat(titles(site, "hoi-nghi-tap-huan/loai/survey/index.html")).containsExactly("Hội nghị a");
    }

    // provinces

    @Test
    void aConferenceWithoutAProvinceIsListedWithoutOneAndCountsNoProvince() throws IOException {
        MiniSite site = build(SITE + PROVINCES + conference("a", "2023-03-05", null, "kind: training",
                "start: 2023-03-05", "participants: 40"));
        Document index = html(site, "hoi-nghi-tap-huan/index.html");
        assertThat(index.select("table.conferences tbody td:nth-child(2)").text()).isEmpty();
        assertThat(index.select("main p.lead").text())
                .isEqualTo("1 hội nghị ở 0 tỉnh, thành phố, từ 05/03/2023 đến 05/03/2023. Tổng cộng 40 lượt đại biểu.");
        assertThat(index.select("svg > desc").text()).isEqualTo("2023: 1 (Không rõ tỉnh 1)");
        assertThat(index.select("nav.conference-views h2").eachText()).doesNotContain("Theo tỉnh, thành phố");
        assertThat(site.outputFiles()).noneMatch(f -> f.startsWith("hoi-nghi-tap-huan/tinh/"));
        assertThat(html(site, "articles/a/index.html").select("aside.facts dt").eachText())
                .containsExactly("Loại", "Thời gian", "Hình thức", "Đại biểu");
        JsonNode json = MAPPER.readTree(site.read("hoi-nghi-tap-huan/conferences.json"));
        assertThat(json.at("/conferences/0/province").isNull()).isTrue();
        assertThat(json.at("/conferences/0/provinceNow").isNull()).isTrue();
        assertThat(site.read("hoi-nghi-tap-huan/conferences.ics")).doesNotContain("LOCATION");
    }

    @Test
    void anEventWithNeitherPlaceNorProvinceHasAPlaceWithOnlyTheCountry() throws IOException {
        MiniSite site = build(SITE + conference("a", "2023-03-05", null, "kind: training", "start: 2023-03-05"));
        assertThat(event(site, "a").get("location")).isEqualTo(MAPPER.readTree("""
                [{"@type": "Place", "address": {"@type": "PostalAddress", "addressCountry": "VN"}}]"""));
    }

    @Test
    void aHybridConferenceIsAMixedEventWithAPlaceAndAVirtualLocation() throws IOException {
        MiniSite site = build(SITE + PROVINCES + conference("a", "2023-03-05", "Hà Giang", "kind: training",
                "start: 2023-03-05", "format: hybrid", "sites: 12", "locations: [\"Hội trường Tỉnh ủy\"]"));
        JsonNode event = event(site, "a");
        assertThat(event.get("eventAttendanceMode").textValue()).isEqualTo("https://schema.org/MixedEventAttendanceMode");
        assertThat(event.get("location")).isEqualTo(MAPPER.readTree("""
                [{"@type": "Place", "name": "Hội trường Tỉnh ủy",
                  "address": {"@type": "PostalAddress", "addressRegion": "Hà Giang", "addressCountry": "VN"}},
                 {"@type": "VirtualLocation", "url": "https://example.gov.vn/articles/a/"}]"""));
        assertThat(html(site, "hoi-nghi-tap-huan/index.html").select("table.conferences tbody td:nth-child(5)").text())
                .isEqualTo("Kết hợp trực tiếp và trực tuyến, 12 điểm cầu");
        assertThat(titles(site, "hoi-nghi-tap-huan/tinh/tuyen-quang/index.html")).containsExactly("Hội nghị a");
    }

    // speakers

    @Test
    void aSpeakerNamedInNfcInOneArticleAndNfdInAnotherIsOneSpeaker() throws IOException {
        String nfd = Normalizer.normalize("Phan Thu Hồng", Normalizer.Form.NFD);
        assertThat(nfd).isNotEqualTo("Phan Thu Hồng");
        MiniSite site = build(SITE + conference("a", "2023-03-01", null, "kind: training", "start: 2023-03-01",
                "speakers:", "  - name: Phan Thu Hồng", "    role: báo cáo viên")
                + conference("b", "2023-04-01", null, "kind: training", "start: 2023-04-01", "speakers:",
                "  - name: " + nfd, "  - name: Lê Hải Yến"));
        assertThat(Files.readString(site.content().resolve("articles/b.md"), StandardCharsets.UTF_8)).contains(nfd);
        Document speakers = html(site, "hoi-nghi-tap-huan/bao-cao-vien/index.html");
        assertThat(speakers.select("section.speaker h2 a").eachText()).containsExactly("Lê Hải Yến", "Phan Thu Hồng");
        assertThat(speakers.select("section.speaker h2 .count").eachText()).containsExactly("(1)", "(2)");
        assertThat(speakers.select("section#phan-thu-hong li a").eachText()).containsExactly("Hội nghị b", "Hội nghị a");
    }

    // no conferences

    @Test
    void aSiteWithoutConferencesHasNoIndexNoExportsAndNoMenuLink() {
        MiniSite site = build(SITE + article("a", "A", "2023-03-01", "tags: [tập huấn]"));
        assertThat(site.outputFiles()).noneMatch(f -> f.startsWith("hoi-nghi-tap-huan/"));
        assertThat(html(site, "index.html").select("header nav a").eachAttr("href"))
                .containsExactly("/", "/the/", "/luu-tru/");
        assertThat(site.read("sitemap.xml")).doesNotContain("hoi-nghi-tap-huan");
        assertThat(html(site, "articles/a/index.html").select("aside.facts")).isEmpty();
        assertThat(html(site, "articles/a/index.html").select("script[type=application/ld+json]")).hasSize(1);
    }

    // pagination and segments

    @Test
    void theIndexIsPaginatedWithTheCommonMechanism() {
        MiniSite site = build(SITE + "pageSize: 2\n"
                + conference("a", "2023-03-01", null, "kind: training", "start: 2023-03-01")
                + conference("b", "2023-04-01", null, "kind: training", "start: 2023-04-01")
                + conference("c", "2023-05-01", null, "kind: training", "start: 2023-05-01"));
        Document first = html(site, "hoi-nghi-tap-huan/index.html");
        assertThat(titles(site, "hoi-nghi-tap-huan/index.html")).containsExactly("Hội nghị c", "Hội nghị b");
        assertThat(first.select("nav.pagination a[rel=next]").attr("href")).isEqualTo("/hoi-nghi-tap-huan/trang/2/");
        assertThat(first.select("link[rel=next]").attr("href")).isEqualTo("/hoi-nghi-tap-huan/trang/2/");
        assertThat(first.select("svg")).hasSize(1);
        Document second = html(site, "hoi-nghi-tap-huan/trang/2/index.html");
        assertThat(titles(site, "hoi-nghi-tap-huan/trang/2/index.html")).containsExactly("Hội nghị a");
        assertThat(second.select("nav.pagination a[rel=prev]").attr("href")).isEqualTo("/hoi-nghi-tap-huan/");
        assertThat(second.select("nav.pagination [aria-current=page]").text()).isEqualTo("2");
        assertThat(second.select("svg")).as("the chart is on the first page only").isEmpty();
        assertThat(titles(site, "hoi-nghi-tap-huan/2023/trang/2/index.html")).containsExactly("Hội nghị a");
        assertThat(site.exists("hoi-nghi-tap-huan/trang/3/index.html")).isFalse();
        assertThat(site.read("sitemap.xml")).contains("<loc>https://example.gov.vn/hoi-nghi-tap-huan/trang/2/</loc>");
    }

    @Test
    void theConferencesSegmentMovesTheIndexItsViewsAndExports() throws IOException {
        MiniSite site = build(SITE + "segments: {conferences: tap-huan}\n" + PROVINCES
                + conference("a", "2023-03-01", "Lạng Sơn", "kind: training", "start: 2023-03-01", "speakers:",
                "  - name: Phan Thu Hồng"));
        assertThat(site.outputFiles()).noneMatch(f -> f.startsWith("hoi-nghi-tap-huan/"));
        assertThat(site.outputFiles()).filteredOn(f -> f.startsWith("tap-huan/")).containsExactly(
                "tap-huan/2023/index.html", "tap-huan/bao-cao-vien/index.html",
                "tap-huan/bao-cao-vien/phan-thu-hong/index.html", "tap-huan/conferences.csv",
                "tap-huan/conferences.ics", "tap-huan/conferences.json", "tap-huan/conferences.schema.json",
                "tap-huan/index.html", "tap-huan/tinh/lang-son/index.html");
        assertThat(html(site, "index.html").select("header nav a[href=/tap-huan/]").text())
                .isEqualTo("Hội nghị tập huấn");
        assertThat(html(site, "articles/a/index.html").select("aside.facts dd a").attr("href")).isEqualTo("/tap-huan/");
        assertThat(html(site, "tap-huan/index.html").select("nav.conference-views a").eachAttr("href")).containsExactly(
                "/tap-huan/2023/", "/tap-huan/tinh/lang-son/", "/tap-huan/bao-cao-vien/", "/tap-huan/conferences.json",
                "/tap-huan/conferences.csv", "/tap-huan/conferences.ics");
        assertThat(MAPPER.readTree(site.read("tap-huan/conferences.json")).get("$schema").textValue())
                .isEqualTo("https://example.gov.vn/tap-huan/conferences.schema.json");
    }
}
