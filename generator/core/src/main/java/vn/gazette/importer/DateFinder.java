package vn.gazette.importer;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import vn.gazette.importer.Finding.Confidence;
import vn.gazette.importer.VietnameseDates.Mention;

/**
 * Decides an article's publication date and the day its event began. In order: the page's metadata; a full date
 * in the lines around the heading, unless the first sentence names another day (portals print today's date in
 * their header); a full date in the first sentence (lower confidence); the day and month of the first sentence with
 * the year from the title, from "trong năm ..." in the body or from the header date (low confidence).
 * Stateless and thread-safe.
 */
final class DateFinder {

    /** A day, and the time of day when the page gave one. */
    record Day(LocalDate date, Optional<LocalTime> time) {
        String frontMatter() {
            return time.map(t -> date + "T" + t).orElse(date.toString());
        }
    }

    /** The publication date and the event's first day (from the first sentence, when it names one). */
    record Dates(Finding<Day> published, Optional<LocalDate> event) {
    }

    private DateFinder() {
    }

    static Dates find(Extracted page, String title, String firstSentence, String body, LocalDate today) {
        Optional<Mention> lead = VietnameseDates.mentions(firstSentence).stream().findFirst();
        Optional<LocalDate> leadFull = lead.flatMap(Mention::date);
        Finding<Day> published = metadata(page)
                .or(() -> header(page.dateTexts(), lead))
                .or(() -> leadFull.map(d -> Finding.of(new Day(d, lead.get().time()), Confidence.MEDIUM,
                        "first sentence")).orElseGet(Finding::none))
                .or(() -> lead.map(m -> inferred(m, title, body, page.dateTexts(), today)).orElseGet(Finding::none));
        Optional<LocalDate> event = leadFull;
        if (event.isEmpty() && lead.isPresent() && published.found()) {
            LocalDate p = published.value().get().date();
            event = VietnameseDates.of(p.getYear(), lead.get().month(), lead.get().day())
                    .filter(d -> !d.isAfter(p.plusDays(1)));
        }
        return new Dates(published, event.or(() -> published.value().map(Day::date)));
    }

    private static Finding<Day> metadata(Extracted page) {
        return page.metaDate().value()
                .flatMap(text -> VietnameseDates.mentions(text).stream().findFirst())
                .flatMap(m -> m.date().map(d -> Finding.of(new Day(d, m.time()), Confidence.HIGH, page.metaDate().how())))
                .orElseGet(Finding::none);
    }

    private static Finding<Day> header(List<String> texts, Optional<Mention> lead) {
        for (String text : texts) {
            for (Mention m : VietnameseDates.mentions(text)) {
                if (m.date().isEmpty()) {
                    continue;
                }
                if (lead.isPresent() && !lead.get().sameDay(m)) {
                    continue; // the header's "today", not the article's day
                }
                Confidence confidence = lead.isPresent() ? Confidence.HIGH : Confidence.MEDIUM;
                return Finding.of(new Day(m.date().get(), m.time()), confidence, "date line \"" + text.strip() + "\"");
            }
        }
        return Finding.none();
    }

    /** A day and month without a year: the year named in the title, the body, or the page's date line. */
    private static Finding<Day> inferred(Mention lead, String title, String body, List<String> texts, LocalDate today) {
        OptionalInt bound = texts.stream().flatMap(t -> VietnameseDates.mentions(t).stream())
                .flatMap(m -> m.date().stream()).mapToInt(LocalDate::getYear).max();
        int latest = bound.orElse(today.getYear());
        OptionalInt fromTitle = VietnameseDates.namedYear(title);
        OptionalInt fromBody = VietnameseDates.currentYear(body);
        String how;
        int year;
        if (fromTitle.isPresent() && fromTitle.getAsInt() <= latest) {
            year = fromTitle.getAsInt();
            how = "day from the first sentence, year from the title";
        } else if (fromBody.isPresent() && fromBody.getAsInt() <= latest) {
            year = fromBody.getAsInt();
            how = "day from the first sentence, year from \"trong năm " + year + "\"";
        } else if (bound.isPresent()) {
            year = latest;
            how = "day from the first sentence, year from the page's date line";
        } else {
            return Finding.none();
        }
        return VietnameseDates.of(year, lead.month(), lead.day())
                .map(d -> Finding.of(new Day(d, Optional.<LocalTime>empty()), Confidence.LOW, how))
                .orElseGet(Finding::none);
    }
}
