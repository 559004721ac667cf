package vn.gazette.content;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.gazette.problem.SourcePosition;

/**
 * An article's front matter, checked and typed. Extra keys for themes live under {@code params:}.
 *
 * @param positions where each field was written ({@code title}, {@code province}, {@code tags.0} ...), for
 *                  problems found by later stages
 */
public record FrontMatter(String title, ArticleDate date, Optional<String> slug, Optional<String> province,
        List<String> tags, Optional<String> author, Optional<String> summary, boolean draft,
        Optional<ArticleDate> updated, Optional<ArticleDate> expires, Optional<Conference> conference,
        Map<String, String> params, Map<String, SourcePosition> positions) {

    public FrontMatter {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(province, "province");
        tags = List.copyOf(tags);
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(updated, "updated");
        Objects.requireNonNull(expires, "expires");
        Objects.requireNonNull(conference, "conference");
        params = Map.copyOf(params);
        positions = Map.copyOf(positions);
    }

    /** Where a field was written, or the fallback (the front matter's first line). */
    public SourcePosition positionOf(String field, SourcePosition fallback) {
        return positions.getOrDefault(field, fallback);
    }
}
