package vn.gazette.content;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.gazette.problem.Message;

/**
 * Parses the dates editors write, strictly: {@code 2023-02-30} is refused, never rolled over to March.
 * Stateless and thread-safe.
 */
public final class DateParser {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter LOCAL_TIME = new DateTimeFormatterBuilder()
            .appendPattern("uuuu-MM-dd")
            .appendLiteral('T')
            .appendPattern("HH:mm")
            .optionalStart().appendLiteral(':').appendValue(ChronoField.SECOND_OF_MINUTE, 2).optionalEnd()
            .toFormatter()
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter OFFSET_TIME = new DateTimeFormatterBuilder()
            .append(LOCAL_TIME)
            .optionalStart().appendLiteral(' ').optionalEnd()
            .appendOffset("+HH:MM", "Z")
            .toFormatter()
            .withResolverStyle(ResolverStyle.STRICT);
    /** "2020-10-28 23:30" (one space instead of the T) is how YAML and people often write it. */
    private static final Pattern DATE_SPACE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}.*");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");
    private static final Pattern SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}([T ]\\d{2}:\\d{2}(:\\d{2})?(Z|[+-]\\d{2}:\\d{2})?)?");

    private DateParser() {
    }

    /** The result of reading one date: a value, or the message to show. */
    public record Result(Optional<ArticleDate> date, Optional<Message> problem) {
        static Result ok(ArticleDate date) {
            return new Result(Optional.of(date), Optional.empty());
        }

        static Result fail(Message problem) {
            return new Result(Optional.empty(), Optional.of(problem));
        }

        /** The problem in English, empty when the date was read. */
        public String error() {
            return problem.map(Message::english).orElse("");
        }
    }

    /** A date with an optional time and offset, placed in {@code zone}. */
    public static Result parse(String text, ZoneId zone, String field) {
        String value = text.strip();
        String canonical = DATE_SPACE_TIME.matcher(value).matches() ? value.replaceFirst(" ", "T") : value;
        try {
            if (value.length() == 10) {
                LocalDate date = LocalDate.parse(value, DATE);
                return Result.ok(new ArticleDate(date.atStartOfDay(zone), false));
            }
            if (canonical.endsWith("Z") || canonical.matches(".*[+-]\\d{2}:\\d{2}$")) {
                OffsetDateTime moment = OffsetDateTime.parse(canonical, OFFSET_TIME);
                return Result.ok(new ArticleDate(moment.atZoneSameInstant(zone), true));
            }
            LocalDateTime local = LocalDateTime.parse(canonical, LOCAL_TIME);
            return Result.ok(new ArticleDate(local.atZone(zone), true));
        } catch (DateTimeParseException e) {
            return Result.fail(explain(value, field, true));
        }
    }

    /** A plain day, for fields that have no time ({@code conference.start}). */
    public static Optional<LocalDate> parseDay(String text) {
        try {
            return Optional.of(LocalDate.parse(text.strip(), DATE));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * What is wrong with a date that could not be read.
     *
     * @param field    the field as printed, quoted: {@code 'date'}
     * @param withTime whether a time of day may be written too (else only a day is asked for)
     */
    static Message explain(String value, String field, boolean withTime) {
        var dmy = DAY_MONTH_YEAR.matcher(value);
        if (dmy.matches()) {
            String iso = String.format("%s-%02d-%02d", dmy.group(3), Integer.parseInt(dmy.group(2)),
                    Integer.parseInt(dmy.group(1)));
            if (parseDay(iso).isEmpty()) {
                // 31/02/2023 must not be answered with 2023-02-31: a suggestion is itself a valid date
                return Message.of("content.date.day-first.not-real", field, value, Integer.parseInt(dmy.group(1)),
                        Integer.parseInt(dmy.group(2)), dmy.group(3));
            }
            return Message.of("content.date.day-first", field, value, iso);
        }
        if (SHAPE.matcher(value).matches()) {
            return Message.of("content.date.not-real", field, value);
        }
        return withTime ? Message.of("content.date.invalid", field, value)
                : Message.of("content.date.invalid.day", field, value);
    }
}
