package vn.gazette.content;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * When an article was published, as a moment in the site's time zone.
 *
 * <p>A date written without a time ({@code 2023-09-22}) is that local day, never midnight UTC (which is 07:00 in
 * Hanoi and would be right only by luck): {@link #hasTime} keeps the difference so pages can show just the day.
 *
 * @param value   the moment, in the site's zone
 * @param hasTime whether a time of day was written
 */
public record ArticleDate(ZonedDateTime value, boolean hasTime) implements Comparable<ArticleDate> {

    public ArticleDate {
        Objects.requireNonNull(value, "value");
    }

    /** The local day in the site's zone: the day the article is filed under in archives. */
    public LocalDate localDate() {
        return value.toLocalDate();
    }

    /** ISO 8601 as written in feeds and JSON: {@code 2023-09-22} or {@code 2022-06-01T09:47:00+07:00}. */
    public String iso() {
        return hasTime ? value.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) : localDate().toString();
    }

    /** ISO 8601 with a time and offset, always: what Atom and schema.org want. */
    public String isoDateTime() {
        return value.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    @Override
    public int compareTo(ArticleDate other) {
        return value.toInstant().compareTo(other.value.toInstant());
    }
}
