package vn.gazette.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The documents one key is found in, kept compact while the index is made (documents from the highest number down,
 * each as the distance from the one before, a variable-length number, followed for a syllable by its weight, one
 * byte, and which of its spellings the document has, a bit set as a variable-length number; bit i is
 * {@link #spellings()} i), and laid out in columns for the index's files by {@link #body()}. Not thread-safe: the
 * index fills it from one thread.
 */
final class Postings {

    /** Spellings past this many are found by their bare key only. */
    static final int MAX_SPELLINGS = 28;

    /** How a body lists its documents: the distances between them, or one bit per document. */
    static final int DELTAS = 0;
    static final int BITMAP = 1;

    private byte[] bytes = new byte[8];
    private int size;
    private int count;
    private int last = -1;
    private List<String> spellings;

    /** Adds a document, numbered below every document added before. */
    void add(int document) {
        varint(last < 0 ? document : last - document);
        last = document;
        count++;
    }

    /** Adds a document with the syllable's weight in it and its spellings there (exact keys). */
    void add(int document, int weight, List<String> exacts) {
        add(document, weight, exacts.get(0), exacts.size() > 1
                ? exacts.subList(1, exacts.size()).toArray(String[]::new) : null);
    }

    /** Adds a document with the syllable's weight in it and its spellings there: the first, and any others. */
    void add(int document, int weight, String exact, String[] more) {
        int mask = bit(exact);
        if (more != null) {
            for (String other : more) {
                mask |= bit(other);
            }
        }
        addMask(document, weight, mask);
    }

    /** Adds a document with the syllable's weight in it and the bits of its spellings. */
    private void addMask(int document, int weight, int mask) {
        ensure(11);
        putVarint(last < 0 ? document : last - document);
        last = document;
        count++;
        bytes[size++] = (byte) Math.max(1, Math.min(255, weight));
        putVarint(mask);
    }

    /** The bit of a spelling, which takes the next slot when it is new; 0 when every slot is taken. */
    private int bit(String exact) {
        if (spellings == null) {
            spellings = new ArrayList<>(2);
        }
        int slot = spellings.indexOf(exact);
        if (slot < 0 && spellings.size() < MAX_SPELLINGS) {
            spellings.add(exact);
            slot = spellings.size() - 1;
        }
        return slot < 0 ? 0 : 1 << slot;
    }

    int count() {
        return count;
    }

    /** Writes it whole, for a build in another process ({@link FoldedIndex#write}). */
    void write(java.io.DataOutput out) throws java.io.IOException {
        out.writeInt(size);
        out.write(bytes, 0, size);
        out.writeInt(count);
        out.writeInt(last);
        out.writeInt(spellings == null ? -1 : spellings.size());
        if (spellings != null) {
            for (String spelling : spellings) {
                out.writeUTF(spelling);
            }
        }
    }

    /** Reads what {@link #write} wrote; numbers that cannot be postings are an {@link java.io.IOException}. */
    static Postings read(java.io.DataInput in) throws java.io.IOException {
        Postings postings = new Postings();
        int size = in.readInt();
        if (size < 0 || size > 1 << 30) {
            throw new java.io.IOException("not the size of postings: " + size);
        }
        postings.bytes = new byte[Math.max(8, size)];
        in.readFully(postings.bytes, 0, size);
        postings.size = size;
        postings.count = in.readInt();
        postings.last = in.readInt();
        int spellings = in.readInt();
        if (postings.count < 0 || postings.count > size || postings.last < -1 || spellings < -1
                || spellings > MAX_SPELLINGS) {
            throw new java.io.IOException("not postings");
        }
        if (spellings >= 0) {
            postings.spellings = new ArrayList<>(Math.max(2, spellings));
            for (int i = 0; i < spellings; i++) {
                postings.spellings.add(in.readUTF());
            }
        }
        return postings;
    }

    int size() {
        return size;
    }

    byte[] bytes() {
        return java.util.Arrays.copyOf(bytes, size);
    }

    /** The exact spellings, by bit; empty for pairs and filters. */
    List<String> spellings() {
        return spellings == null ? List.of() : spellings;
    }

    /** Whether documents came with weights and spellings (a syllable), or alone (a pair, a filter). */
    boolean weighted() {
        return spellings != null;
    }

    /**
     * What a changed document now has of a syllable: its weight and its spellings, the one it has first and any
     * others in its order (null when none), as a fold is given them.
     */
    record Entry(int weight, String exact, String[] more) {
        /** The same weight and the same spellings in the same order (the further spellings by content). */
        @Override
        public boolean equals(Object other) {
            return other instanceof Entry that && weight == that.weight && exact.equals(that.exact)
                    && java.util.Arrays.equals(more, that.more);
        }

        @Override
        public int hashCode() {
            return 31 * (31 * weight + exact.hashCode()) + java.util.Arrays.hashCode(more);
        }
    }

    /**
     * The postings of this syllable that a fold of every document would make once the documents {@code changed}
     * (numbers from the highest down) have what {@code entries} says of it (an entry null: the document no longer
     * has it), or empty when that cannot be told from these postings alone. A fold gives each spelling the next slot
     * when a document brings it first (the documents from the highest number down, each in its own order), so taking
     * a document's spellings away can move the slots of others: when an unchanged document then brings two spellings
     * or more first, and one of them first came with a changed document, only that document's own order (not kept
     * here) would tell their slots. So can spellings past {@link #MAX_SPELLINGS}, which no mask shows.
     */
    Optional<Postings> replaced(int[] changed, Entry[] entries) {
        List<String> slots = spellings();
        if (slots.size() >= MAX_SPELLINGS) {
            return Optional.empty();
        }
        Columns old = columns();
        int[] firstIn = new int[slots.size()];
        java.util.Arrays.fill(firstIn, -1);
        for (int i = count - 1; i >= 0; i--) {
            for (int mask = old.masks()[i]; mask != 0; mask &= mask - 1) {
                int slot = Integer.numberOfTrailingZeros(mask);
                if (firstIn[slot] < 0) {
                    firstIn[slot] = old.documents()[i];
                }
            }
        }
        Postings result = new Postings();
        int[] now = new int[slots.size()]; // each old slot's bit in the result; -1 until the result has its spelling
        java.util.Arrays.fill(now, -1);
        int i = count - 1;
        for (int c = 0; c <= changed.length; c++) {
            int until = c < changed.length ? changed[c] : -1;
            for (; i >= 0 && old.documents()[i] > until; i--) {
                if (!result.addAgain(old.documents()[i], old.weights()[i], old.masks()[i], slots, firstIn, now)) {
                    return Optional.empty();
                }
            }
            while (i >= 0 && old.documents()[i] == until) {
                i--; // the changed document's old entry
            }
            if (c < changed.length && entries[c] != null) {
                result.add(until, entries[c].weight(), entries[c].exact(), entries[c].more());
                for (int slot = 0; slot < now.length; slot++) {
                    int at = now[slot] < 0 ? result.spellings.indexOf(slots.get(slot)) : -1;
                    now[slot] = at < 0 ? now[slot] : 1 << at;
                }
            }
        }
        return Optional.of(result);
    }

    /**
     * Adds an unchanged document of other postings of the same syllable, its spellings those of {@code mask} in
     * {@code slots}, whose bits here {@code now} says once this has them; false when the slots of the spellings it
     * brings first cannot be told (see {@link #replaced}).
     */
    private boolean addAgain(int document, int weight, int mask, List<String> slots, int[] firstIn, int[] now) {
        int fresh = 0;
        boolean broughtBefore = false;
        for (int m = mask; m != 0; m &= m - 1) {
            int slot = Integer.numberOfTrailingZeros(m);
            if (now[slot] < 0) {
                fresh++;
                broughtBefore |= firstIn[slot] != document;
            }
        }
        if (fresh > 1 && broughtBefore) {
            return false;
        }
        int bits = 0;
        for (int m = mask; m != 0; m &= m - 1) {
            int slot = Integer.numberOfTrailingZeros(m);
            if (now[slot] < 0) {
                now[slot] = bit(slots.get(slot));
            }
            bits |= now[slot];
        }
        addMask(document, weight, bits);
        return true;
    }

    /**
     * The postings of this pair or filter that a fold of every document would make once the documents
     * {@code changed} (numbers from the highest down) list it {@code times} times each (0: no longer).
     */
    Postings replaced(int[] changed, int[] times) {
        int[] old = columns().documents();
        Postings result = new Postings();
        int i = count - 1;
        for (int c = 0; c <= changed.length; c++) {
            int until = c < changed.length ? changed[c] : -1;
            for (; i >= 0 && old[i] > until; i--) {
                result.add(old[i]);
            }
            while (i >= 0 && old[i] == until) {
                i--; // the changed document's old entries
            }
            for (int t = 0; c < changed.length && t < times[c]; t++) {
                result.add(until);
            }
        }
        return result;
    }

    /** The documents from the lowest number up, with (for a syllable) their weights and spelling masks. */
    record Columns(int[] documents, int[] weights, int[] masks) {
    }

    /** This key's documents in increasing order, decoded. */
    Columns columns() {
        int[] documents = new int[count];
        int[] weights = weighted() ? new int[count] : null;
        int[] masks = weighted() ? new int[count] : null;
        int[] p = {0};
        int document = -1;
        for (int i = count - 1; i >= 0; i--) {
            int d = readVarint(bytes, p);
            document = document < 0 ? d : document - d;
            documents[i] = document;
            if (weights != null) {
                weights[i] = bytes[p[0]++] & 0xff;
                masks[i] = readVarint(bytes, p);
            }
        }
        return new Columns(documents, weights, masks);
    }

    /**
     * The postings as the index's files store them, in columns, so that each compresses on its own: a byte saying how
     * the documents are listed ({@link #DELTAS}: from the lowest number up, each as the distance from the one before
     * as a variable-length number, the first as itself; {@link #BITMAP}: bit d of byte d/8, from the lowest bit, is
     * document d; whichever is smaller), their length and bytes; then for a syllable one byte per document, in the
     * same order, of its weight rounded by {@link #quantize}, the number of spellings and each spelling (length,
     * UTF-8), and when there are two spellings or more the length and the spelling masks of the documents
     * (variable-length numbers, same order). A reader knows the number of documents from the record.
     */
    byte[] body() {
        Columns columns = columns();
        int[] documents = columns.documents();
        Bytes deltas = new Bytes(count * 2);
        int previous = 0;
        for (int document : documents) {
            deltas.varint(document - previous);
            previous = document;
        }
        int bitmapLength = count == 0 ? 0 : documents[count - 1] / 8 + 1;
        Bytes out = new Bytes(Math.min(bitmapLength, deltas.size) + count * 3);
        if (bitmapLength < deltas.size) {
            byte[] bitmap = new byte[bitmapLength];
            for (int document : documents) {
                bitmap[document >> 3] |= (byte) (1 << (document & 7));
            }
            out.add(BITMAP);
            out.lengthAndBytes(bitmap, bitmap.length);
        } else {
            out.add(DELTAS);
            out.lengthAndBytes(deltas.bytes, deltas.size);
        }
        if (weighted()) {
            for (int weight : columns.weights()) {
                out.add(quantize(weight));
            }
            out.varint(spellings.size());
            for (String spelling : spellings) {
                byte[] utf8 = spelling.getBytes(java.nio.charset.StandardCharsets.UTF_8);
                out.lengthAndBytes(utf8, utf8.length);
            }
            if (spellings.size() > 1) {
                Bytes masks = new Bytes(count);
                for (int mask : columns.masks()) {
                    masks.varint(mask);
                }
                out.lengthAndBytes(masks.bytes, masks.size);
            }
        }
        return java.util.Arrays.copyOf(out.bytes, out.size);
    }

    /** Bytes written one at a time into an array that grows: {@link #body} writes several per document. */
    private static final class Bytes {
        private byte[] bytes;
        private int size;

        Bytes(int capacity) {
            bytes = new byte[capacity + 16];
        }

        void add(int b) {
            ensure(1);
            bytes[size++] = (byte) b;
        }

        void varint(int value) {
            ensure(5);
            int v = value;
            while ((v & ~0x7F) != 0) {
                bytes[size++] = (byte) ((v & 0x7F) | 0x80);
                v >>>= 7;
            }
            bytes[size++] = (byte) v;
        }

        /** The length of {@code length} bytes of {@code from}, and those bytes. */
        void lengthAndBytes(byte[] from, int length) {
            varint(length);
            ensure(length);
            System.arraycopy(from, 0, bytes, size, length);
            size += length;
        }

        private void ensure(int more) {
            if (size + more > bytes.length) {
                bytes = java.util.Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
            }
        }
    }

    /**
     * A weight kept to its two leading binary digits, rounded (1, 2, 3, 4, 6, 8, 12, 16, 24 ... 192, 255): the
     * ranking takes its logarithm, so the difference between 9 and 10 says nothing, and sixteen values compress far
     * better than 255.
     */
    static int quantize(int weight) {
        int w = Math.max(1, Math.min(255, weight));
        if (w <= 4) {
            return w;
        }
        int unit = Integer.highestOneBit(w) >> 1;
        return Math.min(255, (w + unit / 2) / unit * unit);
    }

    static void writeVarint(java.io.ByteArrayOutputStream out, int value) {
        int v = value;
        while ((v & ~0x7F) != 0) {
            out.write((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out.write(v);
    }

    static void writeBytes(java.io.ByteArrayOutputStream out, byte[] bytes) {
        writeVarint(out, bytes.length);
        out.writeBytes(bytes);
    }

    private static int readVarint(byte[] b, int[] p) {
        int v = 0;
        int shift = 0;
        int x;
        do {
            x = b[p[0]++] & 0xff;
            v |= (x & 0x7f) << shift;
            shift += 7;
        } while ((x & 0x80) != 0);
        return v;
    }

    private void varint(int value) {
        ensure(5);
        putVarint(value);
    }

    /** Writes a variable-length number; the room for it is already there. */
    private void putVarint(int value) {
        int v = value;
        while ((v & ~0x7F) != 0) {
            bytes[size++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        bytes[size++] = (byte) v;
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = java.util.Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
