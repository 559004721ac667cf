package vn.gazette.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.gazette.NewArticle;
import vn.gazette.problem.Message;
import vn.gazette.problem.Problem;

/**
 * {@code gazette new "Tiêu đề"}: starts an article at {@code articles/<year>/<slug>.md} with complete front matter,
 * dated today in the site's time zone, through {@link NewArticle} (which holds the rules); prints what it says in the
 * site's language. Made by picocli once per run; not shared between threads.
 */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = {"Creates articles/YEAR/SLUG.md in the content folder with complete front matter: the title, "
                + "today's date in the site's time zone, the province (checked against provinces.yaml), and the optional "
                + "fields as comments to fill in. The slug comes from the title. An existing file is never replaced."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the article was created", "1:the file exists already (nothing was written; choose another "
                + "--slug), or site.yaml has errors (printed)", "2:wrong command line (no site.yaml, an unknown "
                + "province, a bad slug or date)", "3:a file could not be read or written"})
final class NewCommand implements Callable<Integer> {

    private final Terminal terminal;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TITLE", description = "The article's headline, in quotes.")
    private String title;

    @Option(names = "--source", paramLabel = "DIR", defaultValue = "content",
            description = "The content folder: site.yaml and the articles (default: ${DEFAULT-VALUE}).")
    private Path source;

    @Option(names = "--province", paramLabel = "NAME", description = "The province the article is about.")
    private String province;

    @Option(names = "--conference", description = "Add a conference block to fill in (for a conference or training).")
    private boolean conference;

    @Option(names = "--slug", paramLabel = "SLUG", description = "The file name and last part of the address "
            + "(default: from the title).")
    private String slug;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The article's date (default: today in the "
            + "site's time zone).")
    private String date;

    @Option(names = "--draft", description = "Mark it draft: true, so it is not published until you change that.")
    private boolean draft;

    NewCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        NewArticle.Result result;
        try {
            result = NewArticle.create(new NewArticle.Request(source, title, Optional.ofNullable(province),
                    Optional.ofNullable(slug), Optional.ofNullable(date), conference, draft), terminal.clock());
        } catch (IOException e) {
            err.println("gazette: " + Message.of("cli.io-error", e.toString()).text("en"));
            return ExitCode.FAILURE;
        }
        Path base = Path.of("").toAbsolutePath();
        for (Problem problem : result.problems()) {
            err.println(problem.format(base, result.language()));
        }
        switch (result.status()) {
            case CREATED:
                out.println(result.text());
                return ExitCode.OK;
            case REFUSED:
                err.println("gazette: " + result.text());
                return ExitCode.USAGE;
            default:
                err.println("gazette: " + result.text());
                return ExitCode.CONTENT_ERRORS;
        }
    }
}
