package vn.gazette;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What to build: the adapters (CLI, Maven plugin) turn their options into one of these. Immutable.
 *
 * @param source         the content folder (site.yaml, articles)
 * @param output         the folder the site is published to; replaced as a whole on success
 * @param theme          the theme folder; empty for {@code themes/default} beside the content folder, or the
 *                       theme built into Gazette when there is none
 * @param baseUrl        overrides site.yaml's {@code baseUrl} (e.g. for a preview)
 * @param includeDrafts  whether {@code draft: true} articles are published
 * @param threads        worker threads; 0 for one per processor
 * @param cache          the build cache folder (converted articles, what the last build published); empty for
 *                       none. Deleting it is always safe: the next build is then a full one.
 * @param now            the build time: articles dated after it are scheduled, articles whose {@code expires} is
 *                       not after it have expired. The engine never reads the clock itself; the adapters take
 *                       {@link Instant#now()}, tests a fixed instant.
 * @param includeFuture  whether articles dated after {@code now} are published
 * @param includeExpired whether articles past their {@code expires} date are published
 * @param checkOnly      check everything a build checks (links included) without publishing: the site is made
 *                       in a temporary folder that is deleted afterwards, the output folder and the cache are
 *                       never touched
 * @param listener       told as each stage finishes; {@link BuildListener#SILENT} by default
 */
public record BuildRequest(Path source, Path output, Optional<Path> theme, Optional<String> baseUrl,
        boolean includeDrafts, int threads, Optional<Path> cache, Instant now, boolean includeFuture,
        boolean includeExpired, boolean checkOnly, BuildListener listener) {

    /** A request without a build cache, built as of now. */
    public BuildRequest(Path source, Path output, Optional<Path> theme, Optional<String> baseUrl, boolean includeDrafts,
            int threads) {
        this(source, output, theme, baseUrl, includeDrafts, threads, Optional.empty());
    }

    /** A request built as of now, publishing neither future nor expired articles, silently. */
    public BuildRequest(Path source, Path output, Optional<Path> theme, Optional<String> baseUrl, boolean includeDrafts,
            int threads, Optional<Path> cache) {
        this(source, output, theme, baseUrl, includeDrafts, threads, cache, Instant.now(), false, false, false,
                BuildListener.SILENT);
    }

    public BuildRequest {
        Objects.requireNonNull(cache, "cache");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(listener, "listener");
        if (threads < 0) {
            throw new IllegalArgumentException("threads " + threads);
        }
    }

    /** The usual request: default theme lookup, no drafts, all processors, as of now. */
    public static BuildRequest of(Path source, Path output) {
        return new BuildRequest(source, output, Optional.empty(), Optional.empty(), false, 0);
    }

    public BuildRequest withTheme(Path themeFolder) {
        return new BuildRequest(source, output, Optional.of(themeFolder), baseUrl, includeDrafts, threads, cache, now,
                includeFuture, includeExpired, checkOnly, listener);
    }

    public BuildRequest withBaseUrl(String url) {
        return new BuildRequest(source, output, theme, Optional.of(url), includeDrafts, threads, cache, now,
                includeFuture, includeExpired, checkOnly, listener);
    }

    public BuildRequest withDrafts(boolean drafts) {
        return new BuildRequest(source, output, theme, baseUrl, drafts, threads, cache, now, includeFuture,
                includeExpired, checkOnly, listener);
    }

    public BuildRequest withThreads(int count) {
        return new BuildRequest(source, output, theme, baseUrl, includeDrafts, count, cache, now, includeFuture,
                includeExpired, checkOnly, listener);
    }

    public BuildRequest withCache(Path folder) {
        return new BuildRequest(source, output, theme, baseUrl, includeDrafts, threads, Optional.of(folder), now,
                includeFuture, includeExpired, checkOnly, listener);
    }

    /** The same request as of another build time. */
    public BuildRequest withNow(Instant time) {
        return new BuildRequest(source, output, theme, baseUrl, includeDrafts, threads, cache, time, includeFuture,
                includeExpired, checkOnly, listener);
    }

    public BuildRequest withFuture(boolean future) {
        return new BuildRequest(source, output, theme, baseUrl, includeDrafts, threads, cache, now, future,
                includeExpired, checkOnly, listener);
    }

    public BuildRequest withExpired(boolean expired) {
        return new BuildRequest(source, output, theme, baseUrl, includeDrafts, threads, cache, now, includeFuture,
                expired, checkOnly, listener);
    }

    /** A check: everything is built and checked, nothing is published (see {@link #checkOnly}). */
    public BuildRequest withCheckOnly(boolean check) {
        return new BuildRequest(source, output, theme, baseUrl, includeDrafts, threads, cache, now, includeFuture,
                includeExpired, check, listener);
    }

    public BuildRequest withListener(BuildListener to) {
        return new BuildRequest(source, output, theme, baseUrl, includeDrafts, threads, cache, now, includeFuture,
                includeExpired, checkOnly, to);
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
