package vn.gazette.publish;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import vn.gazette.internal.Digest;
import vn.gazette.internal.LongText;

/**
 * What the last build published: every output file's size and a 64-bit hash of its bytes, kept in the build
 * cache. The next build compares against it and leaves a file untouched when its bytes did not change (deploy
 * tools that compare files then move only the changed ones). Thread-safe for concurrent {@link #put}.
 */
public final class Manifest {

    private static final int FORMAT = 3;

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

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    public static Manifest empty() {
        return new Manifest();
    }

    /** Two independent 32-bit CRCs (both computed by CPU instructions), so a false match is about 1 in 2^64. */
    public static long hash(byte[] bytes) {
        return Digest.of(bytes);
    }

    public Optional<Entry> get(String path) {
        return Optional.ofNullable(entries.get(path));
    }

    public void put(String path, Entry entry) {
        entries.put(path, entry);
    }

    public int size() {
        return entries.size();
    }

    /** Every path it lists. */
    public java.util.Set<String> paths() {
        return java.util.Collections.unmodifiableSet(entries.keySet());
    }

    /** Reads a manifest; a missing or unreadable one is empty (the build then writes every file). */
    public static Manifest read(Path file) {
        Manifest manifest = new Manifest();
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            // no path is longer than the file: a bigger count means a damaged file, not a reason to allocate it
            int limit = (int) Math.min(Files.size(file), Integer.MAX_VALUE - 16);
            if (in.readInt() != FORMAT) {
                return manifest;
            }
            int count = in.readInt();
            for (int i = 0; i < count; i++) {
                manifest.entries.put(LongText.read(in, limit), new Entry(in.readLong(), in.readLong(), in.readLong()));
            }
            return manifest;
        } catch (NoSuchFileException e) {
            return manifest;
        } catch (IOException e) {
            return new Manifest();
        }
    }

    /** Writes the manifest atomically, sorted so the same site gives the same file. */
    public void write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temporary)))) {
            out.writeInt(FORMAT);
            // sorted as an array, not a TreeMap of every path: a rebuild of the preview writes it each time
            @SuppressWarnings("unchecked")
            Map.Entry<String, Entry>[] sorted = entries.entrySet().toArray(Map.Entry[]::new);
            java.util.Arrays.sort(sorted, Map.Entry.comparingByKey());
            out.writeInt(sorted.length);
            for (Map.Entry<String, Entry> entry : sorted) {
                LongText.write(out, entry.getKey());
                out.writeLong(entry.getValue().size());
                out.writeLong(entry.getValue().hash());
                out.writeLong(entry.getValue().fingerprint());
            }
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
