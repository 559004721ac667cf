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
 * The instant and the local day are worked out once, because every list of a large site sorts and compares
 * dates many times. Immutable and thread-safe.
 */
public final class ArticleDate implements Comparable<ArticleDate> {

    private final ZonedDateTime value;
    private final boolean hasTime;
    private final long epochSecond;
    private final int nano;
    private final LocalDate localDate;
    private final long epochDay;

    /**
     * @param value   the moment, in the site's zone
     * @param hasTime whether a time of day was written
     */
    public ArticleDate(ZonedDateTime value, boolean hasTime) {
        this.value = Objects.requireNonNull(value, "value");
        this.hasTime = hasTime;
        this.epochSecond = value.toEpochSecond();
        this.nano = value.getNano();
        this.localDate = value.toLocalDate();
        this.epochDay = localDate.toEpochDay();
    }

    public ZonedDateTime value() {
        return value;
    }

    public boolean hasTime() {
        return hasTime;
    }

    /** The local day in the site's zone: the day the article is filed under in archives. */
    public LocalDate localDate() {
        return localDate;
    }

    /** Days since 1970-01-01 of the local day, for distances between dates. */
    public long epochDay() {
        return epochDay;
    }

    /** ISO 8601 as written in feeds and JSON: {@code 2023-09-22} or {@code 2022-06-01T09:47:00+07:00}. */
    public String iso() {
        return hasTime ? value.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) : localDate.toString();
    }

    /** ISO 8601 with a time and offset, always: what Atom and schema.org want. */
    public String isoDateTime() {
        return value.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    @Override
    public int compareTo(ArticleDate other) {
        int bySecond = Long.compare(epochSecond, other.epochSecond);
        return bySecond != 0 ? bySecond : Integer.compare(nano, other.nano);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ArticleDate date && value.equals(date.value) && hasTime == date.hasTime;
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, hasTime);
    }

    @Override
    public String toString() {
        return "ArticleDate[value=" + value + ", hasTime=" + hasTime + "]";
    }
}
