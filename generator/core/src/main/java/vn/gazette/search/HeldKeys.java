package vn.gazette.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The keys of an index read back from the build cache, grouped by the postings file that holds each, for
 * {@link IndexFiles#held}. Grouping them takes each key's hash and nothing else: a pair's text ("bare bare") and its
 * record are made only for the files a change or a write asks for. At 10,000 articles (5,471 syllables, 31,425 pairs,
 * 1,393 postings files) a build that changes one article then lays out the records of a handful of files, not of
 * all (see the README's "Speed").
 *
 * <p>A key is held by a number: a pair by itself (two bare keys' numbers, each below 2^31), a syllable by the
 * complement of its bare key's number, a filter by {@link Long#MIN_VALUE} plus its place in {@link #filters}.
 */
final class HeldKeys implements IndexFiles.Held {

    private static final byte[] SPACE = {' '};

    private final FoldedIndex index;
    private final String[] texts;
    private final String[] filters;
    private final IndexFiles.Own own;
    private final int shards;
    private final long total;
    /** Each file's keys, by path, as places in {@link #keys}: from {@code starts[i]} to {@code starts[i + 1]}. */
    private final Map<String, Integer> files = new HashMap<>();
    private final int[] starts;
    private final long[] keys;

    /** Groups the keys the index has now: every syllable's, the pairs' with a document, every filter's. */
    HeldKeys(FoldedIndex index) {
        this.index = index;
        Document.Keys.Bare[] bares = index.keys().byId();
        texts = new String[bares.length];
        byte[][] bytes = new byte[bares.length][];
        int[] bareHashes = new int[bares.length];
        int[] spaced = new int[bares.length]; // the hash of a bare key and a space: a pair's second key goes on from it
        for (int id = 0; id < bares.length; id++) {
            texts[id] = bares[id].text;
            bytes[id] = texts[id].getBytes(StandardCharsets.UTF_8);
            bareHashes[id] = IndexFiles.hash(IndexFiles.HASH_START, bytes[id]);
            spaced[id] = IndexFiles.hash(bareHashes[id], SPACE);
        }
        filters = index.filterKeys().stream().sorted().toArray(String[]::new);
        Found found = new Found();
        index.forEachSyllable((postings, id) -> found.add(~(long) id, bareHashes[id], postings));
        index.forEachPair((pair, postings) -> {
            if (postings.count() > 0) {
                found.add(pair, IndexFiles.hash(spaced[(int) (pair >>> 32)], bytes[(int) pair]), postings);
            }
        });
        for (int f = 0; f < filters.length; f++) {
            found.add(Long.MIN_VALUE + f, IndexFiles.hash(filters[f]), index.filter(filters[f]));
        }
        int count = found.count;
        List<String> common = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            if (IndexFiles.common(found.postings.get(k))) {
                common.add(text(found.keys[k]));
            }
        }
        own = IndexFiles.Own.of(common);
        long bytesHeld = 0;
        for (int k = 0; k < count; k++) {
            bytesHeld += own.has(found.hashes[k]) ? 0 : IndexFiles.bytes(found.postings.get(k));
        }
        total = bytesHeld;
        shards = IndexFiles.shardCount(total);

        // a counting sort of the keys by file: a shard's number, or past the shards, an own bit's place
        Map<Integer, Integer> bits = new HashMap<>();
        int[] fileOf = new int[count];
        for (int k = 0; k < count; k++) {
            int hash = found.hashes[k];
            fileOf[k] = own.has(hash) ? shards + bits.computeIfAbsent(own.bit(hash), b -> bits.size())
                    : IndexFiles.shard(hash, shards);
        }
        starts = new int[shards + bits.size() + 1];
        for (int file : fileOf) {
            starts[file + 1]++;
        }
        for (int f = 1; f < starts.length; f++) {
            starts[f] += starts[f - 1];
        }
        keys = new long[count];
        int[] next = Arrays.copyOf(starts, starts.length - 1);
        for (int k = 0; k < count; k++) {
            int at = next[fileOf[k]]++;
            keys[at] = found.keys[k];
            if (at == starts[fileOf[k]]) { // the file's first key tells its path
                files.put(IndexFiles.path(own, shards, found.hashes[k]), fileOf[k]);
            }
        }
    }

    /** The keys found, with their hashes and postings, in the order found. */
    private static final class Found {
        long[] keys = new long[1024];
        int[] hashes = new int[1024];
        final List<Postings> postings = new ArrayList<>();
        int count;

        void add(long key, int hash, Postings held) {
            if (count == keys.length) {
                keys = Arrays.copyOf(keys, count * 2);
                hashes = Arrays.copyOf(hashes, count * 2);
            }
            keys[count] = key;
            hashes[count] = hash;
            postings.add(held);
            count++;
        }
    }

    private static int filterOf(long key) {
        return (int) (key - Long.MIN_VALUE);
    }

    /** The key's text, as the files hold it. */
    private String text(long key) {
        if (key >= 0) {
            return texts[(int) (key >>> 32)] + " " + texts[(int) key];
        }
        return key >= Integer.MIN_VALUE ? texts[(int) ~key] : filters[filterOf(key)];
    }

    @Override
    public IndexFiles.Own own() {
        return own;
    }

    @Override
    public int shards() {
        return shards;
    }

    @Override
    public long total() {
        return total;
    }

    @Override
    public Collection<String> paths() {
        return files.keySet();
    }

    @Override
    public TreeMap<String, Postings> records(String path) {
        TreeMap<String, Postings> records = new TreeMap<>();
        Integer file = files.get(path);
        if (file == null) {
            return records;
        }
        for (int k = starts[file]; k < starts[file + 1]; k++) {
            long key = keys[k];
            Postings postings = key >= 0 ? index.pair(key)
                    : key >= Integer.MIN_VALUE ? index.syllable((int) ~key) : index.filter(filters[filterOf(key)]);
            if (postings != null && postings.count() > 0) {
                records.put(text(key), postings);
            }
        }
        return records;
    }
}
