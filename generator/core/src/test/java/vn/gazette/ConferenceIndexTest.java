package vn.gazette;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The training-conference index of the sample archive: the main table, its summary and chart, the views by year,
 * province and kind, the speakers page, the facts box of each conference article and the menu link.
 */
class ConferenceIndexTest {

    static final String LANG_SON = "/articles/2023/lang-son-tap-huan-thong-tin-doi-ngoai-trang-dinh-van-lang/";
    static final String CAO_BANG = "/articles/2023/cao-bang-tap-huan-thong-tin-doi-ngoai-2023/";
    static final String HA_GIANG = "/articles/2023/ha-giang-boi-duong-thong-tin-doi-ngoai-mien-nui-bien-gioi/";
    static final String LONG_AN = "/articles/2022/long-an-tap-huan-thong-tin-doi-ngoai-truc-tuyen/";
    static final String SURVEY = "/articles/2018/lang-son-tiep-doan-khao-sat-thong-tin-doi-ngoai/";

    @TempDir
    static Path dir;

    static Path out;

    @BeforeAll
    static void buildTheSampleArchive() throws IOException {
        out = dir.resolve("site-output");
        BuildResult result = Generator.create().build(BuildRequest.of(ProjectFiles.sampleContent(), out)
                .withTheme(ProjectFiles.defaultTheme()));
        assertThat(result.problems()).isEmpty();
    }

    static Document page(String sitePath) {
        try {
            return Jsoup.parse(Files.readString(out.resolve(sitePath.substring(1) + "index.html"),
                    StandardCharsets.UTF_8), "https://luutru.example.gov.vn/");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each table row as its cells' texts joined with " | ". */
    private static List<String> rows(Document page) {
        List<String> rows = new ArrayList<>();
        for (Element row : page.select("table.conferences tbody tr")) {
            rows.add(String.join(" | ", row.select("td").stream().map(Element::text).toList()));
        }
        return rows;
    }

    private static List<String> titleLinks(Document page) {
        return page.select("table.conferences tbody td:nth-child(3) a").eachAttr("href");
    }

    /** The facts box as "term: description" lines. */
    private static List<String> facts(String articleUrl) {
        List<String> lines = new ArrayList<>();
        for (Element term : page(articleUrl).select("aside.facts dl > dt")) {
            lines.add(term.text() + ": " + term.nextElementSibling().text());
        }
        return lines;
    }

    // the main index

    @Test
    void theMainIndexListsTheFourTrainingsNewestFirst() {
        Document index = page("/hoi-nghi-tap-huan/");
        assertThat(index.select("h1").text()).isEqualTo("Hội nghị tập huấn");
        assertThat(index.select("table.conferences thead th").eachText()).containsExactly("Thời gian", "Tỉnh",
                "Hội nghị", "Đơn vị tổ chức", "Hình thức", "Đại biểu", "Báo cáo viên");
        assertThat(rows(index)).containsExactly(
                "22/09/2023 | Lạng Sơn | Tập huấn thông tin đối ngoại cho cán bộ hai huyện biên giới Tràng Định và "
                        + "Văn Lãng | Sở Thông tin và Truyền thông tỉnh Lạng Sơn | Trực tiếp | 130 | Phan Thu Hồng",
                "14–15/09/2023 | Cao Bằng | Cao Bằng tập huấn công tác thông tin đối ngoại năm 2023 | UBND tỉnh Cao Bằng "
                        + "| Trực tiếp |  | Tạp chí Cộng sản, Học viện Quốc tế - Bộ Công an",
                "02/08/2023 | Hà Giang (nay thuộc Tuyên Quang) | Hà Giang bồi dưỡng nghiệp vụ thông tin đối ngoại cho "
                        + "cán bộ vùng miền núi, biên giới | tỉnh Hà Giang | Trực tiếp |  | ",
                "01/06/2022 | Long An (nay thuộc Tây Ninh) | Long An tập huấn trực tuyến công tác thông tin đối ngoại năm "
                        + "2022 | Sở Thông tin và Truyền thông tỉnh Long An | Trực tuyến, 15 điểm cầu |  | Đinh Tiến Dũng");
        assertThat(titleLinks(index)).containsExactly(LANG_SON, CAO_BANG, HA_GIANG, LONG_AN);
        assertThat(index.select("table.conferences tbody time").eachAttr("datetime"))
                .containsExactly("2023-09-22", "2023-09-14", "2023-08-02", "2022-06-01");
    }

    @Test
    void theSurveyVisitIsOnItsOwnKindIndexNotOnTheTrainingIndex() {
        assertThat(page("/hoi-nghi-tap-huan/").select("a[href=" + SURVEY + "]")).isEmpty();
        Document surveys = page("/hoi-nghi-tap-huan/loai/survey/");
        assertThat(surveys.select("h1").text()).isEqualTo("Khảo sát, làm việc");
        assertThat(titleLinks(surveys)).containsExactly(SURVEY);
        assertThat(rows(surveys)).containsExactly("31/10/2018 | Lạng Sơn | Lạng Sơn làm việc với đoàn công tác liên "
                + "ngành Trung ương khảo sát công tác thông tin đối ngoại | Đoàn công tác liên ngành Trung ương | "
                + "Trực tiếp |  | Bùi Trường Giang, Hoàng Văn Nghiệm");
        assertThat(surveys.select("svg")).isEmpty();
        assertThat(surveys.select("p.lead")).isEmpty();
    }

    @Test
    void theSummaryCountsTrainingsParticipantsProvincesAndTheirFirstAndLastDays() {
        assertThat(page("/hoi-nghi-tap-huan/").select("main p.lead").text())
                .isEqualTo("4 hội nghị ở 4 tỉnh, thành phố, từ 01/06/2022 đến 22/09/2023. 130 lượt đại biểu, tính ở 1 trong 4 "
                        + "hội nghị có ghi số đại biểu.");
    }

    @Test
    void theChartIsInlineSvgWithATitleAndADescriptionGivingEveryYearsNumbers() {
        Document index = page("/hoi-nghi-tap-huan/");
        Element svg = index.selectFirst("figure.chart-figure > .chart-scroll > svg");
        assertThat(svg).isNotNull();
        assertThat(svg.attr("role")).isEqualTo("img");
        assertThat(svg.attr("aria-labelledby")).isEqualTo("_chart-title _chart-desc");
        assertThat(svg.selectFirst("> title").id()).isEqualTo("_chart-title");
        assertThat(svg.selectFirst("> title").text()).isEqualTo("Số hội nghị tập huấn theo năm, theo tỉnh");
        assertThat(svg.selectFirst("> desc").id()).isEqualTo("_chart-desc");
        assertThat(svg.selectFirst("> desc").text())
                .isEqualTo("2022: 1 (Long An 1); 2023: 3 (Cao Bằng 1, Hà Giang 1, Lạng Sơn 1)");
        assertThat(svg.select("> rect > title").eachText()).containsExactly("Long An 2022: 1", "Cao Bằng 2023: 1",
                "Hà Giang 2023: 1", "Lạng Sơn 2023: 1");
        assertThat(index.select("script")).as("the chart needs no JavaScript").isEmpty();
    }

    @Test
    void theIndexLinksItsViewsTheSpeakersAndTheThreeExports() {
        Element views = page("/hoi-nghi-tap-huan/").selectFirst("nav.conference-views");
        assertThat(views.select("li").eachText()).containsExactly("2023 (3)", "2022 (1)", "Cao Bằng (1)",
                "Hà Giang (1)", "Lạng Sơn (1)", "Long An (1)", "Tây Ninh (1)", "Tuyên Quang (1)",
                "Khảo sát, làm việc (1)", "JSON", "CSV", "iCalendar");
        assertThat(views.select("a").eachAttr("href")).containsExactly("/hoi-nghi-tap-huan/2023/",
                "/hoi-nghi-tap-huan/2022/", "/hoi-nghi-tap-huan/tinh/cao-bang/", "/hoi-nghi-tap-huan/tinh/ha-giang/",
                "/hoi-nghi-tap-huan/tinh/lang-son/", "/hoi-nghi-tap-huan/tinh/long-an/",
                "/hoi-nghi-tap-huan/tinh/tay-ninh/", "/hoi-nghi-tap-huan/tinh/tuyen-quang/",
                "/hoi-nghi-tap-huan/loai/survey/", "/hoi-nghi-tap-huan/bao-cao-vien/",
                "/hoi-nghi-tap-huan/conferences.json", "/hoi-nghi-tap-huan/conferences.csv",
                "/hoi-nghi-tap-huan/conferences.ics");
        for (String export : List.of("conferences.json", "conferences.csv", "conferences.ics")) {
            assertThat(out.resolve("hoi-nghi-tap-huan/" + export)).isRegularFile();
        }
    }

    // the views

    @Test
    void eachYearHasItsOwnViewOfTheIndex() {
        Document year2023 = page("/hoi-nghi-tap-huan/2023/");
        assertThat(year2023.select("h1").text()).isEqualTo("Hội nghị tập huấn – 2023");
        assertThat(titleLinks(year2023)).containsExactly(LANG_SON, CAO_BANG, HA_GIANG);
        assertThat(year2023.select("p.breadcrumb a").attr("href")).isEqualTo("/hoi-nghi-tap-huan/");
        assertThat(year2023.select("nav.conference-views [aria-current=page]").text()).isEqualTo("2023");
        Document year2022 = page("/hoi-nghi-tap-huan/2022/");
        assertThat(year2022.select("h1").text()).isEqualTo("Hội nghị tập huấn – 2022");
        assertThat(titleLinks(year2022)).containsExactly(LONG_AN);
        assertThat(out.resolve("hoi-nghi-tap-huan/2018")).doesNotExist();
    }

    @Test
    void aMergedProvincesConferenceShowsUnderItsOldNameAndUnderTodaysProvince() {
        assertThat(titleLinks(page("/hoi-nghi-tap-huan/tinh/ha-giang/"))).containsExactly(HA_GIANG);
        Document tuyenQuang = page("/hoi-nghi-tap-huan/tinh/tuyen-quang/");
        assertThat(tuyenQuang.select("h1").text()).isEqualTo("Hội nghị tập huấn – Tuyên Quang");
        assertThat(titleLinks(tuyenQuang)).containsExactly(HA_GIANG);
        assertThat(titleLinks(page("/hoi-nghi-tap-huan/tinh/long-an/"))).containsExactly(LONG_AN);
        Document tayNinh = page("/hoi-nghi-tap-huan/tinh/tay-ninh/");
        assertThat(tayNinh.select("h1").text()).isEqualTo("Hội nghị tập huấn – Tây Ninh");
        assertThat(titleLinks(tayNinh)).containsExactly(LONG_AN);
    }

    @Test
    void aProvinceViewListsOnlyTrainings() {
        assertThat(titleLinks(page("/hoi-nghi-tap-huan/tinh/lang-son/"))).containsExactly(LANG_SON);
        assertThat(titleLinks(page("/hoi-nghi-tap-huan/tinh/cao-bang/"))).containsExactly(CAO_BANG);
    }

    // speakers

    @Test
    void theSpeakersPageListsEachSpeakerInAlphabeticalOrderWithTheirTrainings() {
        Document speakers = page("/hoi-nghi-tap-huan/bao-cao-vien/");
        assertThat(speakers.select("h1").text()).isEqualTo("Báo cáo viên");
        assertThat(speakers.select("section.speaker h2 a").eachAttr("href")).containsExactly(
                "/hoi-nghi-tap-huan/bao-cao-vien/dinh-tien-dung/", "/hoi-nghi-tap-huan/bao-cao-vien/hoc-vien-quoc-te-bo-cong-an/",
                "/hoi-nghi-tap-huan/bao-cao-vien/phan-thu-hong/", "/hoi-nghi-tap-huan/bao-cao-vien/tap-chi-cong-san/");
        assertThat(speakers.select("section.speaker h2 .count").eachText()).containsExactly("(1)", "(1)", "(1)", "(1)");
        Document one = page("/hoi-nghi-tap-huan/bao-cao-vien/phan-thu-hong/");
        assertThat(one.select("h1").text()).isEqualTo("Báo cáo viên: Phan Thu Hồng");
        assertThat(one.select("table.conferences tbody tr")).hasSize(1);
        List<String> sections = new ArrayList<>();
        for (Element section : speakers.select("section.speaker")) {
            sections.add(section.id() + ": " + section.select("h2 a").text() + " → "
                    + String.join(" / ", section.select("li").eachText()));
        }
        assertThat(sections).containsExactly(
                "dinh-tien-dung: Đinh Tiến Dũng → Long An tập huấn trực tuyến công tác thông tin đối ngoại năm 2022 "
                        + "01/06/2022 · Long An",
                "hoc-vien-quoc-te-bo-cong-an: Học viện Quốc tế - Bộ Công an → Cao Bằng tập huấn công tác thông tin "
                        + "đối ngoại năm 2023 14–15/09/2023 · Cao Bằng",
                "phan-thu-hong: Phan Thu Hồng → Tập huấn thông tin đối ngoại cho cán bộ hai huyện biên giới Tràng "
                        + "Định và Văn Lãng 22/09/2023 · Lạng Sơn",
                "tap-chi-cong-san: Tạp chí Cộng sản → Cao Bằng tập huấn công tác thông tin đối ngoại năm 2023 "
                        + "14–15/09/2023 · Cao Bằng");
        assertThat(speakers.select("section.speaker li a").eachAttr("href"))
                .containsExactly(LONG_AN, CAO_BANG, LANG_SON, CAO_BANG);
    }

    // facts boxes

    @Test
    void eachConferenceArticleHasItsFactsBoxBetweenTheHeaderAndTheBody() {
        for (String url : List.of(LANG_SON, CAO_BANG, HA_GIANG, LONG_AN, SURVEY)) {
            Document article = page(url);
            assertThat(article.select("article.article > header ~ aside.facts + div.body")).as(url).hasSize(1);
            assertThat(article.select("aside.facts h2").text()).as(url).isEqualTo("Thông tin hội nghị");
        }
    }

    @Test
    void theFactsBoxOfAOneDayTrainingGivesPlaceOrganizerPartnersParticipantsSpeakerAndTopics() {
        assertThat(facts(LANG_SON)).containsExactly(
                "Loại: Tập huấn",
                "Thời gian: 22/09/2023",
                "Địa điểm: huyện Tràng Định; huyện Văn Lãng; Lạng Sơn",
                "Đơn vị tổ chức: Sở Thông tin và Truyền thông tỉnh Lạng Sơn",
                "Đơn vị phối hợp: UBND huyện Tràng Định; UBND huyện Văn Lãng",
                "Hình thức: Trực tiếp",
                "Đại biểu: 130",
                "Báo cáo viên: Phan Thu Hồng, Trưởng phòng Nghiệp vụ, Cục Thông tin đối ngoại, Bộ TT&TT",
                "Nội dung: vị trí, vai trò của thông tin đối ngoại trong tình hình mới bảo vệ chủ quyền lãnh thổ, an "
                        + "ninh biên giới quốc gia xây dựng biên giới hòa bình, hữu nghị, hợp tác và phát triển công tác "
                        + "dân tộc, chính sách dân tộc");
        assertThat(page(LANG_SON).select("aside.facts dt:contains(Nội dung) + dd li").eachText()).containsExactly(
                "vị trí, vai trò của thông tin đối ngoại trong tình hình mới",
                "bảo vệ chủ quyền lãnh thổ, an ninh biên giới quốc gia",
                "xây dựng biên giới hòa bình, hữu nghị, hợp tác và phát triển", "công tác dân tộc, chính sách dân tộc");
    }

    @Test
    void theFactsBoxOfATwoDayTrainingGivesTheDateRangeAndEachSpeakerWithTheirRole() {
        assertThat(facts(CAO_BANG)).startsWith(
                "Loại: Tập huấn",
                "Thời gian: 14–15/09/2023",
                "Địa điểm: tỉnh Cao Bằng",
                "Đơn vị tổ chức: UBND tỉnh Cao Bằng",
                "Hình thức: Trực tiếp");
        assertThat(page(CAO_BANG).select("aside.facts dt:contains(Báo cáo viên) + dd li").eachText()).containsExactly(
                "Tạp chí Cộng sản, báo cáo viên", "Học viện Quốc tế - Bộ Công an, báo cáo viên");
        assertThat(page(CAO_BANG).select("aside.facts dt:contains(Nội dung) + dd li")).hasSize(8);
    }

    @Test
    void theFactsBoxOfATrainingWithoutSpeakersLeavesThemOut() {
        assertThat(facts(HA_GIANG)).containsExactly(
                "Loại: Tập huấn",
                "Thời gian: 02/08/2023",
                "Địa điểm: tỉnh Hà Giang",
                "Đơn vị tổ chức: tỉnh Hà Giang",
                "Đơn vị phối hợp: Cục Thông tin đối ngoại, Bộ Thông tin và Truyền thông",
                "Hình thức: Trực tiếp",
                "Nội dung: quan điểm chỉ đạo của Đảng, Nhà nước về thông tin đối ngoại đối tượng, phương châm, nội dung "
                        + "thông tin đối ngoại thành tựu của công tác thông tin đối ngoại triển khai thông tin đối ngoại "
                        + "tại địa phương");
    }

    @Test
    void theFactsBoxOfAnOnlineTrainingGivesTheConnectedSites() {
        assertThat(facts(LONG_AN)).startsWith(
                "Loại: Tập huấn",
                "Thời gian: 01/06/2022",
                "Địa điểm: tỉnh Long An",
                "Đơn vị tổ chức: Sở Thông tin và Truyền thông tỉnh Long An",
                "Hình thức: Trực tuyến, 15 điểm cầu",
                "Báo cáo viên: Đinh Tiến Dũng, Phó Cục trưởng Cục Thông tin đối ngoại, Bộ Thông tin và Truyền thông");
    }

    @Test
    void theKindInTheFactsBoxLinksTheIndexThatListsTheConference() {
        assertThat(page(LANG_SON).select("aside.facts dd a").attr("href")).isEqualTo("/hoi-nghi-tap-huan/");
        assertThat(page(SURVEY).select("aside.facts dd a").text()).isEqualTo("Khảo sát, làm việc");
        assertThat(page(SURVEY).select("aside.facts dd a").attr("href")).isEqualTo("/hoi-nghi-tap-huan/loai/survey/");
    }

    // menu

    @Test
    void theMenuLinksTheIndexOnEveryKindOfPage() {
        for (String url : List.of("/", LANG_SON, "/hoi-nghi-tap-huan/bao-cao-vien/", "/luu-tru/")) {
            assertThat(page(url).select("header nav a").eachAttr("href")).as(url).containsExactly("/", "/the/",
                    "/tinh/", "/luu-tru/", "/hoi-nghi-tap-huan/", "/tac-gia/");
            assertThat(page(url).select("header nav a[href=/hoi-nghi-tap-huan/]").text()).isEqualTo("Hội nghị tập huấn");
        }
        assertThat(page("/hoi-nghi-tap-huan/").select("header nav a[aria-current=page]").attr("href"))
                .isEqualTo("/hoi-nghi-tap-huan/");
    }
}
