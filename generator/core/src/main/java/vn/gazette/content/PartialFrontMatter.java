package vn.gazette.content;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.gazette.problem.SourcePosition;

/**
 * What could be read of front matter that has errors: each field that is itself right, for the checks of later
 * stages that need only that field (the province against the vocabulary, the URL against the other articles', the
 * dates against each other), so that one run reports every problem of a file. Immutable.
 *
 * @param title         the title, when it is written as text
 * @param date          the date, when it is a valid date
 * @param slug          the slug as written, when it is valid
 * @param suggestedSlug when the slug written is not valid, the one its error tells the editor to write, if any
 * @param slugRefused   whether a slug is written that is not valid (the URL is then not the file name's)
 * @param province      the province as written (not yet checked against the vocabulary)
 * @param draft         {@code draft:}, when it is true or false
 * @param expires       the {@code expires} date, when it is valid
 * @param positions     where each field was written, as in {@link FrontMatter#positions}
 */
public record PartialFrontMatter(Optional<String> title, Optional<ArticleDate> date, Optional<String> slug,
        Optional<String> suggestedSlug, boolean slugRefused, Optional<String> province, Optional<Boolean> draft,
        Optional<ArticleDate> expires, Map<String, SourcePosition> positions) {

    public PartialFrontMatter {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(suggestedSlug, "suggestedSlug");
        Objects.requireNonNull(province, "province");
        Objects.requireNonNull(draft, "draft");
        Objects.requireNonNull(expires, "expires");
        positions = positions instanceof KeptPositions ? positions : Map.copyOf(positions); // kept: unmodifiable
    }

    /** Nothing could be read: the file is not text, has no front matter, or its YAML is broken. */
    public static PartialFrontMatter none() {
        return new PartialFrontMatter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false,
                Optional.empty(), Optional.empty(), Optional.empty(), Map.of());
    }

    /** The fields of checked front matter, for checks that read either kind. */
    public static PartialFrontMatter of(FrontMatter front) {
        return new PartialFrontMatter(Optional.of(front.title()), Optional.of(front.date()), front.slug(),
                Optional.empty(), false, front.province(), Optional.of(front.draft()), front.expires(),
                front.positions());
    }

    /** Where a field was written, or the fallback. */
    public SourcePosition positionOf(String field, SourcePosition fallback) {
        return positions.getOrDefault(field, fallback);
    }
}
