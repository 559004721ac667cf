package vn.gazette;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.gazette.publish.OutputFolder;

/**
 * A temporary folder an adapter builds a site into (the preview's output when none is given), made and deleted by
 * the core so that adapters need not reach into the publish stage. Stateless and thread-safe.
 */
public final class ScratchFolder {

    private ScratchFolder() {
    }

    /** A new empty folder in the system's temporary folder, named {@code prefix...}. */
    public static Path create(String prefix) throws IOException {
        return Files.createTempDirectory(prefix);
    }

    /** Deletes {@code folder} and everything in it, never following a symbolic link out of it. */
    public static void delete(Path folder) throws IOException {
        OutputFolder.deleteTree(folder);
    }
}
