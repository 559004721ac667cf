package vn.gazette.search;

import java.util.ArrayList;
import java.util.List;

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
        ensure(11);
        putVarint(last < 0 ? document : last - document);
        last = document;
        count++;
        bytes[size++] = (byte) Math.max(1, Math.min(255, weight));
        if (spellings == null) {
            spellings = new ArrayList<>(2);
        }
        int mask = bit(exact);
        if (more != null) {
            for (String other : more) {
                mask |= bit(other);
            }
        }
        putVarint(mask);
    }

    /** The bit of a spelling, which takes the next slot when it is new; 0 when every slot is taken. */
    private int bit(String exact) {
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
        java.io.ByteArrayOutputStream deltas = new java.io.ByteArrayOutputStream(count + 8);
        int previous = 0;
        for (int document : documents) {
            writeVarint(deltas, document - previous);
            previous = document;
        }
        int bitmapLength = count == 0 ? 0 : documents[count - 1] / 8 + 1;
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(count * 3 + 16);
        if (bitmapLength < deltas.size()) {
            byte[] bitmap = new byte[bitmapLength];
            for (int document : documents) {
                bitmap[document >> 3] |= (byte) (1 << (document & 7));
            }
            out.write(BITMAP);
            writeBytes(out, bitmap);
        } else {
            out.write(DELTAS);
            writeBytes(out, deltas.toByteArray());
        }
        if (weighted()) {
            for (int weight : columns.weights()) {
                out.write(quantize(weight));
            }
            writeVarint(out, spellings.size());
            spellings.forEach(spelling -> writeBytes(out, spelling.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            if (spellings.size() > 1) {
                java.io.ByteArrayOutputStream masks = new java.io.ByteArrayOutputStream(count);
                for (int mask : columns.masks()) {
                    writeVarint(masks, mask);
                }
                writeBytes(out, masks.toByteArray());
            }
        }
        return out.toByteArray();
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
