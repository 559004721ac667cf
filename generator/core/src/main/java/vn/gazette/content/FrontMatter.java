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
 * @param terms     values of the site's own taxonomies, by front-matter key
 * @param featured  {@code featured: true}: the front page leads with the newest such article
 * @param image     the lead image ({@code image:})
 * @param toc       whether a table of contents goes before the body ({@code toc: true})
 */
public record FrontMatter(String title, ArticleDate date, Optional<String> slug, Optional<String> province,
        List<String> tags, Optional<String> author, Optional<String> summary, boolean draft,
        Optional<ArticleDate> updated, Optional<ArticleDate> expires, Optional<Conference> conference,
        Map<String, String> params, Map<String, SourcePosition> positions, Map<String, List<String>> terms,
        boolean featured, Optional<LeadImage> image, boolean toc) {

    /** Front matter of an article the front page does not feature, without a lead image or a table of contents. */
    public FrontMatter(String title, ArticleDate date, Optional<String> slug, Optional<String> province,
            List<String> tags, Optional<String> author, Optional<String> summary, boolean draft,
            Optional<ArticleDate> updated, Optional<ArticleDate> expires, Optional<Conference> conference,
            Map<String, String> params, Map<String, SourcePosition> positions, Map<String, List<String>> terms) {
        this(title, date, slug, province, tags, author, summary, draft, updated, expires, conference, params, positions,
                terms, false, Optional.empty(), false);
    }

    /** Front matter of a site without taxonomies of its own. */
    public FrontMatter(String title, ArticleDate date, Optional<String> slug, Optional<String> province,
            List<String> tags, Optional<String> author, Optional<String> summary, boolean draft,
            Optional<ArticleDate> updated, Optional<ArticleDate> expires, Optional<Conference> conference,
            Map<String, String> params, Map<String, SourcePosition> positions) {
        this(title, date, slug, province, tags, author, summary, draft, updated, expires, conference, params, positions,
                Map.of());
    }

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
        positions = positions instanceof KeptPositions ? positions : Map.copyOf(positions); // kept: unmodifiable
        terms = Map.copyOf(terms);
        Objects.requireNonNull(image, "image");
    }

    /** The values an article gives a taxonomy: its tags, its province, or a site's own list. */
    public List<String> values(String taxonomy) {
        if (taxonomy.equals("tags")) {
            return tags;
        }
        if (taxonomy.equals("province")) {
            return province.map(List::of).orElse(List.of());
        }
        return terms.getOrDefault(taxonomy, List.of());
    }

    /** When the article last changed: {@code updated} if given, else its date. */
    public ArticleDate lastModified() {
        return updated.orElse(date);
    }

    /** Where a field was written, or the fallback (the front matter's first line). */
    public SourcePosition positionOf(String field, SourcePosition fallback) {
        return positions.getOrDefault(field, fallback);
    }
}
