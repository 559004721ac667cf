package vn.gazette;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gazette.SampleConferences.Conference;

/** The schema.org Event that each conference article of the sample archive carries as JSON-LD, parsed with Jackson. */
class ConferenceEventDataTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

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

    /** Every JSON-LD block of a page, parsed, in page order. */
    private static List<JsonNode> jsonLd(String sitePath) throws IOException {
        String html = Files.readString(out.resolve(sitePath.substring(1) + "index.html"), StandardCharsets.UTF_8);
        List<JsonNode> blocks = new ArrayList<>();
        for (Element script : Jsoup.parse(html).select("script[type=application/ld+json]")) {
            blocks.add(MAPPER.readTree(script.data()));
        }
        return blocks;
    }

    private static JsonNode event(Conference conference) throws IOException {
        List<JsonNode> blocks = jsonLd(conference.path());
        assertThat(blocks).hasSize(2);
        assertThat(blocks.get(0).get("@type").textValue()).isEqualTo("NewsArticle");
        return blocks.get(1);
    }

    private static List<String> performers(JsonNode event) {
        List<String> performers = new ArrayList<>();
        for (JsonNode performer : event.path("performer")) {
            performers.add(performer.get("@type").textValue() + ": " + performer.get("name").textValue() + " | "
                    + performer.get("jobTitle").textValue());
        }
        return performers;
    }

    @Test
    void anInPersonTrainingIsAnOfflineEventWithItsPlaceOrganizerAndPerformer() throws IOException {
        assertThat(event(SampleConferences.LANG_SON)).isEqualTo(MAPPER.readTree("""
                {
                  "@context": "https://schema.org",
                  "@type": "Event",
                  "name": "Tập huấn thông tin đối ngoại cho cán bộ hai huyện biên giới Tràng Định và Văn Lãng",
                  "description": "Ngày 22/9/2023, Sở Thông tin và Truyền thông Lạng Sơn cùng UBND hai huyện Tràng Định, Văn Lãng tập huấn nghiệp vụ thông tin đối ngoại cho hơn 130 cán bộ cơ sở và lực lượng biên phòng.",
                  "url": "https://luutru.example.gov.vn/articles/2023/lang-son-tap-huan-thong-tin-doi-ngoai-trang-dinh-van-lang/",
                  "startDate": "2023-09-22",
                  "endDate": "2023-09-22",
                  "eventStatus": "https://schema.org/EventScheduled",
                  "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
                  "inLanguage": "vi",
                  "location": [{
                    "@type": "Place",
                    "name": "huyện Tràng Định, huyện Văn Lãng",
                    "address": {"@type": "PostalAddress", "addressRegion": "Lạng Sơn", "addressCountry": "VN"}
                  }],
                  "organizer": {"@type": "Organization", "name": "Sở Thông tin và Truyền thông tỉnh Lạng Sơn"},
                  "performer": [{
                    "@type": "Person",
                    "name": "Phan Thu Hồng",
                    "jobTitle": "Trưởng phòng Nghiệp vụ, Cục Thông tin đối ngoại, Bộ TT&TT"
                  }],
                  "keywords": [
                    "vị trí, vai trò của thông tin đối ngoại trong tình hình mới",
                    "bảo vệ chủ quyền lãnh thổ, an ninh biên giới quốc gia",
                    "xây dựng biên giới hòa bình, hữu nghị, hợp tác và phát triển",
                    "công tác dân tộc, chính sách dân tộc"
                  ]
                }
                """));
    }

    @Test
    void aTwoDayTrainingEndsOnItsLastDayWithEachSpeakerAsAPerformer() throws IOException {
        JsonNode event = event(SampleConferences.CAO_BANG);
        assertThat(event.get("@type").textValue()).isEqualTo("Event");
        assertThat(event.get("name").textValue()).isEqualTo("Cao Bằng tập huấn công tác thông tin đối ngoại năm 2023");
        assertThat(event.get("startDate").textValue()).isEqualTo("2023-09-14");
        assertThat(event.get("endDate").textValue()).isEqualTo("2023-09-15");
        assertThat(event.get("eventAttendanceMode").textValue())
                .isEqualTo("https://schema.org/OfflineEventAttendanceMode");
        assertThat(event.at("/location/0/name").textValue()).isEqualTo("tỉnh Cao Bằng");
        assertThat(event.at("/location/0/address/addressRegion").textValue()).isEqualTo("Cao Bằng");
        assertThat(event.at("/organizer/name").textValue()).isEqualTo("UBND tỉnh Cao Bằng");
        assertThat(performers(event)).containsExactly("Person: Tạp chí Cộng sản | báo cáo viên",
                "Person: Học viện Quốc tế - Bộ Công an | báo cáo viên");
        assertThat(event.has("maximumAttendeeCapacity")).isFalse();
    }

    @Test
    void aTrainingInAMergedProvinceHasTheProvinceOfItsTimeAsRegionAndNoPerformers() throws IOException {
        JsonNode event = event(SampleConferences.HA_GIANG);
        assertThat(event.get("startDate").textValue()).isEqualTo("2023-08-02");
        assertThat(event.get("endDate").textValue()).isEqualTo("2023-08-02");
        assertThat(event.get("location")).hasSize(1);
        assertThat(event.at("/location/0/@type").textValue()).isEqualTo("Place");
        assertThat(event.at("/location/0/address/addressRegion").textValue()).isEqualTo("Hà Giang");
        assertThat(event.at("/location/0/address/addressCountry").textValue()).isEqualTo("VN");
        assertThat(event.at("/organizer/@type").textValue()).isEqualTo("Organization");
        assertThat(event.at("/organizer/name").textValue()).isEqualTo("tỉnh Hà Giang");
        assertThat(event.has("performer")).isFalse();
    }

    @Test
    void anOnlineTrainingIsAnOnlineEventAtAVirtualLocation() throws IOException {
        JsonNode event = event(SampleConferences.LONG_AN);
        assertThat(event.get("name").textValue())
                .isEqualTo("Long An tập huấn trực tuyến công tác thông tin đối ngoại năm 2022");
        assertThat(event.get("startDate").textValue()).isEqualTo("2022-06-01");
        assertThat(event.get("endDate").textValue()).isEqualTo("2022-06-01");
        assertThat(event.get("eventAttendanceMode").textValue()).isEqualTo("https://schema.org/OnlineEventAttendanceMode");
        assertThat(event.get("location")).hasSize(1);
        assertThat(event.at("/location/0/@type").textValue()).isEqualTo("VirtualLocation");
        assertThat(event.at("/location/0/url").textValue()).isEqualTo(SampleConferences.LONG_AN.url());
        assertThat(event.at("/organizer/name").textValue()).isEqualTo("Sở Thông tin và Truyền thông tỉnh Long An");
        assertThat(performers(event)).containsExactly("Person: Đinh Tiến Dũng | Phó Cục trưởng Cục Thông tin đối "
                + "ngoại, Bộ Thông tin và Truyền thông");
    }

    @Test
    void theSurveyVisitIsAnEventToo() throws IOException {
        JsonNode event = event(SampleConferences.SURVEY);
        assertThat(event.get("startDate").textValue()).isEqualTo("2018-10-31");
        assertThat(event.at("/location/0/name").textValue())
                .isEqualTo("tỉnh Lạng Sơn, huyện Cao Lộc, Cửa khẩu Quốc tế Hữu Nghị");
        assertThat(performers(event)).hasSize(2);
    }

    @Test
    void anAmpersandInARoleIsEscapedInsideTheScriptAndReadBackIntact() throws IOException {
        String html = Files.readString(out.resolve(SampleConferences.LANG_SON.path().substring(1) + "index.html"));
        assertThat(html).contains("Bộ TT\\u0026TT").doesNotContain("\"jobTitle\":\"Trưởng phòng Nghiệp vụ, Cục "
                + "Thông tin đối ngoại, Bộ TT&TT\"");
        assertThat(event(SampleConferences.LANG_SON).at("/performer/0/jobTitle").textValue()).endsWith("Bộ TT&TT");
    }

    @Test
    void aPageThatIsNoConferenceArticleHasNoEvent() throws IOException {
        assertThat(jsonLd("/hoi-nghi-tap-huan/")).isEmpty();
        assertThat(jsonLd("/")).noneMatch(block -> block.path("@type").asText().equals("Event"));
    }
}
