package vn.gazette.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import vn.gazette.internal.ByteInput;
import vn.gazette.internal.ByteOutput;
import vn.gazette.internal.Digest;
import vn.gazette.internal.LongText;

/**
 * What the last build published: every output file's size and a 64-bit hash of its bytes, kept in the build
 * cache. The next build compares against it and leaves a file untouched when its bytes did not change (deploy
 * tools that compare files then move only the changed ones). Thread-safe for concurrent {@link #put}.
 */
public final class Manifest {

    private static final int FORMAT = 3;
    /** The fewest bytes an entry takes in the file: its path's length and three longs (an empty path). */
    private static final int ENTRY_BYTES = 4 + 3 * Long.BYTES;

    /**
     * One published file.
     *
     * @param size        its length in bytes
     * @param hash        a hash of its bytes
     * @param fingerprint a digest of what the file was made from (0 when not known): the same fingerprint means
     *                    the same bytes, so the file need not even be made again
     */
    public record Entry(long size, long hash, long fingerprint) {
    }

    private final Map<String, Entry> entries;
    /** Its paths in the order of its file, when it was read from one or written to one (sorted); null otherwise. */
    private volatile String[] inOrder;
    /** A manifest whose order {@link #write} takes when it lists the same paths (the last build's). */
    private volatile Manifest like;
    /** How many of its paths {@link #like} does not list, counted as they are put. */
    private final AtomicInteger unlisted = new AtomicInteger();
    /** The folders its paths are in, once asked for ({@link #folders}). */
    private ForeignFiles.Folders folders;

    private Manifest(int expected) {
        // sized for the paths it will hold: 25,817 at 10,000 articles, and a table grown from 16 is copied 11 times
        entries = new ConcurrentHashMap<>(expected);
    }

    public static Manifest empty() {
        return new Manifest(16);
    }

    /** An empty manifest sized for {@code expected} paths (a build's, as many as the last build published). */
    public static Manifest sizedFor(int expected) {
        return new Manifest(Math.max(16, expected));
    }

    /** Two independent 32-bit CRCs (both computed by CPU instructions), so a false match is about 1 in 2^64. */
    public static long hash(byte[] bytes) {
        return Digest.of(bytes);
    }

    public Optional<Entry> get(String path) {
        return Optional.ofNullable(entries.get(path));
    }

    public void put(String path, Entry entry) {
        Manifest last = like;
        if (entries.put(path, entry) == null && (last == null || !last.entries.containsKey(path))) {
            unlisted.incrementAndGet();
        }
    }

    /**
     * Whether it lists exactly the paths of the manifest it is ordered like ({@link #orderLike}), told by counting
     * as paths are put instead of comparing 25,000 of them (a rebuild that changed no file's path). Ask once every
     * path is put.
     */
    boolean listsSamePaths() {
        Manifest last = like;
        return last != null && unlisted.get() == 0 && entries.size() == last.entries.size();
    }

    /**
     * The folders its paths are in, each after the one it is in ({@link ForeignFiles.Folders}): worked out once, and
     * taken from the manifest it is ordered like when that lists the same paths. Asked once every path is
     * put.
     */
    synchronized ForeignFiles.Folders folders() {
        if (folders == null) {
            folders = listsSamePaths() ? like.folders() : ForeignFiles.Folders.of(paths());
        }
        return folders;
    }

    /**
     * Works out the folders of its paths now ({@link #folders}), on the caller's thread, once: the last build's
     * manifest, taken beside the scan of the source, so that the build does not do it as it publishes.
     */
    public Manifest withFolders() {
        folders();
        return this;
    }

    /**
     * Lets go of the manifest it was ordered like, once it is written and its site is in place: a process that
     * keeps it for the next build (the preview server) does not keep every earlier one with it.
     */
    void settle() {
        like = null;
    }

    public int size() {
        return entries.size();
    }

    /** Its paths sorted, as its file lists them, when it was read from one or written to one; null otherwise. */
    String[] sortedPaths() {
        return inOrder;
    }

    /** Every path it lists. */
    public java.util.Set<String> paths() {
        return java.util.Collections.unmodifiableSet(entries.keySet());
    }

    /** Reads a manifest; a missing or unreadable one is empty (the build then writes every file). */
    public static Manifest read(Path file) {
        try (ByteInput in = ByteInput.of(Files.newInputStream(file))) {
            // no path is longer than the file: a bigger count means a damaged file, not a reason to allocate it
            int limit = (int) Math.min(Files.size(file), Integer.MAX_VALUE - 16);
            if (in.readInt() != FORMAT) {
                return empty();
            }
            int count = in.readInt();
            if (count < 0 || count > limit / ENTRY_BYTES) {
                return empty();
            }
            Manifest manifest = new Manifest(count);
            String[] paths = new String[count];
            for (int i = 0; i < count; i++) {
                paths[i] = LongText.read(in, limit);
                manifest.entries.put(paths[i], new Entry(in.readLong(), in.readLong(), in.readLong()));
            }
            manifest.inOrder = paths;
            return manifest;
        } catch (IOException e) {
            return empty(); // missing (NoSuchFileException) or unreadable
        }
    }

    /** Writes the manifest atomically, sorted so the same site gives the same file. */
    public void write(Path file) throws IOException {
        moveIn(writeBeside(file), file);
    }

    /**
     * Writes the manifest beside {@code file}, sorted as {@link #write} does, for {@link #moveIn} to move over it:
     * until then, a reader finds the last one.
     *
     * @return the file written
     */
    public Path writeBeside(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Path temporary = beside(file);
        try (ByteOutput out = ByteOutput.to(Files.newOutputStream(temporary))) {
            out.writeInt(FORMAT);
            String[] sorted = sameOrderAsLike();
            if (sorted == null) {
                // sorted as an array, not a TreeMap of every path: a rebuild of the preview writes it each time
                sorted = entries.keySet().toArray(String[]::new);
                java.util.Arrays.sort(sorted);
            }
            out.writeInt(sorted.length);
            for (String path : sorted) {
                Entry entry = entries.get(path);
                LongText.write(out, path);
                out.writeLong(entry.size());
                out.writeLong(entry.hash());
                out.writeLong(entry.fingerprint());
            }
            inOrder = sorted;
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
        return temporary;
    }

    /** Moves a manifest {@link #writeBeside} wrote over {@code file}, in one step. */
    public static void moveIn(Path written, Path file) throws IOException {
        Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Where {@link #writeBeside} writes a manifest for {@code file}. */
    static Path beside(Path file) {
        return file.resolveSibling(file.getFileName() + ".tmp");
    }

    /**
     * Writes this manifest, when it lists the same paths as {@code last} (read from the last build's file), in that
     * file's order, which is sorted, instead of sorting its paths again (25,817 of them at 10,000 articles, a build
     * after one edit and each rebuild of the preview).
     */
    public void orderLike(Manifest last) {
        like = last;
        unlisted.set((int) entries.keySet().stream().filter(path -> !last.entries.containsKey(path)).count());
    }

    /** The order of the file of the manifest it is ordered like, if it lists exactly the same paths; else null. */
    private String[] sameOrderAsLike() {
        Manifest last = like;
        String[] order = last == null ? null : last.inOrder;
        if (order == null || order.length != last.entries.size() || !listsSamePaths()) {
            return null; // not read from or written to a file, one that named a path twice, or other paths
        }
        return order;
    }
}
