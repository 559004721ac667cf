package vn.gazette.search;

import java.util.ArrayList;
import java.util.List;

/**
 * The documents one key is found in, encoded as the shard stores them: documents from the highest number down, each
 * as the distance from the one before (a variable-length number; the first is the number itself), followed, for a
 * syllable, by its weight (one byte) and which of its spellings the document has (a bit set as a variable-length
 * number; bit i is {@link #spellings()} i). Not thread-safe: the index fills it from one thread.
 */
final class Postings {

    /** Spellings past this many are found by their bare key only. */
    static final int MAX_SPELLINGS = 28;

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
    void add(int document, int weight, Iterable<String> exacts) {
        add(document);
        ensure(1);
        bytes[size++] = (byte) Math.max(1, Math.min(255, weight));
        if (spellings == null) {
            spellings = new ArrayList<>(2);
        }
        int mask = 0;
        for (String exact : exacts) {
            int slot = spellings.indexOf(exact);
            if (slot < 0 && spellings.size() < MAX_SPELLINGS) {
                spellings.add(exact);
                slot = spellings.size() - 1;
            }
            if (slot >= 0) {
                mask |= 1 << slot;
            }
        }
        varint(mask);
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

    private void varint(int value) {
        ensure(5);
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
