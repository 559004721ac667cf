package vn.gazette.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import vn.gazette.Generator;

/**
 * {@code java -jar gazette.jar <verb> ...}: the command-line adapter. It maps options to a request, calls the
 * core, prints problems and maps the outcome to an {@link ExitCode}; it decides nothing about content.
 */
@Command(name = "gazette", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Builds a static website from a folder of Markdown articles.")
public final class Main {

    /** The verbs that build (see {@link #builds}). */
    private static final Set<String> BUILDING_VERBS = Set.of("build", "check", "serve");
    /** Options that make any verb print its help or the version instead of running. */
    private static final Set<String> ASKING = Set.of("-h", "--help", "-V", "--version");

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8), Clock.systemUTC(), System.console() != null));
    }

    /** Runs a command line with the given output streams and returns its exit code (used by tests too). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, Clock.systemUTC(), false);
    }

    /**
     * Runs a command line as of the time of {@code clock} (today's date for {@code new}, the build time that decides
     * which articles are scheduled or expired).
     *
     * @param interactive whether a person watches at a terminal: only then is a progress bar drawn
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Clock clock, boolean interactive) {
        if (builds(args)) {
            Generator.warmUp();
        }
        Terminal terminal = new Terminal(clock, interactive);
        CommandLine commandLine = new CommandLine(new Main());
        // made here rather than by picocli: the commands that read the time or draw on the terminal get it given
        commandLine.addSubcommand("build", new BuildCommand(terminal));
        commandLine.addSubcommand("check", new CheckCommand(terminal));
        commandLine.addSubcommand("new", new NewCommand(terminal));
        commandLine.addSubcommand("serve", new ServeCommand());
        commandLine.addSubcommand("import", new ImportCommand(terminal));
        commandLine.addSubcommand("help", new CommandLine.HelpCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExitCodeExceptionMapper(e -> ExitCode.FAILURE);
        commandLine.setParameterExceptionHandler((e, arguments) -> {
            err.println("gazette: " + e.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
            err.println("Run 'java -jar gazette.jar " + (e.getCommandLine().getCommandName().equals("gazette") ? ""
                    : e.getCommandLine().getCommandName() + " ") + "--help' for the options.");
            return ExitCode.USAGE;
        });
        commandLine.setExecutionExceptionHandler((e, cmd, parseResult) -> {
            err.println("gazette: internal error: " + e);
            err.println("This is a bug in Gazette; please report it with the command you ran.");
            return ExitCode.FAILURE;
        });
        if (args.length == 0) {
            commandLine.usage(err);
            return ExitCode.USAGE;
        }
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /**
     * Whether the command line asks for a build ({@code build}, {@code check} or {@code serve}, without asking for
     * help or the version): then the libraries every build sets up once are set up while picocli reads the options,
     * which takes a tenth of a second before the build can begin (see {@link Generator#warmUp}).
     */
    static boolean builds(String[] args) {
        return args.length > 0 && BUILDING_VERBS.contains(args[0]) && Arrays.stream(args).noneMatch(ASKING::contains);
    }

}
