package vn.gazette.cli.serve;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@code gazette serve} was asked for. Immutable.
 *
 * @param source the content folder (site.yaml, articles)
 * @param theme  the theme folder; empty for the engine's default ({@code themes/default} beside the content
 *               folder, else the built-in theme)
 * @param port   the loopback port to listen on; 0 picks a free one
 * @param drafts whether {@code draft: true} articles are shown
 * @param future whether articles dated after the time of each build are shown
 * @param expired whether articles past their {@code expires} date are shown
 * @param output where the site is written; empty for a temporary folder deleted when the server stops
 */
public record ServeOptions(Path source, Optional<Path> theme, int port, boolean drafts, boolean future,
        boolean expired, Optional<Path> output) {

    /** The port editors know from Hugo; any free port works. */
    public static final int DEFAULT_PORT = 1313;

    public ServeOptions {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(output, "output");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port " + port);
        }
    }

    /** Serves {@code source} with the default theme, on {@code port}, into a temporary folder. */
    public static ServeOptions of(Path source, int port) {
        return new ServeOptions(source, Optional.empty(), port, false, false, false, Optional.empty());
    }

    /**
     * The theme folder whose changes should trigger a rebuild: the one given, else {@code themes/default} beside
     * the content folder when it exists (the engine's own rule); empty for the built-in theme, which cannot change.
     */
    Optional<Path> watchedTheme() {
        if (theme.isPresent()) {
            return theme;
        }
        Path beside = source.toAbsolutePath().normalize().resolveSibling("themes").resolve("default");
        return Files.isDirectory(beside) ? Optional.of(beside) : Optional.empty();
    }
}
