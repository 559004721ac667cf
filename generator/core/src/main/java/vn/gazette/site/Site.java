package vn.gazette.site;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.gazette.config.SiteConfig;

/**
 * The assembled site: what will be published, in order. Immutable and thread-safe, shared by every rendering
 * worker.
 *
 * @param config   the settings
 * @param articles published articles, newest first (ties by URL, so the order never depends on the file system)
 * @param assets   files copied as they are
 * @param byUrl    every article by its site path
 */
public record Site(SiteConfig config, List<Article> articles, List<Asset> assets, Map<String, Article> byUrl) {

    /** The path segment of list pages after the first: {@code /trang/2/}. */
    public static final String PAGE_SEGMENT = "trang";

    public Site {
        Objects.requireNonNull(config, "config");
        articles = List.copyOf(articles);
        assets = List.copyOf(assets);
        byUrl = Map.copyOf(byUrl);
    }

    public Optional<Article> article(String url) {
        return Optional.ofNullable(byUrl.get(url));
    }

    /** The home page and its continuation pages: every article, newest first. */
    public List<Pager<Article>> homePages() {
        return Pager.paginate(articles, config.pageSize(), "/", PAGE_SEGMENT, true);
    }
}
