package vn.gazette.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gazette.problem.Problems;
import vn.gazette.problem.SourcePosition;

class FrontMatterParserTest {

    private static final String FILE = "content/articles/2023/hoi-nghi.md";

    @TempDir
    Path dir;

    private final Problems problems = new Problems();

    private Optional<FrontMatter> parse(String fileText) {
        ArticleText text = ArticleText.split(fileText).text().orElseThrow();
        return new FrontMatterParser(ZoneId.of("Asia/Ho_Chi_Minh")).parse(text, dir.resolve(FILE), problems);
    }

    private FrontMatter accepted(String fileText) {
        Optional<FrontMatter> front = parse(fileText);
        assertThat(problems.hasErrors()).as("errors: %s", messages()).isFalse();
        return front.orElseThrow();
    }

    private List<String> refused(String fileText) {
        Optional<FrontMatter> front = parse(fileText);
        assertThat(front).isEmpty();
        return messages();
    }

    private List<String> messages() {
        return problems.sorted().stream().map(p -> p.format(dir)).toList();
    }

    private static String withConference(String block) {
        return "---\ntitle: Hội nghị tập huấn\ndate: 2023-09-22\nconference:\n" + block + "---\n";
    }

    @Test
    void readsEveryArticleField() {
        FrontMatter front = accepted("""
                ---
                title: "Hội nghị tập huấn công tác thông tin đối ngoại năm 2023"
                date: 2022-06-01T09:47
                slug: tap-huan-ttdn-2023
                province: Lạng Sơn
                tags: [thông tin đối ngoại, tập huấn, biên giới]
                author: "Hoàng Lan"
                summary: "Một hai câu tóm tắt."
                draft: true
                updated: 2022-06-02
                expires: 2030-01-01
                ---
                """);

        assertThat(front.title()).isEqualTo("Hội nghị tập huấn công tác thông tin đối ngoại năm 2023");
        assertThat(front.date().value().toLocalDateTime()).isEqualTo(LocalDateTime.of(2022, 6, 1, 9, 47));
        assertThat(front.date().hasTime()).isTrue();
        assertThat(front.slug()).contains("tap-huan-ttdn-2023");
        assertThat(front.province()).contains("Lạng Sơn");
        assertThat(front.tags()).containsExactly("thông tin đối ngoại", "tập huấn", "biên giới");
        assertThat(front.author()).contains("Hoàng Lan");
        assertThat(front.summary()).contains("Một hai câu tóm tắt.");
        assertThat(front.draft()).isTrue();
        assertThat(front.updated().map(ArticleDate::localDate)).contains(LocalDate.of(2022, 6, 2));
        assertThat(front.expires().map(ArticleDate::localDate)).contains(LocalDate.of(2030, 1, 1));
        assertThat(front.conference()).isEmpty();
        assertThat(front.params()).isEmpty();
        assertThat(messages()).isEmpty();
    }

    @Test
    void optionalFieldsMayBeLeftOut() {
        FrontMatter front = accepted("---\ntitle: Tin ngắn\ndate: 2023-09-22\n---\n");

        assertThat(front.title()).isEqualTo("Tin ngắn");
        assertThat(front.date().hasTime()).isFalse();
        assertThat(front.slug()).isEmpty();
        assertThat(front.province()).isEmpty();
        assertThat(front.tags()).isEmpty();
        assertThat(front.author()).isEmpty();
        assertThat(front.summary()).isEmpty();
        assertThat(front.draft()).isFalse();
        assertThat(front.updated()).isEmpty();
        assertThat(front.expires()).isEmpty();
    }

    @Test
    void yamlTypeGuessingIsNeverApplied() {
        FrontMatter front = accepted("---\ntitle: yes\ndate: 2023-09-22\nslug: \"0123\"\nauthor: 1:30\n---\n");

        assertThat(front.title()).isEqualTo("yes");
        assertThat(front.slug()).contains("0123");
        assertThat(front.author()).contains("1:30");
    }

    @Test
    void lastmodIsTakenAsTheUpdatedDate() {
        FrontMatter front = accepted("---\ntitle: A\ndate: 2023-09-22\nlastmod: 2023-09-25\n---\n");

        assertThat(front.updated().map(ArticleDate::localDate)).contains(LocalDate.of(2023, 9, 25));
    }

    @Test
    void updatedAndLastmodTogetherAreRefusedAtLastmod() {
        assertThat(refused("---\ntitle: A\ndate: 2023-09-22\nupdated: 2023-09-24\nlastmod: 2023-09-25\n---\n"))
                .containsExactly(FILE + ":5:10: error: 'lastmod' and 'updated' mean the same: keep only one");
    }

    @Test
    void positionsOfFieldsAreKeptForLaterStages() {
        FrontMatter front = accepted("---\ntitle: A\ndate: 2023-09-22\nslug: bai-a\ntags: [một, hai]\n---\n");

        Path file = dir.resolve(FILE);
        assertThat(front.positions()).containsEntry("", SourcePosition.of(file, 2, 1))
                .containsEntry("title", SourcePosition.of(file, 2, 8))
                .containsEntry("slug", SourcePosition.of(file, 4, 7))
                .containsEntry("tags", SourcePosition.of(file, 5, 7))
                .containsEntry("tags.0", SourcePosition.of(file, 5, 8))
                .containsEntry("tags.1", SourcePosition.of(file, 5, 13));
        assertThat(front.positionOf("province", SourcePosition.of(file))).isEqualTo(SourcePosition.of(file));
    }

    @Test
    void aMissingTitleIsReportedAtTheFrontMattersFirstLine() {
        assertThat(refused("---\ndate: 2023-09-22\n---\n")).containsExactly(FILE
                + ":2:1: error: 'title' is missing: write the article's headline, e.g. title: \"Hội nghị tập huấn ...\"");
    }

    @Test
    void anEmptyTitleIsReportedAtItsValue() {
        assertThat(refused("---\ntitle: \"  \"\ndate: 2023-09-22\n---\n")).containsExactly(FILE
                + ":2:8: error: 'title' is empty: write the article's headline, e.g. title: \"Hội nghị tập huấn ...\"");
    }

    @Test
    void aTitleWithNothingAfterTheColonIsEmpty() {
        assertThat(refused("---\ntitle:\ndate: 2023-09-22\n---\n")).containsExactly(FILE
                + ":2:7: error: 'title' is empty: write the article's headline, e.g. title: \"Hội nghị tập huấn ...\"");
    }

    @Test
    void aTitleGivenAsAListIsRefusedOnce() {
        assertThat(refused("---\ntitle: [A, B]\ndate: 2023-09-22\n---\n"))
                .containsExactly(FILE + ":2:8: error: 'title' must be a single value, not a list");
    }

    @Test
    void aMissingDateIsReportedAtTheFrontMattersFirstLine() {
        assertThat(refused("---\ntitle: Hội nghị\n---\n")).containsExactly(FILE
                + ":2:1: error: 'date' is missing: write the publication date, e.g. date: 2023-09-22");
    }

    @Test
    void aBadDateIsReportedAtTheColumnOfItsValue() {
        assertThat(refused("---\ntitle: Hội nghị\ndate:    2023-02-30\n---\n")).containsExactly(FILE
                + ":3:10: error: 'date' is not a real date or time: \"2023-02-30\" (check the day of the month and the hour)");
    }

    @Test
    void aDayMonthYearDateIsReportedWithTheIsoSpelling() {
        assertThat(refused("---\ntitle: Hội nghị\ndate: 28/10/2020\n---\n")).containsExactly(FILE
                + ":3:7: error: 'date' is not a date: \"28/10/2020\" (write 2020-10-28: year-month-day)");
    }

    @Test
    void aYamlTimestampIsReadInTheSiteZoneNotUtc() {
        FrontMatter front = accepted("---\ntitle: A\ndate: 2020-10-28 23:30:00\n---\n");

        assertThat(front.date().localDate()).isEqualTo(LocalDate.of(2020, 10, 28));
    }

    @Test
    void aBadUpdatedDateNamesItsField() {
        assertThat(refused("---\ntitle: A\ndate: 2023-09-22\nupdated: 2023-13-01\n---\n")).containsExactly(FILE
                + ":4:10: error: 'updated' is not a real date or time: \"2023-13-01\" (check the day of the month and the hour)");
    }

    @Test
    void aBadSlugIsRefusedWithTheSlugToWriteInstead() {
        assertThat(refused("---\ntitle: A\ndate: 2023-09-22\nslug: Tập huấn Đồng Đăng 2023\n---\n")).containsExactly(FILE
                + ":4:7: error: 'slug' may only hold a-z, 0-9 and single hyphens (at most 80 characters): "
                + "'Tập huấn Đồng Đăng 2023' (write tap-huan-dong-dang-2023)");
    }

    @Test
    void aSlugWithNothingToSuggestIsRefusedWithoutSuggestion() {
        assertThat(refused("---\ntitle: A\ndate: 2023-09-22\nslug: \"--\"\n---\n")).containsExactly(FILE
                + ":4:7: error: 'slug' may only hold a-z, 0-9 and single hyphens (at most 80 characters): '--'");
    }

    @Test
    void tagsGivenAsASingleValueAreRefusedWithTheListSyntax() {
        assertThat(refused("---\ntitle: A\ndate: 2023-09-22\ntags: tập huấn\n---\n"))
                .containsExactly(FILE + ":4:7: error: 'tags' must be a list: write tags: [tập huấn]");
    }

    @Test
    void anEmptyTagIsRefusedAtItsPosition() {
        assertThat(refused("---\ntitle: A\ndate: 2023-09-22\ntags:\n  - tập huấn\n  - \"\"\n---\n"))
                .containsExactly(FILE + ":6:5: error: each item of 'tags' must be a single value, not an empty one");
    }

    @Test
    void draftYesIsRefused() {
        assertThat(refused("---\ntitle: A\ndate: 2023-09-22\ndraft: yes\n---\n"))
                .containsExactly(FILE + ":4:8: error: 'draft' must be true or false, not 'yes'");
    }

    @Test
    void refusedFrontMatterStillGivesEveryFieldThatIsRightAndEveryMistake() {
        ArticleText text = ArticleText.split("---\ntitle: [A]\ndate: 2023-09-22\nslug: Tập huấn\nprovince: Lạng Sonn\n"
                + "draft: có\nexpires: 2024-01-01\nprovince: Hà Nội\n---\n").text().orElseThrow();

        FrontMatterParser.Reading reading = new FrontMatterParser(ZoneId.of("Asia/Ho_Chi_Minh"))
                .read(text, dir.resolve(FILE), problems);

        assertThat(reading.front()).isEmpty();
        assertThat(messages()).containsExactly(
                FILE + ":2:8: error: 'title' must be a single value, not a list",
                FILE + ":4:7: error: 'slug' may only hold a-z, 0-9 and single hyphens (at most 80 characters): "
                        + "'Tập huấn' (write tap-huan)",
                FILE + ":6:8: error: 'draft' must be true or false, not 'có'",
                FILE + ":8:1: error: duplicate key 'province' (first written on line 5): keep only one");
        PartialFrontMatter known = reading.known();
        assertThat(known.title()).isEmpty();
        assertThat(known.date().map(ArticleDate::iso)).contains("2023-09-22");
        assertThat(known.slug()).isEmpty();
        assertThat(known.suggestedSlug()).contains("tap-huan");
        assertThat(known.slugRefused()).isTrue();
        assertThat(known.province()).contains("Lạng Sonn");
        assertThat(known.draft()).isEmpty();
        assertThat(known.expires().map(ArticleDate::iso)).contains("2024-01-01");
        assertThat(known.positionOf("province", null)).isEqualTo(SourcePosition.of(dir.resolve(FILE), 5, 11));
    }

    @Test
    void aDuplicateKeyIsRefusedAtTheSecondOne() {
        assertThat(refused("---\ntitle: A\ndate: 2023-09-22\ntitle: B\n---\n"))
                .containsExactly(FILE + ":4:1: error: duplicate key 'title' (first written on line 2): keep only one");
    }

    @Test
    void brokenYamlIsReportedAtTheFileLine() {
        assertThat(refused("---\ntitle: Hội nghị: tập huấn\ndate: 2023-09-22\n---\n")).containsExactly(FILE
                + ":2:16: error: not valid YAML: mapping values are not allowed here "
                + "(a value that contains ': ' must be put in quotes)");
    }

    @Test
    void frontMatterThatIsNotAMappingIsRefused() {
        assertThat(refused("---\n- title\n- date\n---\n")).containsExactly(FILE
                + ":2:1: error: front matter must be key: value lines, starting with 'title:' and 'date:'");
    }

    @Test
    void emptyFrontMatterIsRefusedAtItsFirstLine() {
        assertThat(refused("---\n---\n")).containsExactly(FILE
                + ":2:1: error: front matter must be key: value lines, starting with 'title:' and 'date:'");
    }

    @Test
    void tooLongFrontMatterIsRefusedBeforeYamlReadsIt() {
        String summary = "a".repeat(FrontMatterParser.MAX_FRONT_MATTER_CHARS);

        assertThat(refused("---\ntitle: A\ndate: 2023-09-22\nsummary: " + summary + "\n---\n")).containsExactly(FILE
                + ":2:1: error: front matter is longer than 64 KiB: move long text into the article body");
    }

    @Test
    void anUnknownKeyIsAWarningWithTheClosestKnownKey() {
        List<String> messages = refused("---\ndate: 2023-09-22\ntitel: Hội nghị\n---\n");

        assertThat(messages).containsExactly(
                FILE + ":2:1: error: 'title' is missing: write the article's headline, e.g. title: \"Hội nghị tập huấn ...\"",
                FILE + ":3:1: warning: unknown front-matter key 'titel': did you mean 'title'? "
                        + "(put extra fields for the theme under 'params:')");
    }

    @Test
    void anUnknownKeyAloneDoesNotStopTheArticle() {
        FrontMatter front = accepted("---\ntitle: A\ndate: 2023-09-22\nauther: Lan\nnguon_anh: TTXVN\n---\n");

        assertThat(front.title()).isEqualTo("A");
        assertThat(front.params()).isEmpty();
        assertThat(messages()).containsExactly(
                FILE + ":4:1: warning: unknown front-matter key 'auther': did you mean 'author'? "
                        + "(put extra fields for the theme under 'params:')",
                FILE + ":5:1: warning: unknown front-matter key 'nguon_anh' "
                        + "(put extra fields for the theme under 'params:')");
    }

    @Test
    void paramsAreKeptAsText() {
        FrontMatter front = accepted("""
                ---
                title: A
                date: 2023-09-22
                params:
                  nguon: Báo Lạng Sơn
                  anh_bia: bia.jpg
                  so_trang: 12
                  ghi_chu:
                ---
                """);

        assertThat(front.params()).containsExactlyInAnyOrderEntriesOf(
                Map.of("nguon", "Báo Lạng Sơn", "anh_bia", "bia.jpg", "so_trang", "12", "ghi_chu", ""));
        assertThat(messages()).isEmpty();
    }

    @Test
    void aParamThatIsNotASingleValueIsRefused() {
        assertThat(refused("---\ntitle: A\ndate: 2023-09-22\nparams:\n  anh: [a.jpg, b.jpg]\n---\n"))
                .containsExactly(FILE + ":5:8: error: 'params.anh' must be a single value, not a list");
    }

    @Test
    void paramsGivenAsASingleValueAreRefused() {
        assertThat(refused("---\ntitle: A\ndate: 2023-09-22\nparams: nguon\n---\n")).containsExactly(
                FILE + ":4:9: error: 'params' must be a mapping (key: value lines), not a single value");
    }

    @Test
    void everyProblemOfOneFileIsReportedInLineOrder() {
        assertThat(refused("---\ntitle: A\ndate: 28/10/2020\ntags: một\ndraft: yes\n---\n")).containsExactly(
                FILE + ":3:7: error: 'date' is not a date: \"28/10/2020\" (write 2020-10-28: year-month-day)",
                FILE + ":4:7: error: 'tags' must be a list: write tags: [một]",
                FILE + ":5:8: error: 'draft' must be true or false, not 'yes'");
    }

    @Test
    void aCompleteConferenceBlockIsReadFieldByField() {
        FrontMatter front = accepted(withConference("""
                  kind: Training
                  start: 2023-09-22
                  end: 2023-09-23
                  organizer: "Sở Thông tin và Truyền thông tỉnh Lạng Sơn"
                  partners: ["UBND huyện Tràng Định", "UBND huyện Văn Lãng"]
                  locations: ["huyện Tràng Định", "huyện Văn Lãng"]
                  format: hybrid
                  sites: 15
                  participants: 130
                  speakers:
                    - name: "Phan Thu Hồng"
                      role: "Trưởng phòng Nghiệp vụ, Cục Thông tin đối ngoại, Bộ TT&TT"
                    - Nguyễn Văn A
                  topics: ["vai trò của thông tin đối ngoại", "chủ quyền biên giới"]
                """));

        Conference conference = front.conference().orElseThrow();
        assertThat(conference.kind()).isEqualTo(Conference.Kind.TRAINING);
        assertThat(conference.start()).isEqualTo(LocalDate.of(2023, 9, 22));
        assertThat(conference.end()).contains(LocalDate.of(2023, 9, 23));
        assertThat(conference.organizer()).contains("Sở Thông tin và Truyền thông tỉnh Lạng Sơn");
        assertThat(conference.partners()).containsExactly("UBND huyện Tràng Định", "UBND huyện Văn Lãng");
        assertThat(conference.locations()).containsExactly("huyện Tràng Định", "huyện Văn Lãng");
        assertThat(conference.format()).isEqualTo(Conference.Format.HYBRID);
        assertThat(conference.sites()).isEqualTo(OptionalInt.of(15));
        assertThat(conference.participants()).isEqualTo(OptionalInt.of(130));
        assertThat(conference.speakers()).containsExactly(
                new Speaker("Phan Thu Hồng", Optional.of("Trưởng phòng Nghiệp vụ, Cục Thông tin đối ngoại, Bộ TT&TT")),
                new Speaker("Nguyễn Văn A", Optional.empty()));
        assertThat(conference.topics()).containsExactly("vai trò của thông tin đối ngoại", "chủ quyền biên giới");
        assertThat(conference.lastDay()).isEqualTo(LocalDate.of(2023, 9, 23));
        assertThat(conference.days()).isEqualTo(2);
        assertThat(messages()).isEmpty();
    }

    @Test
    void aMinimalConferenceIsInPersonWithNothingElse() {
        Conference conference = accepted(withConference("  kind: survey\n  start: 2023-09-21\n")).conference()
                .orElseThrow();

        assertThat(conference.kind()).isEqualTo(Conference.Kind.SURVEY);
        assertThat(conference.end()).isEmpty();
        assertThat(conference.format()).isEqualTo(Conference.Format.IN_PERSON);
        assertThat(conference.organizer()).isEmpty();
        assertThat(conference.partners()).isEmpty();
        assertThat(conference.sites()).isEmpty();
        assertThat(conference.participants()).isEmpty();
        assertThat(conference.speakers()).isEmpty();
        assertThat(conference.days()).isEqualTo(1);
    }

    @Test
    void anUnknownConferenceKindIsRefusedWithASuggestion() {
        assertThat(refused(withConference("  kind: trainning\n  start: 2023-09-22\n"))).containsExactly(FILE
                + ":5:9: error: 'conference.kind' must be one of training, workshop, survey, other, not 'trainning': "
                + "did you mean 'training'?");
    }

    @Test
    void aMissingConferenceKindIsRefusedAtTheBlock() {
        assertThat(refused(withConference("  start: 2023-09-22\n"))).containsExactly(FILE
                + ":5:3: error: 'conference.kind' is missing: write one of training, workshop, survey, other");
    }

    @Test
    void anEmptyConferenceKindIsRefusedNotSilentlyDropped() {
        assertThat(refused(withConference("  kind:\n  start: 2023-09-22\n"))).containsExactly(FILE
                + ":5:8: error: 'conference.kind' is empty: write one of training, workshop, survey, other");
    }

    @Test
    void aMissingConferenceStartIsRefused() {
        assertThat(refused(withConference("  kind: workshop\n"))).containsExactly(FILE
                + ":5:3: error: 'conference.start' is missing: write the first day of the event, e.g. start: 2023-09-22");
    }

    @Test
    void aConferenceStartInDayMonthYearIsRefusedWithTheIsoSpelling() {
        assertThat(refused(withConference("  kind: workshop\n  start: 22/09/2023\n"))).containsExactly(FILE
                + ":6:10: error: 'conference.start' is not a date: \"22/09/2023\" (write 2023-09-22: year-month-day)");
    }

    @Test
    void aConferenceStartThatIsNoDateGetsAnExampleWithoutTime() {
        assertThat(refused(withConference("  kind: workshop\n  start: tháng 9\n"))).containsExactly(FILE
                + ":6:10: error: 'conference.start' is not a date: \"tháng 9\" (write it like 2023-09-22)");
    }

    @Test
    void aConferenceStartWithATimeIsToldToDropTheTime() {
        assertThat(refused(withConference("  kind: workshop\n  start: 2023-09-22T08:00\n"))).containsExactly(FILE
                + ":6:10: error: 'conference.start' is a day without a time of day: write 2023-09-22");
    }

    @Test
    void anUnknownConferenceFormatIsRefused() {
        assertThat(refused(withConference("  kind: training\n  start: 2023-09-22\n  format: trực tuyến\n")))
                .containsExactly(FILE + ":7:11: error: 'conference.format' must be one of in-person, online, hybrid, "
                        + "not 'trực tuyến'");
    }

    @Test
    void aMisspeltConferenceFormatGetsASuggestion() {
        assertThat(refused(withConference("  kind: training\n  start: 2023-09-22\n  format: onlin\n")))
                .containsExactly(FILE + ":7:11: error: 'conference.format' must be one of in-person, online, hybrid, "
                        + "not 'onlin': did you mean 'online'?");
    }

    @Test
    void aConferenceEndingBeforeItStartsIsRefusedAtTheEnd() {
        assertThat(refused(withConference("  kind: training\n  start: 2023-09-22\n  end: 2023-09-20\n")))
                .containsExactly(FILE + ":7:8: error: 'conference.end' (2023-09-20) is before 'conference.start' "
                        + "(2023-09-22): the end is the last day of the event");
    }

    @Test
    void negativeParticipantsAreRefused() {
        assertThat(refused(withConference("  kind: training\n  start: 2023-09-22\n  participants: -5\n")))
                .containsExactly(FILE + ":7:17: error: 'conference.participants' must be zero or more, not -5");
    }

    @Test
    void zeroParticipantsAreAccepted() {
        assertThat(accepted(withConference("  kind: training\n  start: 2023-09-22\n  participants: 0\n"))
                .conference().orElseThrow().participants()).isEqualTo(OptionalInt.of(0));
    }

    @Test
    void participantsWrittenAsOverANumberAreRefusedWithTheNumberToWrite() {
        assertThat(refused(withConference("  kind: training\n  start: 2023-09-22\n  participants: trên 130\n")))
                .containsExactly(FILE + ":7:17: error: 'conference.participants' must be a whole number, "
                        + "not 'trên 130' (write the number alone: 130)");
    }

    @Test
    void anApproximateCountSuggestsItsOwnNumber() {
        assertThat(refused(withConference("  kind: training\n  start: 2023-09-22\n  participants: khoảng 200 người\n")))
                .containsExactly(FILE + ":7:17: error: 'conference.participants' must be a whole number, "
                        + "not 'khoảng 200 người' (write the number alone: 200)");
    }

    @Test
    void sitesAfterAMisspeltFormatGiveOnlyTheFormatError() {
        assertThat(refused(withConference("  kind: training\n  start: 2023-09-22\n  format: onlin\n  sites: 15\n")))
                .containsExactly(FILE + ":7:11: error: 'conference.format' must be one of in-person, online, hybrid, "
                        + "not 'onlin': did you mean 'online'?");
    }

    @Test
    void participantsThatAreNoNumberAtAllAreRefusedWithAnExample() {
        assertThat(refused(withConference("  kind: training\n  start: 2023-09-22\n  participants: 130 người\n")))
                .containsExactly(FILE + ":7:17: error: 'conference.participants' must be a whole number, "
                        + "not '130 người' (write a whole number such as 130)");
    }

    @Test
    void sitesOnAnInPersonEventAreRefused() {
        assertThat(refused(withConference("  kind: training\n  start: 2023-09-22\n  format: in-person\n  sites: 15\n")))
                .containsExactly(FILE + ":8:10: error: 'conference.sites' counts connected sites (điểm cầu) of an online "
                        + "or hybrid event: set format: online or format: hybrid, or remove 'sites'");
    }

    @Test
    void sitesWithoutAFormatAreRefusedBecauseTheDefaultIsInPerson() {
        assertThat(refused(withConference("  kind: training\n  start: 2023-09-22\n  sites: 15\n")))
                .containsExactly(FILE + ":7:10: error: 'conference.sites' counts connected sites (điểm cầu) of an online "
                        + "or hybrid event: set format: online or format: hybrid, or remove 'sites'");
    }

    @Test
    void zeroSitesAreRefused() {
        assertThat(refused(withConference("  kind: training\n  start: 2023-09-22\n  format: online\n  sites: 0\n")))
                .containsExactly(FILE + ":8:10: error: 'conference.sites' must be at least 1, not 0");
    }

    @Test
    void aSpeakerWithoutANameIsRefusedAtTheEntry() {
        assertThat(refused(withConference("""
                  kind: training
                  start: 2023-09-22
                  speakers:
                    - name: "Phan Thu Hồng"
                    - role: "Báo cáo viên"
                """))).containsExactly(FILE + ":9:7: error: a speaker without a name: add 'name:' to this entry");
    }

    @Test
    void anUnknownSpeakerKeyIsRefusedWithASuggestion() {
        assertThat(refused(withConference("""
                  kind: training
                  start: 2023-09-22
                  speakers:
                    - name: "Phan Thu Hồng"
                      rol: "Báo cáo viên"
                """))).containsExactly(FILE + ":9:12: error: unknown key 'rol' in a speaker: did you mean 'role'? "
                + "(a speaker has 'name' and 'role')");
    }

    @Test
    void speakersGivenAsASingleValueAreRefused() {
        assertThat(refused(withConference("  kind: training\n  start: 2023-09-22\n  speakers: Phan Thu Hồng\n")))
                .containsExactly(FILE + ":7:13: error: 'conference.speakers' must be a list of '- name: ...' entries "
                        + "with an optional 'role:'");
    }

    @Test
    void anUnknownConferenceKeyIsAnErrorWithASuggestion() {
        assertThat(refused(withConference("  kind: training\n  start: 2023-09-22\n  organiser: Sở TT&TT\n")))
                .containsExactly(FILE + ":7:3: error: unknown key 'conference.organiser': did you mean 'organizer'?");
    }

    @Test
    void anUnknownConferenceKeyWithNothingCloseListsTheKeysToWrite() {
        assertThat(refused(withConference("  kind: training\n  start: 2023-09-22\n  ghi-chu: x\n")))
                .containsExactly(FILE + ":7:3: error: unknown key 'conference.ghi-chu': write one of kind, start, end, "
                        + "organizer, partners, locations, format, sites, participants, speakers, topics");
    }

    @Test
    void aConferenceGivenAsASingleValueIsRefused() {
        assertThat(refused("---\ntitle: A\ndate: 2023-09-22\nconference: training\n---\n")).containsExactly(
                FILE + ":4:13: error: 'conference' must be a mapping (key: value lines), not a single value");
    }

    @Test
    void aConferenceStartFarFromTheArticleDateIsOnlyAWarning() {
        FrontMatter front = accepted(withConference("  kind: training\n  start: 2023-06-01\n"));

        assertThat(front.conference()).isPresent();
        assertThat(messages()).containsExactly(FILE + ":6:10: warning: 'conference.start' (2023-06-01) is 113 days "
                + "from the article's date (2023-09-22): check both dates");
    }

    @Test
    void anArticlePublishedTheDayAfterAOneDayEventIsNotWarnedAbout() {
        accepted("---\ntitle: A\ndate: 2023-09-23\nconference:\n  kind: training\n  start: 2023-09-22\n---\n");

        assertThat(messages()).isEmpty();
    }

    @Test
    void aConferenceWithSeveralMistakesReportsThemAll() {
        assertThat(refused(withConference("""
                  kind: trainning
                  start: 2023-09-22
                  end: 2023-09-21
                  participants: trên 130
                """))).containsExactly(
                FILE + ":5:9: error: 'conference.kind' must be one of training, workshop, survey, other, "
                        + "not 'trainning': did you mean 'training'?",
                FILE + ":7:8: error: 'conference.end' (2023-09-21) is before 'conference.start' (2023-09-22): "
                        + "the end is the last day of the event",
                FILE + ":8:17: error: 'conference.participants' must be a whole number, not 'trên 130' "
                        + "(write the number alone: 130)");
    }
}
