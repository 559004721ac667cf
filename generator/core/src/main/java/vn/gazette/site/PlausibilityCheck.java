package vn.gazette.site;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gazette.config.Plausibility;
import vn.gazette.content.ArticleDate;
import vn.gazette.content.ParsedArticle;
import vn.gazette.content.PartialFrontMatter;
import vn.gazette.problem.Message;
import vn.gazette.problem.Problems;
import vn.gazette.problem.SourcePosition;
import vn.gazette.source.SourceFile;

/**
 * Finds input that is valid but probably a mistake: an {@code expires} date before the article's {@code date} (an
 * error: the article could never be shown), and, as warnings, a date outside the site's plausible years, a title
 * longer than a search engine shows, or a date whose year disagrees with the year folder the article is in
 * ({@code articles/2019/} dated 2023). Immutable and thread-safe.
 */
final class PlausibilityCheck {

    private static final Pattern YEAR_FOLDER = Pattern.compile("(?:^|/)((?:1[0-9]|20)[0-9]{2})/");

    private final Plausibility rules;
    private final LocalDate today;

    PlausibilityCheck(Plausibility rules, java.time.Instant now, ZoneId zone) {
        this.rules = rules;
        this.today = now.atZone(zone).toLocalDate();
    }

    void check(ParsedArticle article, Problems problems) {
        check(article.source(), PartialFrontMatter.of(article.front()), problems);
    }

    /** Checks the fields that are known; of an article with errors, those that are right. */
    void check(SourceFile source, PartialFrontMatter front, Problems problems) {
        SourcePosition first = SourcePosition.of(source.path(), 2, 1);
        // where the date is written, looked up only for a warning: the session decodes positions when asked
        java.util.function.Supplier<SourcePosition> where = () -> front.positionOf("date", first);
        front.title().ifPresent(title -> {
            int length = title.codePointCount(0, title.length());
            if (length > rules.titleLength()) {
                problems.warning(front.positionOf("title", first), SiteAssembler.STAGE, Message.of(
                        "site.title.too.long", length, rules.titleLength()));
            }
        });
        if (front.date().isEmpty()) {
            return; // the rest compares the date with other things
        }
        ArticleDate date = front.date().get();
        front.expires().ifPresent(expires -> {
            if (expires.compareTo(date) <= 0) {
                problems.error(front.positionOf("expires", first), SiteAssembler.STAGE, Message.of(
                        "site.expires.before.date", expires.iso(), date.iso()));
            }
        });
        LocalDate day = date.localDate();
        if (day.getYear() < rules.earliestYear()) {
            problems.warning(where.get(), SiteAssembler.STAGE, Message.of("site.date.too.early", day.toString(),
                    rules.earliestYear()));
        } else if (day.isAfter(today.plusYears(rules.yearsAhead()))) {
            problems.warning(where.get(), SiteAssembler.STAGE, Message.of("site.date.too.late", day.toString(),
                    rules.yearsAhead()));
        }
        Matcher folder = YEAR_FOLDER.matcher(source.relative());
        String year = null;
        while (folder.find()) {
            year = folder.group(1);
        }
        if (year != null && Integer.parseInt(year) != day.getYear()) {
            problems.warning(where.get(), SiteAssembler.STAGE, Message.of("site.date.folder.mismatch", day.toString(),
                    source.folder() + "/", year));
        }
    }
}
