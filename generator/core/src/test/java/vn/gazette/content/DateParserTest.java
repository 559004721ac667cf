package vn.gazette.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DateParserTest {

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

    private static ArticleDate parsed(String text) {
        DateParser.Result result = DateParser.parse(text, HANOI, "'date'");
        assertThat(result.error()).isEmpty();
        return result.date().orElseThrow();
    }

    private static String refused(String text) {
        DateParser.Result result = DateParser.parse(text, HANOI, "'date'");
        assertThat(result.date()).isEmpty();
        return result.error();
    }

    @Test
    void aDayWithoutTimeIsThatLocalDayInHanoiNotMidnightUtc() {
        ArticleDate date = parsed("2023-09-22");

        assertThat(date.hasTime()).isFalse();
        assertThat(date.localDate()).isEqualTo(LocalDate.of(2023, 9, 22));
        assertThat(date.value().getZone()).isEqualTo(HANOI);
        assertThat(date.value().toLocalDateTime()).isEqualTo(LocalDateTime.of(2023, 9, 22, 0, 0));
        assertThat(date.value().toInstant()).isEqualTo(Instant.parse("2023-09-21T17:00:00Z"));
        assertThat(date.iso()).isEqualTo("2023-09-22");
        assertThat(date.isoDateTime()).isEqualTo("2023-09-22T00:00:00+07:00");
    }

    @Test
    void aDayIsPlacedInTheZoneItIsGiven() {
        ArticleDate date = DateParser.parse("2023-09-22", ZoneOffset.UTC, "'date'").date().orElseThrow();

        assertThat(date.value().toInstant()).isEqualTo(Instant.parse("2023-09-22T00:00:00Z"));
    }

    @Test
    void aLocalTimeWithTStaysOnItsLocalDay() {
        ArticleDate date = parsed("2022-06-01T09:47");

        assertThat(date.hasTime()).isTrue();
        assertThat(date.value().toLocalDateTime()).isEqualTo(LocalDateTime.of(2022, 6, 1, 9, 47));
        assertThat(date.value().getZone()).isEqualTo(HANOI);
        assertThat(date.iso()).isEqualTo("2022-06-01T09:47:00+07:00");
    }

    @Test
    void aLateLocalTimeWrittenWithASpaceStaysOnItsLocalDay() {
        ArticleDate date = parsed("2020-10-28 23:30");

        assertThat(date.localDate()).isEqualTo(LocalDate.of(2020, 10, 28));
        assertThat(date.value().toLocalDateTime()).isEqualTo(LocalDateTime.of(2020, 10, 28, 23, 30));
        assertThat(date.value().toInstant()).isEqualTo(Instant.parse("2020-10-28T16:30:00Z"));
    }

    @Test
    void secondsAreKept() {
        assertThat(parsed("2020-10-28T23:30:15").iso()).isEqualTo("2020-10-28T23:30:15+07:00");
    }

    @Test
    void surroundingSpacesAreIgnored() {
        assertThat(parsed("  2023-09-22 ").localDate()).isEqualTo(LocalDate.of(2023, 9, 22));
    }

    @Test
    void aHanoiOffsetGivesTheSameLocalTime() {
        ArticleDate date = parsed("2022-06-01T09:47:00+07:00");

        assertThat(date.hasTime()).isTrue();
        assertThat(date.value().getZone()).isEqualTo(HANOI);
        assertThat(date.value().toLocalDateTime()).isEqualTo(LocalDateTime.of(2022, 6, 1, 9, 47));
        assertThat(date.iso()).isEqualTo("2022-06-01T09:47:00+07:00");
    }

    @Test
    void aUtcTimeBeforeFiveThirtyPmIsTheSameDayInHanoi() {
        ArticleDate date = parsed("2020-10-28T16:30:00Z");

        assertThat(date.value().getZone()).isEqualTo(HANOI);
        assertThat(date.value().toLocalDateTime()).isEqualTo(LocalDateTime.of(2020, 10, 28, 23, 30));
        assertThat(date.localDate()).isEqualTo(LocalDate.of(2020, 10, 28));
    }

    @Test
    void aUtcTimeAfterFivePmIsTheNextDayInHanoi() {
        ArticleDate date = parsed("2020-10-28T17:30:00Z");

        assertThat(date.value().toLocalDateTime()).isEqualTo(LocalDateTime.of(2020, 10, 29, 0, 30));
        assertThat(date.localDate()).isEqualTo(LocalDate.of(2020, 10, 29));
        assertThat(date.iso()).isEqualTo("2020-10-29T00:30:00+07:00");
    }

    @Test
    void otherOffsetsAreConvertedIntoTheSiteZone() {
        assertThat(parsed("2020-10-28T23:30+09:00").value().toLocalDateTime())
                .isEqualTo(LocalDateTime.of(2020, 10, 28, 21, 30));
        assertThat(parsed("2020-10-28T23:30-05:00").value().toLocalDateTime())
                .isEqualTo(LocalDateTime.of(2020, 10, 29, 11, 30));
        assertThat(parsed("2020-10-28T16:30:00+00:00").value().toInstant())
                .isEqualTo(Instant.parse("2020-10-28T16:30:00Z"));
    }

    @Test
    void theThirtiethOfFebruaryIsRefusedNotRolledOverToMarch() {
        assertThat(refused("2023-02-30"))
                .isEqualTo("'date' is not a real date or time: \"2023-02-30\" (check the day of the month and the hour)");
    }

    @Test
    void theThirteenthMonthIsRefused() {
        assertThat(refused("2023-13-45"))
                .isEqualTo("'date' is not a real date or time: \"2023-13-45\" (check the day of the month and the hour)");
    }

    @Test
    void theTwentyNinthOfFebruaryIsAcceptedOnlyInALeapYear() {
        assertThat(parsed("2024-02-29").localDate()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(refused("2023-02-29"))
                .isEqualTo("'date' is not a real date or time: \"2023-02-29\" (check the day of the month and the hour)");
    }

    @Test
    void anImpossibleHourIsRefused() {
        assertThat(refused("2020-10-28T24:00"))
                .isEqualTo("'date' is not a real date or time: \"2020-10-28T24:00\" (check the day of the month and the hour)");
        assertThat(refused("2020-10-28 23:61"))
                .isEqualTo("'date' is not a real date or time: \"2020-10-28 23:61\" (check the day of the month and the hour)");
    }

    @Test
    void dayMonthYearIsRefusedWithTheIsoSpelling() {
        assertThat(refused("28/10/2020"))
                .isEqualTo("'date' is not a date: \"28/10/2020\" (write 2020-10-28: year-month-day)");
        assertThat(refused("1.6.2022"))
                .isEqualTo("'date' is not a date: \"1.6.2022\" (write 2022-06-01: year-month-day)");
        assertThat(refused("22-09-2023"))
                .isEqualTo("'date' is not a date: \"22-09-2023\" (write 2023-09-22: year-month-day)");
    }

    @Test
    void textThatIsNoDateAtAllGetsAnExample() {
        assertThat(refused("hôm qua"))
                .isEqualTo("'date' is not a date: \"hôm qua\" (write it like 2023-09-22, or 2023-09-22T09:30 with a time)");
        assertThat(refused("2020-10-28T23:30+0700"))
                .isEqualTo("'date' is not a date: \"2020-10-28T23:30+0700\" "
                        + "(write it like 2023-09-22, or 2023-09-22T09:30 with a time)");
    }

    @Test
    void theFieldNameGivenIsTheOneInTheMessage() {
        assertThat(DateParser.parse("2023-02-30", HANOI, "'updated'").error())
                .startsWith("'updated' is not a real date or time");
    }

    @Test
    void parseDayReadsADayStrictly() {
        assertThat(DateParser.parseDay(" 2023-09-22 ")).contains(LocalDate.of(2023, 9, 22));
        assertThat(DateParser.parseDay("2023-02-30")).isEmpty();
        assertThat(DateParser.parseDay("2023-09-22T09:00")).isEmpty();
        assertThat(DateParser.parseDay("22/09/2023")).isEmpty();
    }

    @Test
    void articleDatesCompareByInstantWhateverTheyWereWrittenAs() {
        ArticleDate midnight = parsed("2023-09-22");
        ArticleDate morning = parsed("2023-09-22T08:00");
        ArticleDate sameMidnightInUtc = parsed("2023-09-21T17:00:00Z");

        assertThat(midnight).isLessThan(morning);
        assertThat(midnight.compareTo(sameMidnightInUtc)).isZero();
    }

    @Test
    void refusesADateRunIntoItsTimeOrATimeAfterTwoSeparators() {
        assertThat(DateParser.parse("2020-10-2823:30", java.time.ZoneId.of("Asia/Ho_Chi_Minh"), "'date'").date()).isEmpty();
        assertThat(DateParser.parse("2020-10-28T 23:30", java.time.ZoneId.of("Asia/Ho_Chi_Minh"), "'date'").date()).isEmpty();
        assertThat(DateParser.parse("2020-10-28 23:30+07:00", java.time.ZoneId.of("Asia/Ho_Chi_Minh"), "'date'").date()
                .map(ArticleDate::iso)).contains("2020-10-28T23:30:00+07:00");
    }
}
