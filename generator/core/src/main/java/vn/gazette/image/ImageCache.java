package vn.gazette.image;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The variants made from each source image, kept in a folder under a key made of a SHA-256 of the source's bytes and
 * of the settings the variants depend on: the same photo with the same settings is never resized twice, whatever its
 * name or place. An entry is written beside its final name and moved in at once, so a build stopped halfway leaves
 * no half entry. Thread-safe (entries are immutable once in place; two workers making the same one both succeed).
 */
final class ImageCache {

    /** Changes whenever the same source and settings could give other variant bytes. */
    static final String VERSION = "gazette-images-1";

    /** One cached variant: its size and the file holding its bytes. */
    record Entry(int width, int height, Path file) {
    }

    private final Path folder;
    private final String settingsKey;

    ImageCache(Path folder, String settingsKey) {
        this.folder = folder;
        this.settingsKey = VERSION + "|" + settingsKey;
    }

    String key(byte[] source) {
        MessageDigest sha = sha256();
        sha.update(settingsKey.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(source);
        return HexFormat.of().formatHex(sha.digest());
    }

    /** The variants cached for this key, narrowest first; empty when there is no complete entry. */
    Optional<List<Entry>> get(String key) throws IOException {
        Path entry = folder.resolve(key.substring(0, 2)).resolve(key);
        Path index = entry.resolve("index");
        if (!Files.isRegularFile(index)) {
            return Optional.empty();
        }
        List<Entry> entries = new ArrayList<>();
        for (String line : Files.readAllLines(index, StandardCharsets.UTF_8)) {
            String[] parts = line.split(" ");
            if (parts.length != 2) {
                return Optional.empty();
            }
            Path file = entry.resolve(parts[0]);
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            entries.add(new Entry(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), file));
        }
        return entries.isEmpty() ? Optional.empty() : Optional.of(entries);
    }

    /** Stores the variants under the key and returns them as cached. */
    List<Entry> put(String key, List<VariantMaker.Encoded> variants) throws IOException {
        Path parent = folder.resolve(key.substring(0, 2));
        Files.createDirectories(parent);
        Path staging = Files.createTempDirectory(parent, key + ".part-");
        StringBuilder index = new StringBuilder();
        for (VariantMaker.Encoded variant : variants) {
            Files.write(staging.resolve(String.valueOf(variant.width())), variant.bytes());
            index.append(variant.width()).append(' ').append(variant.height()).append('\n');
        }
        Files.writeString(staging.resolve("index"), index, StandardCharsets.UTF_8);
        Path entry = parent.resolve(key);
        try {
            Files.move(staging, entry, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException | java.nio.file.DirectoryNotEmptyException e) {
            deleteTree(staging); // another worker stored the same image first
        }
        return get(key).orElseThrow(() -> new IOException("the image cache entry " + entry + " could not be written"));
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var walk = Files.walk(root)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
