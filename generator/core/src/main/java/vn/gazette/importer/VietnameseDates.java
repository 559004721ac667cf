package vn.gazette.importer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as Vietnamese pages write them, always read day first: "Ngày 22/9/2023", "Cập nhật lúc 08:15 ngày
 * 22/09/2023", "22-09-2023 10:30", "Thứ Sáu, 22/09/2023", "ngày 31 tháng 10 năm 2018", ISO dates from metadata,
 * and the day and month alone ("Ngày 14/9", "Sáng 01/6", "Hôm nay (31/10)") whose year must come from elsewhere.
 * Stateless and thread-safe.
 */
final class VietnameseDates {

    /** A date found in a text; {@code year} is empty when the text gave the day and month only. */
    record Mention(int day, int month, OptionalInt year, Optional<LocalTime> time, int at) {
        Optional<LocalDate> date() {
            if (year.isEmpty()) {
                return Optional.empty();
            }
            return of(year.getAsInt(), month, day);
        }

        boolean sameDay(Mention other) {
            return day == other.day && month == other.month;
        }
    }

    private static final String TIME = "(\\d{1,2})\\s*[:hg]\\s*(\\d{2})(?:\\s*:\\s*\\d{2})?";
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2}))?");
    private static final Pattern NUMERIC = Pattern.compile(
            "(?:" + TIME + "\\s*(?:ngày\\s*)?[,-]?\\s*)?\\b(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{4})\\b"
            + "(?:\\s*[-,|]?\\s*(?:lúc\\s*)?" + TIME + ")?", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern WORDS = Pattern.compile(
            "(?iu)ngày\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})(?:\\s*(?:năm|,)\\s*(\\d{4}))?");
    private static final Pattern PARTIAL = Pattern.compile(
            "(?iu)(?:ngày|sáng|chiều|tối|trưa|đêm|hôm nay|hôm qua|\\()\\s*\\(?\\s*(\\d{1,2})\\s*/\\s*(\\d{1,2})(?![\\d/])");
    private static final Pattern STARTS_WITH_DATE = Pattern.compile(
            "(?iu)^\\s*(thứ\\s+\\S+|chủ nhật|cập nhật|ngày|\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}).*");
    private static final Pattern YEAR_IN = Pattern.compile("(?iu)\\b(?:trong\\s+)?năm\\s+((?:19|20)\\d{2})\\b");

    private VietnameseDates() {
    }

    /** Every date in {@code text}, in order of appearance. */
    static List<Mention> mentions(String text) {
        List<Mention> found = new ArrayList<>();
        Matcher iso = ISO.matcher(text);
        while (iso.find()) {
            Optional<LocalTime> time = iso.group(4) == null ? Optional.empty()
                    : time(iso.group(4), iso.group(5));
            add(found, Integer.parseInt(iso.group(3)), Integer.parseInt(iso.group(2)),
                    OptionalInt.of(Integer.parseInt(iso.group(1))), time, iso.start());
        }
        Matcher numeric = NUMERIC.matcher(text);
        while (numeric.find()) {
            Optional<LocalTime> time = numeric.group(1) != null ? time(numeric.group(1), numeric.group(2))
                    : numeric.group(6) != null ? time(numeric.group(6), numeric.group(7)) : Optional.empty();
            add(found, Integer.parseInt(numeric.group(3)), Integer.parseInt(numeric.group(4)),
                    OptionalInt.of(Integer.parseInt(numeric.group(5))), time, numeric.start(3));
        }
        Matcher words = WORDS.matcher(text);
        while (words.find()) {
            OptionalInt year = words.group(3) == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(words.group(3)));
            add(found, Integer.parseInt(words.group(1)), Integer.parseInt(words.group(2)), year, Optional.empty(),
                    words.start());
        }
        Matcher partial = PARTIAL.matcher(text);
        while (partial.find()) {
            int at = partial.start(1);
            if (found.stream().noneMatch(m -> Math.abs(m.at() - at) < 12)) {
                add(found, Integer.parseInt(partial.group(1)), Integer.parseInt(partial.group(2)), OptionalInt.empty(),
                        Optional.empty(), at);
            }
        }
        found.sort(java.util.Comparator.comparingInt(Mention::at));
        return found;
    }

    /** Whether a line starts like a date line ("Thứ hai, 27/01/2020", "01/06/2022 - 09:47"). */
    static boolean startsWithDate(String line) {
        return STARTS_WITH_DATE.matcher(line).matches() && !mentions(line).isEmpty();
    }

    /** The first year named as "năm 2023" in {@code text}, if any. */
    static OptionalInt namedYear(String text) {
        Matcher m = YEAR_IN.matcher(text);
        return m.find() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
    }

    /** The first year named as "trong năm 2018" (the year the text speaks of), if any. */
    static OptionalInt currentYear(String text) {
        Matcher m = Pattern.compile("(?iu)\\btrong\\s+năm\\s+((?:19|20)\\d{2})\\b").matcher(text);
        return m.find() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
    }

    static Optional<LocalDate> of(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static void add(List<Mention> found, int day, int month, OptionalInt year, Optional<LocalTime> time, int at) {
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return; // day first, always: 09/22/2023 is no date, not 22 September
        }
        if (year.isPresent() && (year.getAsInt() < 1990 || year.getAsInt() > 2100 || of(year.getAsInt(), month, day).isEmpty())) {
            return;
        }
        if (found.stream().anyMatch(m -> m.at() == at)) {
            return;
        }
        found.add(new Mention(day, month, year, time, at));
    }

    private static Optional<LocalTime> time(String hours, String minutes) {
        int h = Integer.parseInt(hours);
        int m = Integer.parseInt(minutes);
        return h < 24 && m < 60 ? Optional.of(LocalTime.of(h, m)) : Optional.empty();
    }
}
