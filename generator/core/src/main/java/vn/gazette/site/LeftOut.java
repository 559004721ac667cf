package vn.gazette.site;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.gazette.content.FrontMatter;
import vn.gazette.problem.Message;
import vn.gazette.source.SourceFile;

/**
 * An article the build leaves out of every page, list, feed, sitemap, index and export: a draft, an article dated
 * after the build time, or one past its {@code expires} date. Kept so that a link to it can be named as such, not
 * just as a missing page. Immutable.
 *
 * @param source the Markdown file
 * @param front  its front matter
 * @param url    where it would be published; empty when its file name gives no URL
 * @param reason why it is left out (the first that applies: draft, then scheduled, then expired)
 */
public record LeftOut(SourceFile source, FrontMatter front, Optional<String> url, Reason reason) {

    /** Why an article is left out. */
    public enum Reason {
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

    /** {@code 2 drafts, 1 scheduled, 1 expired left out}, or nothing when none is. */
    public static String count(List<LeftOut> articles) {
        Map<Reason, Integer> counts = new EnumMap<>(Reason.class);
        articles.forEach(article -> counts.merge(article.reason(), 1, Integer::sum));
        List<String> parts = new ArrayList<>();
        counts.forEach((reason, count) -> parts.add(switch (reason) {
            case DRAFT -> count + (count == 1 ? " draft" : " drafts");
            case SCHEDULED -> count + " scheduled";
            case EXPIRED -> count + " expired";
        }));
        return parts.isEmpty() ? "" : String.join(", ", parts) + " left out";
    }

    /**
     * Why a link to it breaks, in words for the editor: {@code a draft (draft: true)}, {@code scheduled for
     * 2026-12-01 (its date is in the future)}, {@code expired on 2024-01-31 (its 'expires' date has passed)}.
     */
    public Message because() {
        return switch (reason) {
            case DRAFT -> Message.of("site.left-out.draft");
            case SCHEDULED -> Message.of("site.left-out.scheduled", front.date().iso());
            case EXPIRED -> Message.of("site.left-out.expired", front.expires().orElseThrow().iso());
        };
    }
}
