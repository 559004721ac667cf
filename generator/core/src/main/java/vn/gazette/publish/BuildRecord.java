package vn.gazette.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import vn.gazette.search.SearchIndex;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import vn.gazette.config.SiteConfig;
import vn.gazette.internal.Aside;
import vn.gazette.problem.Severity;

/**
 * What the build cache keeps of the last published build of an output folder: its manifest (every file's size,
 * hash and fingerprint) and the link marker beside it, which says that every link of that build led to a file of
 * it. Immutable.
 *
 * @param manifest the manifest file, if the build uses a cache
 */
public record BuildRecord(Optional<Path> manifest, SiteConfig config) {

    /** Where the cache keeps what the last build published into {@code output}. */
    public static Optional<Path> manifestFile(Optional<Path> cache, Path output) {
        return cache.map(folder -> folder.resolve("outputs").resolve(Long.toHexString(Manifest.hash(
                output.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8))) + ".manifest"));
    }

    /**
     * Where the cache keeps the session of that build ({@code vn.gazette.BuildSession}: the front matter it read,
     * what making its files learnt), beside its manifest.
     */
    public static Path sessionFile(Path manifest) {
        return manifest.resolveSibling(manifest.getFileName() + ".session");
    }

    /** Where the last look at the output for files no build wrote is kept ({@link OutputFolder#remembersScansIn}). */
    public static Path scanFile(Path manifest) {
        return manifest.resolveSibling(manifest.getFileName() + ".foreign");
    }

    /**
     * Whether the pages carried over from the last build can keep their link check: it found no broken link (the
     * marker beside its manifest says so: its links were errors, and it was published), and every file it published
     * is still there. A kept page is then as good as it was; otherwise each is read back and checked again.
     */
    boolean keptPagesStayClean(Manifest previous, Set<String> files) {
        if (config.brokenLinks() != Severity.ERROR || previous.size() == 0 || manifest.isEmpty()
                || !Files.exists(marker(manifest.get()))) {
            return false;
        }
        // the search index's files are known only at the end and not linked from pages (the script reads them), but
        // for the two the search page asks the browser to fetch early, which are always there
        long linkable = previous.paths().stream().filter(path -> !path.startsWith(SearchIndex.FOLDER)
                || SearchIndex.alwaysWritten().contains(path)).count();
        return files.stream().filter(path -> previous.get(path).isPresent()).count() == linkable;
    }

    /**
     * Writes the manifest of a build about to publish beside the cache's, on a thread of its own, while the output
     * folder is updated: {@link #publish} moves it in once the output is, and {@link #discard} throws it away.
     */
    Aside<Optional<Path>> writeAhead(Manifest published) {
        return Aside.start("gazette-manifest-write", () -> manifest.isEmpty() ? Optional.empty()
                : Optional.of(published.writeBeside(manifest.get())));
    }

    /** Moves in the manifest of a build that published, and writes the marker when its links were errors. */
    void publish(Aside<Optional<Path>> written) throws IOException {
        Optional<Path> file = written.get();
        if (file.isEmpty()) {
            return;
        }
        Manifest.moveIn(file.get(), manifest.orElseThrow());
        Path marker = marker(manifest.get());
        if (config.brokenLinks() == Severity.ERROR) {
            Files.writeString(marker, "every link of this build led to a file of it\n", StandardCharsets.UTF_8);
        } else {
            Files.deleteIfExists(marker);
        }
    }

    /** Throws away the manifest of a build that did not publish: the cache keeps the last one's. */
    void discard(Aside<Optional<Path>> written) {
        try {
            written.get();
        } catch (IOException | RuntimeException e) {
            // nothing to keep either way
        }
        manifest.ifPresent(file -> {
            try {
                Files.deleteIfExists(Manifest.beside(file));
            } catch (IOException e) {
                // never read: the next build's manifest is written over it
            }
        });
    }

    private static Path marker(Path manifest) {
        return manifest.resolveSibling(manifest.getFileName() + ".links");
    }
}
