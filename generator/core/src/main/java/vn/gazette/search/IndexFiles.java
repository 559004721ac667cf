package vn.gazette.search;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Lays the folded postings out as files, all under {@link SearchIndex#FOLDER}:
 * <ul>
 * <li>{@code index.json}: the format's version, the number of articles and of shards, which keys have files of
 * their own ({@code own}: see below), the articles per metadata file, and the folding table ({@link FoldTable});</li>
 * <li>{@code s/<n>.bin} (gzip-compressed): shard n holds every key without a file of its own whose FNV-1a hash (of
 * its UTF-8 bytes) is n modulo the number of shards: a syllable's bare key, a pair "bare bare", a filter "#p:slug".
 * A record is a type byte ({@link #SYLLABLE}, or {@link #PLAIN} for a pair or filter), the key (length, UTF-8), the
 * number of documents (a variable-length number), and the length and bytes of its postings
 * ({@link Postings#body()}). Records are sorted by key;</li>
 * <li>{@code b/<n>.bin} (gzip-compressed, n in hexadecimal): the records, laid out as in a shard, of the keys whose
 * "own bit" is n, when bit n is set. The bits are those of the keys in {@link #OWN_FILE} documents or more (common
 * syllables and pairs), so that a query loads the postings of a rare word without those of a common one that would
 * share its shard, and a common one's without the others'. A key's own bit is its hash modulo 2^{@code own.bits}, a
 * space at least {@link #OWN_SPREAD} times larger than the common keys, so a rare key seldom falls on a set bit (it
 * then lives in that file too). {@code own.set} lists the set bits, from the lowest, as the distances between them
 * (variable-length numbers, the first as itself), in base64. A browser thus knows from {@code index.json} alone which
 * file holds any key: a query's postings come in one round of requests;</li>
 * <li>{@code d/<hex code of the first letter>.txt}: every syllable key with that first letter and its number of
 * articles, one "key count" a line, for completing the last syllable a reader types;</li>
 * <li>{@code m/<n>.json}: what results show of articles {@link #BUCKET}n to {@link #BUCKET}n+{@link #BUCKET}-1;</li>
 * <li>{@code facets.json}: the provinces, years, tags and conference kinds to filter by.</li>
 * </ul>
 * The number of shards is a power of two that keeps each near {@link #SHARD_BYTES} of postings (the keys in files
 * of their own not counted). The files are laid out once from every key's postings; a later build that changed a
 * few documents in place lays out again only the files that hold the keys those documents have or had
 * ({@link #update}). Not thread-safe.
 */
public final class IndexFiles {

    /** Articles per metadata file: a page of results loads at most ten of them. */
    public static final int BUCKET = 8;
    /** The version of the layout, in {@code index.json}: 2 has columns, bitmaps and files of their own. */
    static final int VERSION = 2;
    static final int SHARD_BYTES = 8 * 1024;
    /** Keys in this many documents or more have a file of their own. */
    static final int OWN_FILE = 512;
    /** How many times more own bits there are than common keys, at least. */
    static final int OWN_SPREAD = 64;
    static final int SYLLABLE = 1;
    static final int PLAIN = 2;
    static final int MAX_SHARDS = 1 << 15;

    /**
     * One file of the index: its path in the output and its bytes. A postings file is laid out from its keys'
     * postings and compressed the first time its bytes are asked for, so the workers that write the files do that in
     * parallel, and only for the files written (a build that changed a few documents in place writes a few hundred
     * of thousands). Thread-safe.
     */
    public static final class File {
        private static final byte[] NULL = "null".getBytes(StandardCharsets.US_ASCII);
        private final String path;
        /** The keys and postings of a postings file, as they were when it was laid out; null once it is made. */
        private Map.Entry<String, Postings>[] records;
        /** The entries of a metadata file, as they were when it was laid out; null once it is made. */
        private byte[][] metas;
        /** Where the keys of a postings file of an index read back are found when its bytes are asked for. */
        private Held held;
        private byte[] bytes;

        private File(String path, Map.Entry<String, Postings>[] records, byte[][] metas, byte[] bytes) {
            this.path = path;
            this.records = records;
            this.metas = metas;
            this.bytes = bytes;
        }

        /** A file of these bytes. */
        static File of(String path, byte[] bytes) {
            return new File(path, null, null, bytes);
        }

        /**
         * A metadata file of these entries (JSON texts in UTF-8, null for an article left out), a JSON array of them made the
         * first time its bytes are asked for: the 1,250 files of 10,000 articles are then made by the workers that
         * write them, and not at all by a build that keeps them.
         */
        static File metas(String path, byte[][] entries) {
            return new File(path, null, entries.clone(), null); // a copy: a change in place changes the array
        }

        /**
         * A postings file of these keys' records, in this order, gzip-compressed ({@link #gzip}); the postings are
         * not changed afterwards (a change in place makes new ones).
         */
        static File postings(String path, java.util.Collection<Map.Entry<String, Postings>> records) {
            return new File(path, copies(records), null, null);
        }

        /** Copies of the records: a TreeMap's entry takes the new postings when the key is put again. */
        @SuppressWarnings("unchecked")
        private static Map.Entry<String, Postings>[] copies(java.util.Collection<Map.Entry<String, Postings>> records) {
            return records.stream().map(record -> Map.entry(record.getKey(), record.getValue()))
                    .toArray(Map.Entry[]::new);
        }

        /**
         * A postings file of an index read back, whose keys and postings are taken from {@code held} when its bytes
         * are asked for: a change in place that leaves them as they are (which lays out again every file it changes)
         * leaves the bytes as they were.
         */
        static File held(String path, Held held) {
            File file = new File(path, null, null, null);
            file.held = held;
            return file;
        }

        public String path() {
            return path;
        }

        public synchronized byte[] bytes() {
            if (bytes == null && held != null) {
                records = copies(held.records(path).entrySet());
                held = null;
            }
            if (bytes == null && metas != null) {
                int size = 3 + metas.length;
                for (byte[] meta : metas) {
                    size += meta == null ? NULL.length : meta.length;
                }
                ByteArrayOutputStream json = new ByteArrayOutputStream(size);
                json.write('[');
                for (int i = 0; i < metas.length; i++) {
                    if (i > 0) {
                        json.write(',');
                    }
                    json.writeBytes(metas[i] == null ? NULL : metas[i]);
                }
                json.write(']');
                json.write('\n');
                bytes = json.toByteArray();
                metas = null;
            } else if (bytes == null) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                for (Map.Entry<String, Postings> record : records) {
                    out.writeBytes(record(record.getKey(), record.getValue()));
                }
                bytes = gzip(out.toByteArray());
                records = null;
            }
            return bytes;
        }
    }

    /**
     * A key whose postings changed, with its postings before and after (null when it had or has none), and whether
     * it is a syllable (the dictionary lists those).
     */
    record Change(String key, Postings before, Postings after, boolean syllable) {
    }

    /**
     * The keys of the postings files of an index read back from the build cache, grouped by file once, so that a
     * build that changes a few documents in place makes the texts, records and bytes of the files it changes and
     * not of the thousands it keeps ({@link IndexFiles#held}). Thread-safe once made, while the postings it reads do not change.
     */
    interface Held {

        /** The own bits of the common keys. */
        Own own();

        /** The number of shards. */
        int shards();

        /** The bytes of postings the shards hold, as {@link #shardCount} counts them. */
        long total();

        /** The paths of the postings files, each holding a key. */
        java.util.Collection<String> paths();

        /** What a postings file holds now, by key: empty for a path that holds nothing. */
        TreeMap<String, Postings> records(String path);
    }

    private final Own own;
    private final int shards;
    /** The bytes of postings the shards hold, as {@link #shardCount} counts them. */
    private long total;
    /** Each postings file's keys with their postings, by key, by path. */
    private final Map<String, TreeMap<String, Postings>> records = new HashMap<>();
    /** Each syllable's number of documents, by key, by first letter. */
    private final TreeMap<Integer, TreeMap<String, Integer>> dictionary = new TreeMap<>();
    private final Map<Integer, byte[][]> metas;
    private final TreeMap<String, File> files = new TreeMap<>();
    /** Where the records of the postings files not in {@link #records} are, in an index read back; else null. */
    private final Held held;

    /**
     * Lays out the postings of every key and the metadata of every article ({@link #BUCKET} to an array), in as many
     * shards as keep each near {@link #SHARD_BYTES}.
     */
    static IndexFiles of(int documents, Map<String, Postings> syllables, Map<String, Postings> pairs,
            Map<String, Postings> filters, Map<Integer, byte[][]> metas) {
        Own own = Own.of(syllables, pairs, filters);
        return new IndexFiles(documents, shardCount(shardBytes(own, syllables, pairs, filters)), own, syllables, pairs,
                filters, metas);
    }

    /** Lays out the postings in {@code shards} shards (a test's few postings in several, say). */
    IndexFiles(int documents, int shards, Map<String, Postings> syllables, Map<String, Postings> pairs,
            Map<String, Postings> filters, Map<Integer, byte[][]> metas) {
        this(documents, shards, Own.of(syllables, pairs, filters), syllables, pairs, filters, metas);
    }

    private IndexFiles(int documents, int shards, Own own, Map<String, Postings> syllables,
            Map<String, Postings> pairs, Map<String, Postings> filters, Map<Integer, byte[][]> metas) {
        this(documents, shards, own, shardBytes(own, syllables, pairs, filters), null, syllables, metas);
        for (Map<String, Postings> map : List.of(syllables, pairs, filters)) {
            map.forEach((key, postings) -> records.computeIfAbsent(path(key), p -> new TreeMap<>()).put(key,
                    postings));
        }
        records.keySet().forEach(this::layPostings);
    }

    /**
     * Lays out an index read back from the build cache, whose postings files are laid out from {@code held} when
     * a change or a write needs them; its dictionary and metadata are laid out now ({@code syllables}: every syllable's
     * postings, by key).
     */
    static IndexFiles held(int documents, Held held, Map<String, Postings> syllables, Map<Integer, byte[][]> metas) {
        IndexFiles files = new IndexFiles(documents, held.shards(), held.own(), held.total(), held, syllables, metas);
        held.paths().forEach(path -> files.put(File.held(path, held)));
        return files;
    }

    /** The layout of all but the postings files, which the callers lay out. */
    private IndexFiles(int documents, int shards, Own own, long total, Held held, Map<String, Postings> syllables,
            Map<Integer, byte[][]> metas) {
        this.shards = shards;
        this.own = own;
        this.total = total;
        this.held = held;
        this.metas = metas;
        syllables.forEach((key, postings) -> dictionary.computeIfAbsent(key.codePointAt(0), c -> new TreeMap<>())
                .put(key, postings.count()));
        put(text("index.json", "{\"version\":" + VERSION + ",\"documents\":" + documents + ",\"shards\":"
                + shards + ",\"own\":" + own.json() + ",\"bucket\":" + BUCKET + ",\"fold\":" + FoldTable.json()
                + "}\n"));
        dictionary.keySet().forEach(this::layDictionary);
        metas.keySet().forEach(this::layMetas);
    }

    /** Every file, by path ({@code facets.json} once {@link #facets(String)} is given). */
    List<File> files() {
        return List.copyOf(files.values());
    }

    /**
     * Sets {@code facets.json}, which the site makes ({@link Facets}).
     *
     * @return whether its bytes changed
     */
    boolean facets(String json) {
        File before = files.get(SearchIndex.FOLDER + "facets.json");
        File now = text("facets.json", json);
        put(now);
        return before == null || !java.util.Arrays.equals(before.bytes(), now.bytes());
    }

    /**
     * Lays out again the files that hold the changed keys, and the metadata of the changed {@code buckets} (their
     * arrays changed in place); files left with no key are dropped.
     *
     * @return the paths of the files made again or dropped; empty, changing nothing, when the changes need other
     *         own bits or another number of shards (the postings must then be laid out anew)
     */
    Optional<java.util.Set<String>> update(List<Change> changes, java.util.Collection<Integer> buckets) {
        long after = total;
        for (Change change : changes) {
            if (common(change.before()) != common(change.after())) {
                return Optional.empty();
            }
            if (!own.has(change.key())) {
                after += bytes(change.after()) - bytes(change.before());
            }
        }
        if (shardCount(after) != shards) {
            return Optional.empty();
        }
        total = after;
        java.util.Set<String> changed = new java.util.TreeSet<>();
        java.util.Set<Integer> letters = new java.util.TreeSet<>();
        for (Change change : changes) {
            String path = path(change.key());
            // an index read back takes the file's records as they are now, with the change's postings or without
            // them; putting or removing them again changes nothing then
            TreeMap<String, Postings> keys = records.computeIfAbsent(path, p -> held == null ? new TreeMap<>()
                    : held.records(p));
            changed.add(path);
            if (change.after() == null) {
                keys.remove(change.key());
            } else {
                keys.put(change.key(), change.after());
            }
            if (change.syllable()) {
                int letter = change.key().codePointAt(0);
                TreeMap<String, Integer> counts = dictionary.computeIfAbsent(letter, c -> new TreeMap<>());
                if (change.after() == null) {
                    counts.remove(change.key());
                } else {
                    counts.put(change.key(), change.after().count());
                }
                letters.add(letter);
            }
        }
        changed.forEach(this::layPostings);
        letters.forEach(letter -> changed.add(layDictionary(letter)));
        buckets.forEach(bucket -> changed.add(layMetas(bucket)));
        return Optional.of(changed);
    }

    static boolean common(Postings postings) {
        return postings != null && postings.count() >= OWN_FILE;
    }

    /** What a key's postings add to the shards' bytes, as {@link #shardCount} counts them. */
    static long bytes(Postings postings) {
        return postings == null ? 0 : postings.size() + 8;
    }

    private static long shardBytes(Own own, Map<String, Postings> syllables, Map<String, Postings> pairs,
            Map<String, Postings> filters) {
        long total = 0;
        for (Map<String, Postings> map : List.of(syllables, pairs, filters)) {
            for (Map.Entry<String, Postings> entry : map.entrySet()) {
                total += own.has(entry.getKey()) ? 0 : bytes(entry.getValue());
            }
        }
        return total;
    }

    /** The file that holds a key: its own bit's, or its shard. */
    private String path(String key) {
        return path(own, shards, hash(key));
    }

    private void put(File file) {
        files.put(file.path(), file);
    }

    /** Lays out a postings file from its keys (its bytes are made when asked for), or drops it when it has none. */
    private void layPostings(String path) {
        TreeMap<String, Postings> held = records.get(path);
        if (held.isEmpty()) {
            records.remove(path);
            files.remove(path);
            return;
        }
        put(File.postings(path, held.entrySet()));
    }

    /** Lays out the dictionary file of a first letter, or drops it when no syllable starts with it; its path. */
    private String layDictionary(int letter) {
        String path = SearchIndex.FOLDER + "d/" + Integer.toHexString(letter) + ".txt";
        TreeMap<String, Integer> counts = dictionary.get(letter);
        if (counts.isEmpty()) {
            dictionary.remove(letter);
            files.remove(path);
            return path;
        }
        StringBuilder text = new StringBuilder();
        counts.forEach((key, count) -> text.append(key).append(' ').append(count).append('\n'));
        put(text(path, text.toString()));
        return path;
    }

    /** Lays out the metadata file of a bucket; its path. */
    private String layMetas(int bucket) {
        File file = File.metas(SearchIndex.FOLDER + "m/" + bucket + ".json", metas.get(bucket));
        put(file);
        return file.path();
    }

    /**
     * The own bits: {@code bits} of them (a power of two), {@code set} those of the common keys.
     */
    record Own(int bits, java.util.BitSet set) {

        /** The own bits of the keys in {@link #OWN_FILE} documents or more. */
        static Own of(Map<String, Postings> syllables, Map<String, Postings> pairs, Map<String, Postings> filters) {
            List<String> common = new ArrayList<>();
            for (Map<String, Postings> map : List.of(syllables, pairs, filters)) {
                map.forEach((key, postings) -> {
                    if (common(postings)) {
                        common.add(key);
                    }
                });
            }
            return of(common);
        }

        /** The own bits of these common keys. */
        static Own of(List<String> common) {
            if (common.isEmpty()) {
                return new Own(0, new java.util.BitSet());
            }
            int bits = 6;
            while ((1L << bits) < (long) OWN_SPREAD * common.size() && bits < 30) {
                bits++;
            }
            java.util.BitSet set = new java.util.BitSet(1 << bits);
            Own own = new Own(bits, set);
            common.forEach(key -> set.set(own.bit(key)));
            return own;
        }

        int bit(String key) {
            return bit(hash(key));
        }

        /** The own bit of a key of this {@link #hash}. */
        int bit(int hash) {
            return hash & ((1 << bits) - 1);
        }

        /** Whether the key lives in the file of its own bit. */
        boolean has(String key) {
            return has(hash(key));
        }

        /** Whether a key of this {@link #hash} lives in the file of its own bit. */
        boolean has(int hash) {
            return bits > 0 && set.get(bit(hash));
        }

        /** {@code {"bits":17,"set":"base64"}}. */
        String json() {
            ByteArrayOutputStream deltas = new ByteArrayOutputStream();
            int previous = 0;
            for (int bit = set.nextSetBit(0); bit >= 0; bit = set.nextSetBit(bit + 1)) {
                Postings.writeVarint(deltas, bit - previous);
                previous = bit;
            }
            return "{\"bits\":" + bits + ",\"set\":\"" + java.util.Base64.getEncoder().encodeToString(deltas.toByteArray())
                    + "\"}";
        }
    }

    /** The own bits of the common keys. */
    Own own() {
        return own;
    }

    /** How many postings files have their records laid out (in an index read back, those a change touched). */
    int recordsLaidOut() {
        return records.size();
    }

    /** How many shards there are. */
    int shards() {
        return shards;
    }

    /** The smallest power of two that keeps shards near {@link #SHARD_BYTES} on average, for {@code total} bytes. */
    static int shardCount(long total) {
        int shards = 1;
        while (shards < MAX_SHARDS && (long) shards * SHARD_BYTES < total) {
            shards <<= 1;
        }
        return shards;
    }

    /** The {@link #hash} of no bytes. */
    static final int HASH_START = 0x811c9dc5;

    /** FNV-1a of the key's UTF-8 bytes, the shard function the browser computes too. */
    static int hash(String key) {
        return hash(HASH_START, key.getBytes(StandardCharsets.UTF_8));
    }

    /** The {@link #hash} of the bytes hashed into {@code hash} followed by {@code bytes}. */
    static int hash(int hash, byte[] bytes) {
        for (byte b : bytes) {
            hash ^= b & 0xff;
            hash *= 0x01000193;
        }
        return hash;
    }

    /** The path of the shard or own bit's file of a key of this {@link #hash}, for {@code shards} shards. */
    static String path(Own own, int shards, int hash) {
        return SearchIndex.FOLDER + (own.has(hash) ? ownPath(own.bit(hash))
                : "s/" + Integer.toHexString(shard(hash, shards)) + ".bin");
    }

    static int shard(String key, int shards) {
        return shard(hash(key), shards);
    }

    /** The shard of a key of this {@link #hash}, of {@code shards} (a power of two). */
    static int shard(int hash, int shards) {
        return hash & (shards - 1);
    }

    /** The file of the keys of an own bit: {@code b/1a2b.bin}. */
    static String ownPath(int bit) {
        return "b/" + Integer.toHexString(bit) + ".bin";
    }

    /**
     * Shards are stored compressed, so they travel compressed whatever the server does with binary files (most
     * compress only text); the browser inflates them. Java's gzip header carries no time: the bytes are stable.
     */
    static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 2 + 32);
        try (java.util.zip.GZIPOutputStream zip = new java.util.zip.GZIPOutputStream(out)) {
            zip.write(bytes);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A key's record, as a postings file holds it. */
    private static byte[] record(String key, Postings postings) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(postings.size() + key.length() + 16);
        out.write(postings.weighted() ? SYLLABLE : PLAIN);
        Postings.writeBytes(out, key.getBytes(StandardCharsets.UTF_8));
        Postings.writeVarint(out, postings.count());
        Postings.writeBytes(out, postings.body());
        return out.toByteArray();
    }

    static File text(String path, String text) {
        return File.of(path.startsWith(SearchIndex.FOLDER) ? path : SearchIndex.FOLDER + path,
                text.getBytes(StandardCharsets.UTF_8));
    }
}
