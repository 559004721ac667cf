package vn.gazette.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.gazette.BuildRequest;
import vn.gazette.BuildResult;
import vn.gazette.StageReport;
import vn.gazette.problem.Message;
import vn.gazette.problem.Problem;

/**
 * {@code gazette build}: builds the site into the output folder, replacing it only when the build succeeds. Made by
 * picocli once per run; not shared between threads.
 */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Builds the site. Problems are printed as path:line:column; on any error nothing is published "
                + "and the previous output stays as it was.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the site was built", "1:the content or theme has errors (printed)",
                "2:wrong command line", "3:a file could not be read or written, or a bug"})
final class BuildCommand implements Callable<Integer> {

    private final Terminal terminal;

    @Spec
    private CommandSpec spec;

    @Mixin
    private SiteOptions site;

    @Option(names = "--output", paramLabel = "DIR", defaultValue = "site-output",
            description = "Where the site is written (default: ${DEFAULT-VALUE}).")
    private Path output;

    @Option(names = "--cache", paramLabel = "DIR",
            description = "The build cache: converted articles and what the last build published "
                    + "(default: .<output>.cache beside the output folder; always safe to delete).")
    private Path cache;

    @Option(names = "--no-cache", description = "Build everything from scratch and keep no cache.")
    private boolean noCache;

    @Option(names = {"-q", "--quiet"}, description = "Print only problems.")
    private boolean quiet;

    BuildCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!site.valid(err)) {
            return ExitCode.USAGE;
        }
        BuildRequest request = site.request(output, terminal.clock().instant());
        if (!noCache) {
            request = request.withCache(cache != null ? cache : BuildRequest.defaultCache(output));
        }
        if (!quiet) {
            request = request.withListener(new ProgressPrinter(out, err, terminal.interactive()));
        }
        SiteOptions.Outcome outcome = SiteOptions.run(request, err);
        if (outcome.result().isEmpty()) {
            return outcome.exitCode();
        }
        BuildResult result = outcome.result().get();
        Path base = Path.of("").toAbsolutePath();
        for (Problem problem : result.problems()) {
            err.println(problem.format(base, result.language()));
        }
        if (result.hasErrors()) {
            err.println(Message.of("cli.build.not-published", result.summaryText(), output).text(result.language()));
            return ExitCode.CONTENT_ERRORS;
        }
        if (!quiet) {
            out.println("Built " + result.pages() + " pages (" + result.files() + " files"
                    + (result.unchanged() > 0 ? ", " + result.unchanged() + " unchanged" : "") + ") into " + output + " in "
                    + StageReport.seconds(result.total()) + (result.problems().isEmpty() ? "." : "; " + result.summary() + "."));
        }
        return ExitCode.OK;
    }
}
