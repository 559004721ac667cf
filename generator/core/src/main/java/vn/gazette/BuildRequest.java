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
 */
public record BuildRequest(Path source, Path output, Optional<Path> theme, Optional<String> baseUrl,
        boolean includeDrafts, int threads) {

    public BuildRequest {
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
        return new BuildRequest(source, output, Optional.of(themeFolder), baseUrl, includeDrafts, threads);
    }

    public BuildRequest withBaseUrl(String url) {
        return new BuildRequest(source, output, theme, Optional.of(url), includeDrafts, threads);
    }

    public BuildRequest withDrafts(boolean drafts) {
        return new BuildRequest(source, output, theme, baseUrl, drafts, threads);
    }

    public BuildRequest withThreads(int count) {
        return new BuildRequest(source, output, theme, baseUrl, includeDrafts, count);
    }

    /** The number of workers to use. */
    public int workerCount() {
        return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }
}
