package vn.gazette.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.gazette.BuildResult;
import vn.gazette.problem.GithubAnnotation;
import vn.gazette.problem.Problem;

/**
 * {@code gazette check}: everything {@code build} checks (front matter, vocabulary, slugs, templates, links), without
 * publishing anything: the site is made in a temporary folder and thrown away, the output folder is never touched.
 * Made by picocli once per run; not shared between threads.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Checks the site as a build would (front matter, provinces, slugs, templates, links) without "
                + "publishing it. Problems are printed as path:line:column: error: message, or with --format github as "
                + "GitHub Actions annotations that show on the lines of a pull request. A summary ends the output."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no errors (warnings may have been printed)", "1:the content or theme has errors (printed)",
                "2:wrong command line", "3:a file could not be read, or a bug"})
final class CheckCommand implements Callable<Integer> {

    /** How problems are printed. */
    enum Format {
        /** {@code path:line:column: error: message}, as compilers print them. */
        plain,
        /** {@code ::error file=path,line=L,col=C::message}, GitHub Actions workflow commands. */
        github
    }

    private final Terminal terminal;

    @Spec
    private CommandSpec spec;

    @Mixin
    private SiteOptions site;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "plain",
            description = "How to print problems: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private Format format;

    CheckCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!site.valid(err)) {
            return ExitCode.USAGE;
        }
        // the output path is never used: a check publishes into a temporary folder of its own
        SiteOptions.Outcome outcome = SiteOptions.run(site.request(Path.of("site-output"), terminal.clock().instant())
                .withCheckOnly(true), err);
        if (outcome.result().isEmpty()) {
            return outcome.exitCode();
        }
        BuildResult result = outcome.result().get();
        Path base = Path.of("").toAbsolutePath();
        for (Problem problem : result.problems()) {
            out.println(format == Format.github ? GithubAnnotation.format(problem, base, result.language())
                    : problem.format(base, result.language()));
        }
        out.println(result.summary());
        return result.hasErrors() ? ExitCode.CONTENT_ERRORS : ExitCode.OK;
    }
}
