package vn.gazette.site;

import java.util.Objects;
import java.util.Optional;
import vn.gazette.content.ArticleDate;

/**
 * When the published site will next change by itself: the earliest date of a scheduled article or expiry of a
 * published one after the build time. Written to {@code schedule.json} so that CI can schedule exactly one
 * rebuild. It depends only on the articles and on which of them are in, never otherwise on the build time, so
 * the file is the same for every build of the same input that publishes the same articles. Immutable.
 *
 * @param next the next change, or empty when nothing is scheduled
 */
public record Schedule(Optional<Change> next) {

    /** The file the schedule is published as, at the top of the site. */
    public static final String FILE = "schedule.json";

    /**
     * One change.
     *
     * @param when    when it happens, in the site's zone
     * @param kind    whether an article appears or disappears
     * @param article the article's path under the content folder, e.g. {@code articles/2026/x.md}
     */
    public record Change(ArticleDate when, Kind kind, String article) {
        public Change {
            Objects.requireNonNull(when, "when");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(article, "article");
        }
    }

    /** What happens at a change; the word is what {@code schedule.json} says. */
    public enum Kind {
        PUBLISH("publish"),
        EXPIRE("expire");

        private final String word;

        Kind(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    public Schedule {
        Objects.requireNonNull(next, "next");
    }

    public static Schedule none() {
        return new Schedule(Optional.empty());
    }

    /** The earlier of this and one more candidate; equal times go by kind, then by article, so the choice is stable. */
    Schedule earliest(Change candidate) {
        if (next.isEmpty()) {
            return new Schedule(Optional.of(candidate));
        }
        Change current = next.get();
        int order = candidate.when().compareTo(current.when());
        if (order == 0) {
            order = candidate.kind().compareTo(current.kind());
        }
        if (order == 0) {
            order = candidate.article().compareTo(current.article());
        }
        return order < 0 ? new Schedule(Optional.of(candidate)) : this;
    }

    /**
     * {@code {"version":1,"nextChange":"2026-12-01T00:00:00+07:00","reason":"publish","article":"articles/x.md"}},
     * or {@code {"version":1,"nextChange":null}}, and a line end.
     */
    public String json() {
        if (next.isEmpty()) {
            return "{\"version\":1,\"nextChange\":null}\n";
        }
        Change change = next.get();
        return "{\"version\":1,\"nextChange\":" + string(change.when().isoDateTime()) + ",\"reason\":"
                + string(change.kind().word()) + ",\"article\":" + string(change.article()) + "}\n";
    }

    private static String string(String text) {
        StringBuilder json = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20) {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        return json.append('"').toString();
    }
}
