package vn.gazette.content;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import vn.gazette.internal.Digest;
import vn.gazette.internal.LongText;

/**
 * Article bodies already converted from Markdown, kept between builds: the cheapest conversion is the one not
 * done. An entry is found by a 64-bit hash of the Markdown text and of the converter's settings, so an edited
 * article, or a change of settings or of Gazette's version, simply misses.
 *
 * <p>Entries live in an append-only pack file with a small index beside it; the index a build writes keeps
 * only the entries that build used, and the pack is compacted when more than half of it is garbage. Any
 * unreadable part of the cache is treated as empty. Thread-safe: lookups read at positions, additions append
 * under a lock.
 */
public final class BodyCache implements AutoCloseable {

    private static final int FORMAT = 4;
    private static final String PACK = "bodies.pack";
    private static final String INDEX = "bodies.idx";

    private record Slot(long offset, int length) {
    }

    private final Path folder;
    private final long salt;
    private final Map<Long, Slot> known;
    private final Map<Long, Slot> used = new ConcurrentHashMap<>();
    private final FileChannel pack;
    private long end;

    private BodyCache(Path folder, long salt, Map<Long, Slot> known, FileChannel pack) throws IOException {
        this.folder = folder;
        this.salt = salt;
        this.known = known;
        this.pack = pack;
        this.end = pack == null ? 0 : pack.size();
    }

    /** A cache that never hits and keeps nothing. */
    public static BodyCache none() {
        try {
            return new BodyCache(null, 0, Map.of(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Opens the cache in {@code folder}.
     *
     * @param settings everything else that decides the HTML (Gazette's version, the raw-HTML policy ...)
     */
    public static BodyCache open(Path folder, String settings) throws IOException {
        Files.createDirectories(folder);
        Map<Long, Slot> known = readIndex(folder.resolve(INDEX));
        FileChannel pack = FileChannel.open(folder.resolve(PACK), StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        if (known.isEmpty()) {
            pack.truncate(0);
        }
        return new BodyCache(folder, hash(settings.getBytes(StandardCharsets.UTF_8)), known, pack);
    }

    private static Map<Long, Slot> readIndex(Path file) {
        Map<Long, Slot> slots = new HashMap<>();
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            if (in.readInt() != FORMAT) {
                return Map.of();
            }
            int count = in.readInt();
            for (int i = 0; i < count; i++) {
                slots.put(in.readLong(), new Slot(in.readLong(), in.readInt()));
            }
            return slots;
        } catch (IOException e) {
            return Map.of();
        }
    }

    /** The key of a body: its text and the settings it is converted with. */
    public long key(String markdown) {
        return hash(markdown.getBytes(StandardCharsets.UTF_8)) ^ salt;
    }

    private static long hash(byte[] bytes) {
        return Digest.of(bytes);
    }

    public Optional<MarkdownDocument> get(long key) {
        if (pack == null) {
            return Optional.empty();
        }
        Slot slot = used.getOrDefault(key, known.get(key));
        if (slot == null) {
            return Optional.empty();
        }
        try {
            ByteBuffer buffer = ByteBuffer.allocate(slot.length());
            while (buffer.hasRemaining()) {
                if (pack.read(buffer, slot.offset() + buffer.position()) < 0) {
                    return Optional.empty();
                }
            }
            MarkdownDocument document = decode(buffer.array(), key);
            used.put(key, slot);
            return Optional.of(document);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    public void put(long key, MarkdownDocument document) {
        if (pack == null) {
            return;
        }
        byte[] bytes = encode(key, document);
        try {
            long offset;
            synchronized (this) {
                offset = end;
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    pack.write(buffer, offset + buffer.position());
                }
                end += bytes.length;
            }
            used.put(key, new Slot(offset, bytes.length));
        } catch (IOException e) {
            // a cache that cannot be written only makes the next build slower
        }
    }

    private static byte[] encode(long key, MarkdownDocument document) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(document.html().length() * 2 + 64);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeLong(key);
            byte[] html = document.html().getBytes(StandardCharsets.UTF_8);
            out.writeInt(html.length);
            out.write(html);
            out.writeBoolean(document.needsCleaning());
            out.writeInt(document.links().size());
            for (MarkdownDocument.LinkTarget link : document.links()) {
                LongText.write(out, link.url());
                out.writeInt(link.line());
                out.writeInt(link.column());
                out.writeBoolean(link.image());
                out.writeBoolean(link.noAlt());
            }
            out.writeInt(document.rawHtml().size());
            for (MarkdownDocument.RawHtml raw : document.rawHtml()) {
                LongText.write(out, raw.html());
                out.writeInt(raw.line());
                out.writeInt(raw.column());
            }
            out.writeInt(document.headings().size());
            for (MarkdownDocument.Heading heading : document.headings()) {
                LongText.write(out, heading.id());
                out.writeInt(heading.level());
                out.writeInt(heading.line());
                out.writeInt(heading.column());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Every entry starts with its key, so a stale index pointing at the wrong bytes is noticed, not trusted. */
    private static MarkdownDocument decode(byte[] bytes, long key) throws IOException {
        try (DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(bytes))) {
            if (in.readLong() != key) {
                throw new IOException("cache entry does not match its key");
            }
            byte[] html = new byte[in.readInt()];
            in.readFully(html);
            boolean needsCleaning = in.readBoolean();
            int count = in.readInt();
            List<MarkdownDocument.LinkTarget> links = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                links.add(new MarkdownDocument.LinkTarget(LongText.read(in, bytes.length), in.readInt(), in.readInt(),
                        in.readBoolean(), in.readBoolean()));
            }
            int raws = in.readInt();
            List<MarkdownDocument.RawHtml> rawHtml = new ArrayList<>(raws);
            for (int i = 0; i < raws; i++) {
                rawHtml.add(new MarkdownDocument.RawHtml(LongText.read(in, bytes.length), in.readInt(), in.readInt()));
            }
            int headingCount = in.readInt();
            List<MarkdownDocument.Heading> headings = new ArrayList<>(headingCount);
            for (int i = 0; i < headingCount; i++) {
                headings.add(new MarkdownDocument.Heading(LongText.read(in, bytes.length), in.readInt(), in.readInt(),
                        in.readInt()));
            }
            return new MarkdownDocument(new String(html, StandardCharsets.UTF_8), needsCleaning, links, rawHtml,
                    headings);
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
        Path temporary = folder.resolve(INDEX + ".tmp");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temporary)))) {
            out.writeInt(FORMAT);
            out.writeInt(index.size());
            for (Map.Entry<Long, Slot> entry : new java.util.TreeMap<>(index).entrySet()) {
                out.writeLong(entry.getKey());
                out.writeLong(entry.getValue().offset());
                out.writeInt(entry.getValue().length());
            }
        }
        Files.move(temporary, folder.resolve(INDEX), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private Map<Long, Slot> compact(Map<Long, Slot> index) throws IOException {
        Path fresh = folder.resolve(PACK + ".tmp");
        Map<Long, Slot> moved = new HashMap<>();
        try (FileChannel out = FileChannel.open(fresh, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            long offset = 0;
            for (Map.Entry<Long, Slot> entry : new java.util.TreeMap<>(index).entrySet()) {
                Slot slot = entry.getValue();
                pack.transferTo(slot.offset(), slot.length(), out);
                moved.put(entry.getKey(), new Slot(offset, slot.length()));
                offset += slot.length();
            }
        }
        Files.move(fresh, folder.resolve(PACK), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return moved;
    }
}
