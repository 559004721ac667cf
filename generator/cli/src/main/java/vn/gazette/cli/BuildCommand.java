package vn.gazette.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.gazette.BuildRequest;
import vn.gazette.BuildRequestException;
import vn.gazette.BuildResult;
import vn.gazette.Generator;
import vn.gazette.problem.Problem;

/** {@code gazette build}: builds the site into the output folder, replacing it only when the build succeeds. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Builds the site. Problems are printed as path:line:column; on any error nothing is published "
                + "and the previous output stays as it was.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the site was built", "1:the content or theme has errors (printed)",
                "2:wrong command line", "3:a file could not be read or written, or a bug"})
final class BuildCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--source", paramLabel = "DIR", defaultValue = "content",
            description = "The content folder: site.yaml and the articles (default: ${DEFAULT-VALUE}).")
    private Path source;

    @Option(names = "--output", paramLabel = "DIR", defaultValue = "site-output",
            description = "Where the site is written (default: ${DEFAULT-VALUE}).")
    private Path output;

    @Option(names = "--theme", paramLabel = "DIR",
            description = "The theme folder (default: themes/default beside the content folder, else the built-in theme).")
    private Path theme;

    @Option(names = "--base-url", paramLabel = "URL", description = "Overrides baseUrl from site.yaml.")
    private String baseUrl;

    @Option(names = "--drafts", description = "Also publish articles marked draft: true.")
    private boolean drafts;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "0",
            description = "Worker threads (default: one per processor).")
    private int threads;

    @Option(names = "--cache", paramLabel = "DIR",
            description = "The build cache: converted articles and what the last build published "
                    + "(default: .<output>.cache beside the output folder; always safe to delete).")
    private Path cache;

    @Option(names = "--no-cache", description = "Build everything from scratch and keep no cache.")
    private boolean noCache;

    @Option(names = {"-q", "--quiet"}, description = "Print only problems.")
    private boolean quiet;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (threads < 0) {
            err.println("gazette: --threads must be 0 or more");
            return ExitCode.USAGE;
        }
        BuildRequest request = new BuildRequest(source, output, Optional.ofNullable(theme), Optional.ofNullable(baseUrl),
                drafts, threads, noCache ? Optional.empty() : Optional.of(cache != null ? cache
                        : BuildRequest.defaultCache(output)));
        BuildResult result;
        try {
            result = Generator.create().build(request);
        } catch (BuildRequestException e) {
            err.println("gazette: " + e.getMessage());
            return ExitCode.USAGE;
        } catch (IOException | java.io.UncheckedIOException e) {
            err.println("gazette: cannot read or write a file: " + e);
            return ExitCode.FAILURE;
        }
        Path base = Path.of("").toAbsolutePath();
        for (Problem problem : result.problems()) {
            err.println(problem.format(base));
        }
        if (result.hasErrors()) {
            err.println(summary(result) + "; nothing was published (" + output + " is unchanged).");
            return ExitCode.CONTENT_ERRORS;
        }
        if (!quiet) {
            out.println("Built " + result.pages() + " pages (" + result.files() + " files"
                    + (result.unchanged() > 0 ? ", " + result.unchanged() + " unchanged" : "") + ") into " + output + " in "
                    + seconds(result.total()) + (result.warningCount() > 0 ? ", " + result.warningCount() + " warning"
                    + (result.warningCount() == 1 ? "" : "s") : "") + ".");
            out.println(stages(result.timings()));
        }
        return ExitCode.OK;
    }

    private static String summary(BuildResult result) {
        long errors = result.errorCount();
        long warnings = result.warningCount();
        return errors + " error" + (errors == 1 ? "" : "s") + (warnings > 0 ? ", " + warnings + " warning"
                + (warnings == 1 ? "" : "s") : "");
    }

    static String stages(Map<String, Duration> timings) {
        StringBuilder line = new StringBuilder("Stages:");
        timings.forEach((stage, time) -> line.append(' ').append(stage).append(' ').append(seconds(time)));
        return line.toString();
    }

    static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.2f s", duration.toNanos() / 1e9);
    }
}
