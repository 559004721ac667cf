package vn.gazette.config;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A way of grouping articles ({@code taxonomies:} in site.yaml): by tag, by province, or by any list field a site
 * declares. Each value of it (a term) gets a page listing its articles. Immutable.
 *
 * @param name    the front-matter key it reads ({@code tags}, {@code province}, or a site's own)
 * @param segment the URL segment of its pages: {@code /the/} for tags, {@code /tinh/} for provinces
 * @param titles  the heading of its index page, by language ({@code vi}, {@code en})
 * @param slugs   slugs chosen by hand for terms whose automatic slugs would clash ("Huệ" → {@code hue-hoa})
 */
public record TaxonomyConfig(String name, String segment, Map<String, String> titles, Map<String, String> slugs) {

    public static final String TAGS = "tags";
    public static final String PROVINCE = "province";

    public TaxonomyConfig {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(segment, "segment");
        titles = Map.copyOf(titles);
        slugs = Map.copyOf(slugs);
    }

    /** Whether the front-matter value is one name ({@code province}) rather than a list. */
    public boolean single() {
        return name.equals(PROVINCE);
    }

    /** The taxonomies of a site that declares none. */
    public static List<TaxonomyConfig> defaults() {
        return List.of(
                new TaxonomyConfig(TAGS, "the", Map.of("vi", "Chủ đề", "en", "Topics"), Map.of()),
                new TaxonomyConfig(PROVINCE, "tinh", Map.of("vi", "Tỉnh, thành phố", "en", "Provinces"), Map.of()));
    }

    /** The heading in a language, falling back to Vietnamese, then to the name. */
    public String title(String language) {
        return titles.getOrDefault(language, titles.getOrDefault("vi", name));
    }
}
