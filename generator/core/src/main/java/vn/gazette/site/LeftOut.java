package vn.gazette.site;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.gazette.content.PartialFrontMatter;
import vn.gazette.problem.Message;
import vn.gazette.problem.SourcePosition;
import vn.gazette.source.SourceFile;

/**
 * An article the build leaves out of every page, list, feed, sitemap, index and export: a draft, an article dated
 * after the build time, one past its {@code expires} date, or one whose file has errors. Kept so that a link to it
 * can be named as such, not just as a missing page. Immutable.
 *
 * @param source the Markdown file
 * @param front  its front matter (for an article with errors, what of it is right)
 * @param url    where it would be published; empty when its file name gives no URL
 * @param reason why it is left out (the first that applies: errors, draft, then scheduled, then expired)
 */
public record LeftOut(SourceFile source, PartialFrontMatter front, Optional<String> url, Reason reason) {

    /** Why an article is left out. */
    public enum Reason {
        /** Reading it found errors: it is not published until they are corrected. */
        ERRORS,
        /** {@code draft: true}. */
        DRAFT,
        /** Dated after the build time. */
        SCHEDULED,
        /** Its {@code expires} date is not after the build time. */
        EXPIRED
    }

    public LeftOut {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(front, "front");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(reason, "reason");
    }

    /** Whether it is left out because of its errors, not by the editor's choice. */
    public boolean broken() {
        return reason == Reason.ERRORS;
    }

    /**
     * Where the reason is written: the {@code draft}, {@code date} or {@code expires} line; the file for an article
     * with errors (they are reported at their own lines).
     */
    public SourcePosition position() {
        SourcePosition file = SourcePosition.of(source.path());
        return switch (reason) {
            case ERRORS -> file;
            case DRAFT -> front.positionOf("draft", file);
            case SCHEDULED -> front.positionOf("date", file);
            case EXPIRED -> front.positionOf("expires", file);
        };
    }

    /** {@code 1 with errors, 2 drafts, 1 scheduled, 1 expired left out}, or nothing when none is. */
    public static String count(List<LeftOut> articles) {
        Map<Reason, Integer> counts = new EnumMap<>(Reason.class);
        articles.forEach(article -> counts.merge(article.reason(), 1, Integer::sum));
        List<String> parts = new ArrayList<>();
        counts.forEach((reason, count) -> parts.add(switch (reason) {
            case ERRORS -> count + " with errors";
            case DRAFT -> count + (count == 1 ? " draft" : " drafts");
            case SCHEDULED -> count + " scheduled";
            case EXPIRED -> count + " expired";
        }));
        return parts.isEmpty() ? "" : String.join(", ", parts) + " left out";
    }

    /**
     * Why a link to it breaks, in words for the editor: {@code a draft (draft: true)}, {@code scheduled for
     * 2026-12-01 (its date is in the future)}, {@code expired on 2024-01-31 (its 'expires' date has passed)}, {@code
     * not publishable until its errors are corrected}.
     */
    public Message because() {
        return switch (reason) {
            case ERRORS -> Message.of("site.left-out.errors");
            case DRAFT -> Message.of("site.left-out.draft");
            case SCHEDULED -> Message.of("site.left-out.scheduled", front.date().orElseThrow().iso());
            case EXPIRED -> Message.of("site.left-out.expired", front.expires().orElseThrow().iso());
        };
    }
}
