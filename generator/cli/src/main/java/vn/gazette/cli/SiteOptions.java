package vn.gazette.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import picocli.CommandLine.Option;
import vn.gazette.BuildRequest;

/**
 * The options {@code build} and {@code check} share: what to build and which articles to let in. A picocli mixin,
 * filled once per run; not shared between threads.
 */
final class SiteOptions {

    @Option(names = "--source", paramLabel = "DIR", defaultValue = "content",
            description = "The content folder: site.yaml and the articles (default: ${DEFAULT-VALUE}).")
    Path source;

    @Option(names = "--theme", paramLabel = "DIR",
            description = "The theme folder (default: themes/default beside the content folder, else the built-in theme).")
    Path theme;

    @Option(names = "--base-url", paramLabel = "URL", description = "Overrides baseUrl from site.yaml.")
    String baseUrl;

    @Option(names = "--drafts", description = "Also publish articles marked draft: true.")
    boolean drafts;

    @Option(names = "--future", description = "Also publish articles dated in the future (scheduled).")
    boolean future;

    @Option(names = "--expired", description = "Also publish articles whose 'expires' date has passed.")
    boolean expired;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "0",
            description = "Worker threads (default: one per processor).")
    int threads;

    /** A request for these options, building into {@code output} as of {@code now}. */
    BuildRequest request(Path output, Instant now) {
        BuildRequest request = new BuildRequest(source, output, Optional.ofNullable(theme), Optional.ofNullable(baseUrl),
                drafts, threads);
        return request.withFuture(future).withExpired(expired).withNow(now);
    }
}
