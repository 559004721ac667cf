package vn.gazette.search;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.gazette.config.TaxonomyConfig;
import vn.gazette.site.Site;
import vn.gazette.site.Taxonomy;
import vn.gazette.site.Term;
import vn.gazette.site.TaxonomyBuilder;

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
 * of their own not counted). Not thread-safe; used once.
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
    static final int FACET_TAGS = 300;

    /** One file of the index: its path in the output and its bytes. */
    public record File(String path, byte[] bytes) {
    }

    private final Site site;
    private final int documents;
    private final Map<String, Postings> syllables;
    private final Map<String, Postings> pairs;
    private final Map<String, Postings> filters;
    private final Map<Integer, String[]> metas;

    IndexFiles(Site site, int documents, Map<String, Postings> syllables, Map<String, Postings> pairs,
            Map<String, Postings> filters, Map<Integer, String[]> metas) {
        this.site = site;
        this.documents = documents;
        this.syllables = syllables;
        this.pairs = pairs;
        this.filters = filters;
        this.metas = metas;
    }

    List<File> files() {
        List<File> files = new ArrayList<>();
        int shards = shardCount();
        files.add(text("index.json", "{\"version\":" + VERSION + ",\"documents\":" + documents + ",\"shards\":"
                + shards + ",\"own\":" + own().json() + ",\"bucket\":" + BUCKET + ",\"fold\":" + FoldTable.json()
                + "}\n"));
        files.add(text("facets.json", facets(site, filters.keySet())));
        files.addAll(postings(shards));
        dictionary(files);
        metas.forEach((bucket, entries) -> {
            StringBuilder json = new StringBuilder("[");
            for (int i = 0; i < entries.length; i++) {
                json.append(i > 0 ? "," : "").append(entries[i] == null ? "null" : entries[i]);
            }
            files.add(text("m/" + bucket + ".json", json.append("]\n").toString()));
        });
        return files;
    }

    /**
     * The own bits: {@code bits} of them (a power of two), {@code set} those of the common keys.
     */
    record Own(int bits, java.util.BitSet set) {

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
            return hash(key) & ((1 << bits) - 1);
        }

        /** Whether the key lives in the file of its own bit. */
        boolean has(String key) {
            return bits > 0 && set.get(bit(key));
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

    private Own own;

    /** The own bits of this index's common keys (worked out once). */
    Own own() {
        if (own == null) {
            List<String> common = new ArrayList<>();
            for (Map<String, Postings> map : List.of(syllables, pairs, filters)) {
                map.forEach((key, postings) -> {
                    if (postings.count() >= OWN_FILE) {
                        common.add(key);
                    }
                });
            }
            own = Own.of(common);
        }
        return own;
    }

    /** The smallest power of two that keeps shards near {@link #SHARD_BYTES} on average. */
    int shardCount() {
        long total = 0;
        for (Map<String, Postings> map : List.of(syllables, pairs, filters)) {
            for (Map.Entry<String, Postings> entry : map.entrySet()) {
                total += own().has(entry.getKey()) ? 0 : entry.getValue().size() + 8;
            }
        }
        int shards = 1;
        while (shards < MAX_SHARDS && (long) shards * SHARD_BYTES < total) {
            shards <<= 1;
        }
        return shards;
    }

    /** FNV-1a of the key's UTF-8 bytes, the shard function the browser computes too. */
    static int hash(String key) {
        int hash = 0x811c9dc5;
        for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x01000193;
        }
        return hash;
    }

    static int shard(String key, int shards) {
        return hash(key) & (shards - 1);
    }

    /** The shards and the files of the own bits, for {@code shards} shards. */
    List<File> postings(int shards) {
        List<File> files = new ArrayList<>();
        shards(shards, files);
        return files;
    }

    private void shards(int shards, List<File> files) {
        List<TreeMap<String, Postings>> byShard = new ArrayList<>(shards);
        for (int i = 0; i < shards; i++) {
            byShard.add(new TreeMap<>());
        }
        Own own = own();
        TreeMap<Integer, TreeMap<String, Postings>> byBit = new TreeMap<>();
        for (Map<String, Postings> map : List.of(syllables, pairs, filters)) {
            map.forEach((key, postings) -> (own.has(key) ? byBit.computeIfAbsent(own.bit(key), b -> new TreeMap<>())
                    : byShard.get(shard(key, shards))).put(key, postings));
        }
        for (int i = 0; i < shards; i++) {
            if (!byShard.get(i).isEmpty()) {
                files.add(records(SearchIndex.FOLDER + "s/" + Integer.toHexString(i) + ".bin", byShard.get(i)));
            }
        }
        byBit.forEach((bit, keys) -> files.add(records(SearchIndex.FOLDER + ownPath(bit), keys)));
    }

    private static File records(String path, TreeMap<String, Postings> keys) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        keys.forEach((key, postings) -> record(out, key, postings));
        return new File(path, gzip(out.toByteArray()));
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

    private static void record(ByteArrayOutputStream out, String key, Postings postings) {
        out.write(postings.weighted() ? SYLLABLE : PLAIN);
        Postings.writeBytes(out, key.getBytes(StandardCharsets.UTF_8));
        Postings.writeVarint(out, postings.count());
        Postings.writeBytes(out, postings.body());
    }

    private void dictionary(List<File> files) {
        TreeMap<Integer, TreeMap<String, Integer>> byLetter = new TreeMap<>();
        syllables.forEach((key, postings) -> byLetter.computeIfAbsent(key.codePointAt(0), c -> new TreeMap<>())
                .put(key, postings.count()));
        byLetter.forEach((letter, keys) -> {
            StringBuilder text = new StringBuilder();
            keys.forEach((key, count) -> text.append(key).append(' ').append(count).append('\n'));
            files.add(text("d/" + Integer.toHexString(letter) + ".txt", text.toString()));
        });
    }

    /** The facets of a site; the conference kinds are those among {@code filterKeys}. */
    static String facets(Site site, java.util.Collection<String> filterKeys) {
        StringBuilder json = new StringBuilder("{\"provinces\":[");
        Comparator<String> names = TaxonomyBuilder.vietnamese();
        site.taxonomy(TaxonomyConfig.PROVINCE).ifPresent(taxonomy -> terms(json, taxonomy.terms().stream()
                .sorted(Comparator.comparing(Term::name, names)).toList()));
        json.append("],\"tags\":[");
        site.taxonomy(TaxonomyConfig.TAGS).ifPresent(taxonomy -> terms(json, topTags(taxonomy, names)));
        json.append("],\"years\":[");
        json.append(String.join(",", site.archive().years().stream().map(y -> String.valueOf(y.year())).toList()));
        json.append("],\"kinds\":[");
        json.append(String.join(",", filterKeys.stream().filter(k -> k.startsWith("#k:")).sorted()
                .map(k -> "\"" + k.substring(3) + "\"").toList()));
        return json.append("]}\n").toString();
    }

    private static List<Term> topTags(Taxonomy taxonomy, Comparator<String> names) {
        return taxonomy.terms().stream()
                .sorted(Comparator.comparingInt((Term t) -> -t.articles().size()).thenComparing(Term::name, names))
                .limit(FACET_TAGS).sorted(Comparator.comparing(Term::name, names)).toList();
    }

    private static void terms(StringBuilder json, List<Term> terms) {
        for (int i = 0; i < terms.size(); i++) {
            Term term = terms.get(i);
            json.append(i > 0 ? "," : "").append('{');
            JsonText.field(json, "s", term.slug());
            JsonText.field(json, "n", term.name());
            json.append("\"c\":").append(term.articles().size()).append('}');
        }
    }

    private static File text(String path, String text) {
        return new File(path.startsWith(SearchIndex.FOLDER) ? path : SearchIndex.FOLDER + path,
                text.getBytes(StandardCharsets.UTF_8));
    }
}
