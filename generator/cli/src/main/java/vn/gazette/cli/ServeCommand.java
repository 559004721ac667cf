package vn.gazette.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.gazette.BuildRequestException;
import vn.gazette.cli.serve.PreviewServer;
import vn.gazette.cli.serve.ServeOptions;

/**
 * {@code gazette serve}: previews the site on this computer, rebuilding it and reloading open pages after each
 * change. Runs until Ctrl+C. Picocli makes one per run; not shared between threads.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Builds the site and serves it at http://127.0.0.1:PORT/ (this computer only). Saving an article, "
                + "a theme file or site.yaml rebuilds the site and reloads the open pages. When a build fails, the last "
                + "good site stays served and the pages show the problems until they are fixed."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped with Ctrl+C", "2:wrong command line, or the port is already in use",
                "3:a file could not be read or written, or a bug"})
final class ServeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--source", paramLabel = "DIR", defaultValue = "content",
            description = "The content folder: site.yaml and the articles (default: ${DEFAULT-VALUE}).")
    private Path source;

    @Option(names = "--theme", paramLabel = "DIR",
            description = "The theme folder (default: themes/default beside the content folder, else the built-in theme).")
    private Path theme;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "" + ServeOptions.DEFAULT_PORT,
            description = "The port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    private int port;

    @Option(names = "--drafts", description = "Also show articles marked draft: true.")
    private boolean drafts;

    @Option(names = "--future", description = "Also show articles dated in the future (scheduled).")
    private boolean future;

    @Option(names = "--expired", description = "Also show articles whose 'expires' date has passed.")
    private boolean expired;

    @Option(names = "--output", paramLabel = "DIR",
            description = "Where the preview is built (default: a temporary folder, deleted when the server stops).")
    private Path output;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535) {
            err.println("gazette: --port must be between 0 and 65535, not " + port);
            return ExitCode.USAGE;
        }
        ServeOptions options = new ServeOptions(source, Optional.ofNullable(theme), port, drafts, future, expired,
                Optional.ofNullable(output));
        PreviewServer server;
        try {
            server = PreviewServer.start(options, out, err);
        } catch (BindException e) {
            err.println("gazette: cannot listen on 127.0.0.1:" + port + ": " + (String.valueOf(e.getMessage()).contains("in use")
                    ? "the port is already in use by another program (another 'gazette serve'?). Stop it, or choose "
                    + "another port with --port, e.g. --port " + (port == 65535 ? 1313 : port + 1) + "."
                    : e.getMessage() + ". Choose another port with --port."));
            return ExitCode.USAGE;
        } catch (BuildRequestException e) {
            err.println("gazette: " + e.localized());
            return ExitCode.USAGE;
        } catch (IOException | UncheckedIOException e) {
            err.println("gazette: cannot read or write a file: " + e.getMessage());
            return ExitCode.FAILURE;
        }
        Thread stop = new Thread(() -> {
            out.println("Stopping the preview.");
            server.close();
            out.flush();
        }, "gazette-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        try {
            server.awaitClose();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            server.close();
        }
        return ExitCode.OK;
    }
}
