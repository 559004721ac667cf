package vn.gazette.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.gazette.importer.ImportRequest;
import vn.gazette.importer.ImportResult;
import vn.gazette.importer.Importer;
import vn.gazette.problem.Message;
import vn.gazette.problem.Problem;

/**
 * {@code gazette import SOURCE... --into DIR}: turns captured pages (saved HTML, folders of them, plain-text
 * captures, WARC files) into draft articles. Maps the options to an {@link ImportRequest}, prints the problems and
 * the summary table; the core decides everything else. Made by picocli once per run; not shared between threads.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Imports captured pages of an old portal as draft articles (draft: true, with a source: record "
                + "and proposed conference facts). SOURCE is a saved .html page, a folder of them (with the images "
                + "saved beside them), a plain-text capture (.txt) or a WARC file (.warc, .warc.gz). Nothing is "
                + "fetched from the network and no file is overwritten: a capture imported before is skipped."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:imported (warnings may have been printed)", "1:some captures could not be imported (printed)",
                "2:wrong command line", "3:a file could not be read or written"})
final class ImportCommand implements Callable<Integer> {

    private final Terminal terminal;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "SOURCE", arity = "1..*", description = "Saved pages, folders, .txt captures, WARC files.")
    private List<Path> sources;

    @Option(names = "--into", paramLabel = "DIR", required = true,
            description = "The folder to write the articles in, e.g. content/articles/imported.")
    private Path into;

    @Option(names = "--report", paramLabel = "FILE", description = "Also write the report as JSON to FILE.")
    private Path report;

    @Option(names = "--update", description = "Update articles imported before, unless an editor has changed them "
            + "(then the new version is written beside the edited one).")
    private boolean update;

    @Option(names = "--recipes", paramLabel = "FILE", description = "A YAML file of per-portal recipes (CSS selectors "
            + "for title, date, body, author); they come before the built-in ones.")
    private Path recipes;

    @Option(names = "--content", paramLabel = "DIR", description = "The content folder whose provinces.yaml and "
            + "site.yaml are used (default: the nearest folder above --into that holds a site.yaml).")
    private Path content;

    ImportCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ImportRequest request = ImportRequest.of(sources, into, terminal.clock()).withUpdate(update);
        request = report == null ? request : request.withReport(report);
        request = recipes == null ? request : request.withRecipes(recipes);
        request = content == null ? request : request.withContentRoot(content);
        ImportResult result;
        try {
            result = Importer.run(request);
        } catch (IOException | UncheckedIOException e) {
            err.println(Message.of("cli.import.io", String.valueOf(e.getMessage())).text("vi"));
            return ExitCode.FAILURE;
        }
        Path base = Path.of("").toAbsolutePath();
        for (Problem problem : result.problems()) {
            out.println(problem.format(base, result.language()));
        }
        out.print(result.table());
        return result.hasErrors() ? ExitCode.CONTENT_ERRORS : ExitCode.OK;
    }
}
