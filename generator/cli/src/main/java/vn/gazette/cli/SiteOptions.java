package vn.gazette.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import picocli.CommandLine.Option;
import vn.gazette.BuildRequest;
import vn.gazette.BuildRequestException;
import vn.gazette.BuildResult;
import vn.gazette.Generator;

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

    /** The result of running a build from the command line: the build's result, or the exit code of a failure. */
    record Outcome(Optional<BuildResult> result, int exitCode) {
    }

    /** Whether the options make sense together; if not, says why on {@code err}. */
    boolean valid(PrintWriter err) {
        if (threads < 0) {
            err.println("gazette: --threads must be 0 or more");
            return false;
        }
        return true;
    }

    /**
     * Runs a build; a request that cannot be carried out (exit code 2) or a file that cannot be read or written
     * (exit code 3) is reported on {@code err} in one line, without a stack trace.
     */
    static Outcome run(BuildRequest request, PrintWriter err) {
        try {
            return new Outcome(Optional.of(Generator.create().build(request)), ExitCode.OK);
        } catch (BuildRequestException e) {
            err.println("gazette: " + e.localized());
            return new Outcome(Optional.empty(), ExitCode.USAGE);
        } catch (IOException | UncheckedIOException e) {
            err.println("gazette: cannot read or write a file: " + e);
            return new Outcome(Optional.empty(), ExitCode.FAILURE);
        }
    }

    /** A request for these options, building into {@code output} as of {@code now}. */
    BuildRequest request(Path output, Instant now) {
        BuildRequest request = new BuildRequest(source, output, Optional.ofNullable(theme), Optional.ofNullable(baseUrl),
                drafts, threads);
        return request.withFuture(future).withExpired(expired).withNow(now);
    }
}
