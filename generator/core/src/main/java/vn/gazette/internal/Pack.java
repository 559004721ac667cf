package vn.gazette.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Entries of bytes kept in the build cache between builds, each found by a 64-bit key (a {@link Digest} of what the
 * entry was made from, so a changed input simply misses). The caches of converted bodies and of search documents
 * keep theirs in one each.
 *
 * <p>Entries live in an append-only pack file ({@code name.pack}) with a small index beside it ({@code name.idx});
 * every entry starts with its key, so a stale index pointing at the wrong bytes is noticed, not trusted. The index a
 * build writes keeps only the entries that build used, and the pack is compacted when more than half of it is
 * garbage. Any unreadable part is treated as missing. Thread-safe: lookups read at positions, additions append under
 * a lock.
 */
public final class Pack implements AutoCloseable {

    private static final int KEY_BYTES = Long.BYTES;
    /** What an entry of the index file takes: its key, its offset in the pack and its length. */
    private static final int SLOT_BYTES = Long.BYTES + Long.BYTES + Integer.BYTES;

    private record Slot(long offset, int length) {
    }

    private final Path folder;
    private final String name;
    private final int format;
    private final Map<Long, Slot> known;
    /** The entries this build used: most of those known, in a build that changes little. */
    private final Map<Long, Slot> used;
    private final FileChannel pack;
    private long end;

    private Pack(Path folder, String name, int format, Map<Long, Slot> known, FileChannel pack) throws IOException {
        this.folder = folder;
        this.name = name;
        this.format = format;
        this.known = known;
        this.used = new ConcurrentHashMap<>(Math.max(16, known.size()));
        this.pack = pack;
        this.end = pack == null ? 0 : pack.size();
    }

    /** A pack that holds nothing and keeps nothing. */
    public static Pack none() {
        try {
            return new Pack(null, "", 0, new ConcurrentHashMap<>(), null);
        } catch (IOException e) {
            throw new IllegalStateException(e); // nothing is read without a file
        }
    }

    /**
     * Opens the pack {@code name} in {@code folder}; one written in another {@code format} is empty.
     */
    public static Pack open(Path folder, String name, int format) throws IOException {
        Files.createDirectories(folder);
        FileChannel pack = FileChannel.open(folder.resolve(name + ".pack"), StandardOpenOption.CREATE,
                StandardOpenOption.READ, StandardOpenOption.WRITE);
        Map<Long, Slot> known = readIndex(folder.resolve(name + ".idx"), format, pack.size());
        if (known.isEmpty()) {
            pack.truncate(0);
        }
        return new Pack(folder, name, format, known, pack);
    }

    /** The index's entries; those past the end of the pack (a pack cut short) are left out. */
    private static Map<Long, Slot> readIndex(Path file, int format, long packSize) {
        try (ByteInput in = ByteInput.of(Files.newInputStream(file))) {
            if (in.readInt() != format) {
                return new ConcurrentHashMap<>();
            }
            int count = in.readInt();
            // sized for its entries (20 bytes each in the file), so that the table is not grown and copied as it fills
            long most = Math.max(0, (Files.size(file) - 2 * Integer.BYTES) / SLOT_BYTES);
            Map<Long, Slot> slots = new ConcurrentHashMap<>((int) Math.max(16, Math.min(count, most)));
            for (int i = 0; i < count; i++) {
                long key = in.readLong();
                Slot slot = new Slot(in.readLong(), in.readInt());
                if (slot.offset() >= 0 && slot.length() >= KEY_BYTES && slot.offset() + slot.length() <= packSize) {
                    slots.put(key, slot);
                }
            }
            return slots;
        } catch (IOException e) {
            return new ConcurrentHashMap<>();
        }
    }

    /** Whether the pack holds an entry for {@code key}; if so it is kept for the next build, read or not. */
    public boolean has(long key) {
        if (pack == null) {
            return false;
        }
        return slot(key) != null;
    }

    /** The bytes of the entry for {@code key} (without the key), if it is there and can be read. */
    public Optional<byte[]> get(long key) {
        if (pack == null) {
            return Optional.empty();
        }
        Slot slot = slot(key);
        if (slot == null) {
            return Optional.empty();
        }
        try {
            ByteBuffer buffer = ByteBuffer.allocate(slot.length());
            while (buffer.hasRemaining()) {
                if (pack.read(buffer, slot.offset() + buffer.position()) < 0) {
                    forget(key);
                    return Optional.empty();
                }
            }
            if (buffer.getLong(0) != key) {
                forget(key);
                return Optional.empty();
            }
            return Optional.of(Arrays.copyOfRange(buffer.array(), KEY_BYTES, slot.length()));
        } catch (IOException e) {
            forget(key);
            return Optional.empty();
        }
    }

    private Slot slot(long key) {
        Slot slot = used.get(key);
        if (slot == null) {
            slot = known.get(key);
            if (slot != null) {
                used.put(key, slot);
            }
        }
        return slot;
    }

    /**
     * Drops the entry for {@code key} from what this build keeps: its bytes could not be made sense of. A later
     * {@link #has} of it is false, until it is put again.
     */
    public void forget(long key) {
        if (pack == null) {
            return;
        }
        used.remove(key);
        known.remove(key);
    }

    /** Whether entries put are kept: false for {@link #none}, where making an entry is wasted work. */
    public boolean keeps() {
        return pack != null;
    }

    /** Adds an entry (a later one for the same key replaces it); a pack that cannot be written only misses later. */
    public void put(long key, byte[] bytes) {
        put(key, bytes, bytes.length);
    }

    /**
     * Adds an entry of the first {@code length} of {@code bytes} (a buffer the caller goes on using: they are
     * written before this returns), as {@link #put(long, byte[])} does.
     */
    public void put(long key, byte[] bytes, int length) {
        if (pack == null) {
            return;
        }
        ByteBuffer[] entry = {ByteBuffer.allocate(KEY_BYTES).putLong(key).flip(), ByteBuffer.wrap(bytes, 0, length)};
        try {
            long offset;
            synchronized (this) {
                offset = end;
                pack.position(offset); // every write is here, under the lock; reads name their position
                while (entry[1].hasRemaining()) {
                    pack.write(entry);
                }
                end += KEY_BYTES + length;
            }
            used.put(key, new Slot(offset, KEY_BYTES + length));
        } catch (IOException e) {
            // a cache that cannot be written only makes the next build slower
        }
    }

    /** Keeps what this build used: writes the index, and compacts the pack when most of it is garbage. */
    @Override
    public void close() throws IOException {
        if (pack == null) {
            return;
        }
        long live = used.values().stream().mapToLong(Slot::length).sum();
        Map<Long, Slot> index = new HashMap<>(used);
        if (end > 2 * live + 16L * 1024 * 1024) {
            index = compact(index);
        }
        pack.close();
        Path temporary = folder.resolve(name + ".idx.tmp");
        try (ByteOutput out = ByteOutput.to(Files.newOutputStream(temporary))) {
            out.writeInt(format);
            out.writeInt(index.size());
            for (Map.Entry<Long, Slot> entry : new TreeMap<>(index).entrySet()) {
                out.writeLong(entry.getKey());
                out.writeLong(entry.getValue().offset());
                out.writeInt(entry.getValue().length());
            }
        }
        Files.move(temporary, folder.resolve(name + ".idx"), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
    }

    private Map<Long, Slot> compact(Map<Long, Slot> index) throws IOException {
        Path fresh = folder.resolve(name + ".pack.tmp");
        Map<Long, Slot> moved = new HashMap<>();
        try (FileChannel out = FileChannel.open(fresh, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            long offset = 0;
            for (Map.Entry<Long, Slot> entry : new TreeMap<>(index).entrySet()) {
                Slot slot = entry.getValue();
                pack.transferTo(slot.offset(), slot.length(), out);
                moved.put(entry.getKey(), new Slot(offset, slot.length()));
                offset += slot.length();
            }
        }
        Files.move(fresh, folder.resolve(name + ".pack"), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
        return moved;
    }
}
