package vn.gazette.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Puts a large file of the build cache, written beside its place, into that place.
 *
 * <p>Not by moving it over the old file: on ext4 (mounted with {@code auto_da_alloc}, the default) a rename that
 * replaces a file makes the kernel start writing the new file's bytes out there and then, so that a crash does not
 * leave it empty; for the 17.5 MB session of a 10,000-article site, just written, that rename took 18 to 42 ms on the
 * benchmark machine. Instead the old file is first moved aside ({@code NAME.old}), the new one moved into the free
 * place (a rename that replaces nothing: 0.1 ms) and the old one deleted (6 to 7 ms with the disk's {@code discard}).
 * In between the place is empty for a moment: a build that reads it then, or after a crash, finds no session and
 * makes every page (the files moved in carry a checksum for the rest). The output's own files and the manifest,
 * which must survive a crash, are still moved over the old ones.
 */
public final class CacheFiles {

    private CacheFiles() {
    }

    /**
     * Moves {@code written} to {@code file}, replacing what is there, as described above; when that move fails, the
     * old file is put back.
     */
    public static void moveIn(Path written, Path file) throws IOException {
        Path old = file.resolveSibling(file.getFileName() + ".old");
        Files.deleteIfExists(old); // left by a build stopped between the two moves
        boolean moved;
        try {
            Files.move(file, old, StandardCopyOption.ATOMIC_MOVE);
            moved = true;
        } catch (NoSuchFileException e) {
            moved = false;
        }
        try {
            Files.move(written, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (moved) { // the old file goes back, as if nothing had been tried
                try {
                    Files.move(old, file, StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException again) {
                    e.addSuppressed(again);
                }
            }
            throw e;
        }
        if (moved) {
            Files.delete(old);
        }
    }
}
