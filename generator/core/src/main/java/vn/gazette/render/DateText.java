package vn.gazette.render;

import java.time.LocalDate;
import java.util.Map;
import vn.gazette.content.ArticleDate;

/**
 * Dates as readers of the site's language write them ("Thứ Sáu, 22/09/2023"), from patterns and names in the
 * theme's UI strings, so that the output never depends on the JDK's locale data. Immutable and thread-safe.
 *
 * <p>Patterns use {@code {weekday} {d} {dd} {M} {MM} {month} {yyyy} {HH} {mm}}.
 */
public final class DateText {

    private final Map<String, String> messages;

    public DateText(Map<String, String> messages) {
        this.messages = Map.copyOf(messages);
    }

    /** The long form, with the time when one was written: "Thứ Sáu, 22/09/2023" or "Thứ Tư, 01/06/2022, 09:47". */
    public String long_(ArticleDate date) {
        String text = format(messages.getOrDefault("date.long", "{yyyy}-{MM}-{dd}"), date.localDate());
        if (date.hasTime()) {
            text += messages.getOrDefault("date.timeSeparator", ", ") + time(date);
        }
        return text;
    }

    /** The short form used in lists: "22/09/2023". */
    public String short_(LocalDate date) {
        return format(messages.getOrDefault("date.short", "{dd}/{MM}/{yyyy}"), date);
    }

    /** "Tháng 9 năm 2023": the heading of a month. */
    public String month(int year, int month) {
        return messages.getOrDefault("date.month", "{month} {yyyy}")
                .replace("{month}", messages.getOrDefault("month." + month, String.valueOf(month)))
                .replace("{M}", String.valueOf(month))
                .replace("{yyyy}", String.valueOf(year));
    }

    /** "Tháng 9": a month within its year's list (the archive index, a year page). */
    public String monthInYear(int month) {
        return messages.getOrDefault("date.monthInYear", "{month}")
                .replace("{month}", messages.getOrDefault("month." + month, String.valueOf(month)))
                .replace("{M}", String.valueOf(month));
    }

    private String time(ArticleDate date) {
        return String.format("%02d:%02d", date.value().getHour(), date.value().getMinute());
    }

    String format(String pattern, LocalDate date) {
        return pattern
                .replace("{weekday}", messages.getOrDefault("weekday." + date.getDayOfWeek().getValue(), ""))
                .replace("{month}", messages.getOrDefault("month." + date.getMonthValue(), ""))
                .replace("{dd}", String.format("%02d", date.getDayOfMonth()))
                .replace("{d}", String.valueOf(date.getDayOfMonth()))
                .replace("{MM}", String.format("%02d", date.getMonthValue()))
                .replace("{M}", String.valueOf(date.getMonthValue()))
                .replace("{yyyy}", String.valueOf(date.getYear()));
    }
}
