package vn.gazette;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What to build: the adapters (CLI, Maven plugin) turn their options into one of these.
 *
 * @param source        the content folder (site.yaml, articles)
 * @param output        the folder the site is published to; replaced as a whole on success
 * @param theme         the theme folder; empty for {@code themes/default} beside the content folder, or the
 *                      theme built into Gazette when there is none
 * @param baseUrl       overrides site.yaml's {@code baseUrl} (e.g. for a preview)
 * @param includeDrafts whether {@code draft: true} articles are published
 * @param threads       worker threads; 0 for one per processor
 * @param cache         the build cache folder (converted articles, what the last build published); empty for
 *                      none. Deleting it is always safe: the next build is then a full one.
 */
public record BuildRequest(Path source, Path output, Optional<Path> theme, Optional<String> baseUrl,
        boolean includeDrafts, int threads, Optional<Path> cache) {

    /** A request without a build cache. */
    public BuildRequest(Path source, Path output, Optional<Path> theme, Optional<String> baseUrl, boolean includeDrafts,
            int threads) {
        this(source, output, theme, baseUrl, includeDrafts, threads, Optional.empty());
    }

    public BuildRequest {
        Objects.requireNonNull(cache, "cache");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(baseUrl, "baseUrl");
        if (threads < 0) {
            throw new IllegalArgumentException("threads " + threads);
        }
    }

    /** The usual request: default theme lookup, no drafts, all processors. */
    public static BuildRequest of(Path source, Path output) {
        return new BuildRequest(source, output, Optional.empty(), Optional.empty(), false, 0);
    }

    public BuildRequest withTheme(Path themeFolder) {
        return new BuildRequest(source, output, Optional.of(themeFolder), baseUrl, includeDrafts, threads, cache);
    }

    public BuildRequest withBaseUrl(String url) {
        return new BuildRequest(source, output, theme, Optional.of(url), includeDrafts, threads, cache);
    }

    public BuildRequest withDrafts(boolean drafts) {
        return new BuildRequest(source, output, theme, baseUrl, drafts, threads, cache);
    }

    public BuildRequest withThreads(int count) {
        return new BuildRequest(source, output, theme, baseUrl, includeDrafts, count, cache);
    }

    public BuildRequest withCache(Path folder) {
        return new BuildRequest(source, output, theme, baseUrl, includeDrafts, threads, Optional.of(folder));
    }

    /**
     * The cache folder a build uses unless told otherwise: a hidden sibling of the output folder named after it
     * ({@code .site-output.cache} for {@code site-output}), beside the staging folders Gazette already writes there.
     */
    public static Path defaultCache(Path output) {
        Path out = output.toAbsolutePath().normalize();
        return out.resolveSibling("." + out.getFileName() + ".cache");
    }

    /** The number of workers to use. */
    public int workerCount() {
        return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }
}
