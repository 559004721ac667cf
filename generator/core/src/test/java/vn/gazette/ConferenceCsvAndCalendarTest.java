package vn.gazette;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gazette.SampleConferences.Conference;

/** conferences.csv and conferences.ics of the sample archive, read back with commons-csv and ical4j. */
class ConferenceCsvAndCalendarTest {

    private static final String HOST = "@luutru.example.gov.vn";

    @TempDir
    static Path dir;

    static Path out;

    @BeforeAll
    static void buildTheSampleArchive() throws IOException {
        out = build(dir.resolve("first"));
    }

    private static Path build(Path folder) throws IOException {
        BuildResult result = Generator.create().build(BuildRequest.of(ProjectFiles.sampleContent(), folder)
                .withTheme(ProjectFiles.defaultTheme()));
        assertThat(result.problems()).isEmpty();
        return folder;
    }

    private static byte[] bytes(Path site, String export) throws IOException {
        return Files.readAllBytes(site.resolve("hoi-nghi-tap-huan").resolve(export));
    }

    private static String text(String export) throws IOException {
        return new String(bytes(out, export), StandardCharsets.UTF_8);
    }

    private static List<CSVRecord> csvRecords() throws IOException {
        String text = text("conferences.csv");
        assertThat(text).startsWith("\uFEFF");
        try (CSVParser parser = CSVFormat.RFC4180.parse(new StringReader(text.substring(1)))) {
            return parser.getRecords();
        }
    }

    private static List<VEvent> events() throws IOException, ParserException {
        Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(bytes(out, "conferences.ics")));
        return calendar.getComponents(Component.VEVENT);
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElse(null);
    }

    // CSV

    @Test
    void theCsvStartsWithTheUtf8ByteOrderMarkAndTheHeaderRow() throws IOException {
        byte[] csv = bytes(out, "conferences.csv");
        assertThat(new byte[] {csv[0], csv[1], csv[2]}).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(csvRecords().get(0).toList()).containsExactly("id", "url", "title", "kind", "start", "end", "days",
                "province", "province_now", "organizer", "partners", "locations", "format", "sites", "participants",
                "speakers", "topics", "article_date");
    }

    @Test
    void theCsvHasOneRowPerConferenceInTheOrderOfTheJson() throws IOException {
        List<CSVRecord> records = csvRecords();
        assertThat(records).hasSize(1 + SampleConferences.ALL.size());
        for (int i = 0; i < SampleConferences.ALL.size(); i++) {
            Conference c = SampleConferences.ALL.get(i);
            List<String> speakers = c.speakers().stream().map(s -> s.name() + " (" + s.role() + ")").toList();
            assertThat(records.get(i + 1).toList()).as(c.id()).containsExactly(c.id(), c.url(), c.title(), c.kind(),
                    c.start(), c.end(), String.valueOf(c.days()), c.province(), c.provinceNow(), c.organizer(),
                    String.join("; ", c.partners()), String.join("; ", c.locations()), c.format(),
                    c.sites() == null ? "" : c.sites().toString(),
                    c.participants() == null ? "" : c.participants().toString(), String.join("; ", speakers),
                    String.join("; ", c.topics()), c.articleDate());
        }
    }

    @Test
    void theCsvJoinsListsWithSemicolonsAndLeavesUnknownNumbersEmpty() throws IOException {
        assertThat(csvRecords().get(2).toList()).containsExactly("articles/2023/cao-bang-tap-huan-thong-tin-doi-ngoai-2023",
                "https://luutru.example.gov.vn/articles/2023/cao-bang-tap-huan-thong-tin-doi-ngoai-2023/",
                "Cao Bằng tập huấn công tác thông tin đối ngoại năm 2023", "training", "2023-09-14", "2023-09-15", "2",
                "Cao Bằng", "Cao Bằng", "UBND tỉnh Cao Bằng", "", "tỉnh Cao Bằng", "in-person", "", "",
                "Tạp chí Cộng sản (báo cáo viên); Học viện Quốc tế - Bộ Công an (báo cáo viên)",
                "kỹ năng tiếp xúc, cung cấp thông tin cho báo chí; truyền thông trong thời đại số; xử lý khủng hoảng "
                        + "truyền thông; đấu tranh với thông tin sai trái trên không gian mạng; quyền của đồng bào dân "
                        + "tộc thiểu số; chủ quyền biển, đảo và an ninh biên giới; thời sự quốc tế và đối ngoại địa "
                        + "phương; truyền thông về quyền con người",
                "2023-09-14");
    }

    @Test
    void theCsvSeparatesRecordsWithCrLf() throws IOException {
        String csv = text("conferences.csv");
        assertThat(csv).endsWith(",2018-10-31\r\n");
        assertThat(csv.split("\r\n", -1)).hasSize(1 + 1 + SampleConferences.ALL.size());
        assertThat(csv.replace("\r\n", "")).doesNotContain("\r").doesNotContain("\n");
        assertThat(csv).contains("article_date\r\narticles/2023/lang-son");
    }

    // iCalendar

    @Test
    void theCalendarHasOneEventPerConferenceWithStableUids() throws IOException, ParserException {
        assertThat(events().stream().map(e -> value(e, Property.UID)).toList()).containsExactly(
                "articles-2023-lang-son-tap-huan-thong-tin-doi-ngoai-trang-dinh-van-lang" + HOST,
                "articles-2023-cao-bang-tap-huan-thong-tin-doi-ngoai-2023" + HOST,
                "articles-2023-ha-giang-boi-duong-thong-tin-doi-ngoai-mien-nui-bien-gioi" + HOST,
                "articles-2022-long-an-tap-huan-thong-tin-doi-ngoai-truc-tuyen" + HOST,
                "articles-2018-lang-son-tiep-doan-khao-sat-thong-tin-doi-ngoai" + HOST);
    }

    @Test
    void eachEventIsAllDayFromTheFirstDayToTheDayAfterTheLast() throws IOException, ParserException {
        List<String> days = new ArrayList<>();
        for (VEvent event : events()) {
            Temporal start = event.getStartDate().orElseThrow().getDate();
            Temporal end = event.getEndDate().orElseThrow().getDate();
            assertThat(start).isInstanceOf(LocalDate.class);
            assertThat(end).isInstanceOf(LocalDate.class);
            days.add(start + " – " + end);
        }
        assertThat(days).containsExactly("2023-09-22 – 2023-09-23", "2023-09-14 – 2023-09-16",
                "2023-08-02 – 2023-08-03", "2022-06-01 – 2022-06-02", "2018-10-31 – 2018-11-01");
        assertThat(text("conferences.ics")).contains("UID:articles-2023-cao-bang-tap-huan-thong-tin-doi-ngoai-2023"
                + "@luutru.example\r\n .gov.vn\r\nDTSTAMP:20230913T170000Z\r\nDTSTART;VALUE=DATE:20230914\r\n"
                + "DTEND;VALUE=DATE:20230916\r\n");
    }

    @Test
    void eachEventHasTheTitlePlaceAndArticleUrl() throws IOException, ParserException {
        List<VEvent> events = events();
        for (int i = 0; i < events.size(); i++) {
            Conference c = SampleConferences.ALL.get(i);
            assertThat(value(events.get(i), Property.SUMMARY)).isEqualTo(c.title());
            assertThat(value(events.get(i), Property.URL)).isEqualTo(c.url());
        }
        assertThat(events.stream().map(e -> value(e, Property.LOCATION)).toList()).containsExactly(
                "huyện Tràng Định, huyện Văn Lãng, Lạng Sơn", "tỉnh Cao Bằng", "tỉnh Hà Giang", "tỉnh Long An",
                "tỉnh Lạng Sơn, huyện Cao Lộc, Cửa khẩu Quốc tế Hữu Nghị");
        assertThat(value(events.get(0), Property.DESCRIPTION)).isEqualTo("Sở Thông tin và Truyền thông tỉnh Lạng Sơn\n"
                + SampleConferences.LANG_SON.summary());
        assertThat(events.stream().map(e -> value(e, Property.CATEGORIES)).toList())
                .containsExactly("TRAINING", "TRAINING", "TRAINING", "TRAINING", "SURVEY");
    }

    @Test
    void theTimeStampOfAnEventIsItsArticlesLastChangeNotTheBuildTime() throws IOException, ParserException {
        assertThat(events().stream().map(e -> value(e, Property.DTSTAMP)).toList()).containsExactly(
                "20230921T170000Z", "20230913T170000Z", "20230801T170000Z", "20220601T024700Z", "20181030T170000Z");
    }

    @Test
    void theCalendarPassesIcal4jValidation() throws IOException, ParserException {
        Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(bytes(out, "conferences.ics")));
        assertThat(calendar.validate().getEntries()).isEmpty();
        assertThat(value(calendar, Property.VERSION)).isEqualTo("2.0");
        assertThat(value(calendar, Property.PRODID)).isEqualTo("-//Gazette//Lưu trữ Thông tin đối ngoại//VI");
    }

    private static String value(Calendar calendar, String property) {
        return calendar.getProperty(property).map(Property::getValue).orElse(null);
    }

    @Test
    void everyCalendarLineIsAtMost75OctetsAndEndsInCrLf() throws IOException {
        String ics = text("conferences.ics");
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\r").doesNotContain("\n");
        List<String> lines = List.of(ics.substring(0, ics.length() - 2).split("\r\n", -1));
        for (String line : lines) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        assertThat(lines).filteredOn(line -> line.startsWith(" ")).as("long lines are folded").isNotEmpty();
        assertThat(lines).filteredOn(line -> line.getBytes(StandardCharsets.UTF_8).length >= 73)
                .as("folding fills lines instead of cutting them short").isNotEmpty();
    }

    // all three

    @Test
    void twoBuildsGiveByteIdenticalExports() throws IOException {
        Path second = build(dir.resolve("second"));
        for (String export : List.of("conferences.json", "conferences.csv", "conferences.ics",
                "conferences.schema.json")) {
            assertThat(bytes(second, export)).as(export).isEqualTo(bytes(out, export));
        }
    }
}
