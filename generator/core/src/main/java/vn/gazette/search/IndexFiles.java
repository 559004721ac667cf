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
 * <li>{@code index.json}: the format's version, the number of articles and of shards, the number of documents from
 * which a key has a file of its own ({@code own}), the articles per metadata file, and the folding table
 * ({@link FoldTable});</li>
 * <li>{@code s/<n>.bin} (gzip-compressed): shard n holds every key whose FNV-1a hash (of its UTF-8 bytes) is n modulo
 * the number of shards: a syllable's bare key, a pair "bare bare", a filter "#p:slug". A record is a type byte
 * ({@link #SYLLABLE} or {@link #PLAIN} for a pair or filter, plus {@link #ELSEWHERE} when the key has a file of its
 * own), the key (length, UTF-8), the number of documents (variable-length numbers), and unless it is elsewhere the
 * length and bytes of its postings ({@link Postings#body()}). Records are sorted by key;</li>
 * <li>{@code b/<hash>.bin} (gzip-compressed, the hash as eight hexadecimal digits): the records, laid out as in a
 * shard, of the keys with that hash that are in {@link #OWN_FILE} documents or more (a common syllable or pair: so
 * that a query loads the postings of a rare word without those of a common one that shares its shard, and those of
 * a common one without the others'). A browser that knows a key's count (from the dictionary) fetches it directly;
 * otherwise the shard's record sends it there;</li>
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
    static final int SYLLABLE = 1;
    static final int PLAIN = 2;
    static final int ELSEWHERE = 0x10;
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
                + shards + ",\"own\":" + OWN_FILE + ",\"bucket\":" + BUCKET + ",\"fold\":" + FoldTable.json() + "}\n"));
        files.add(text("facets.json", facets()));
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

    /** Whether a key's postings are in a file of their own. */
    static boolean ownFile(Postings postings) {
        return postings.count() >= OWN_FILE;
    }

    /** The smallest power of two that keeps shards near {@link #SHARD_BYTES} on average. */
    int shardCount() {
        long total = 0;
        for (Map<String, Postings> map : List.of(syllables, pairs, filters)) {
            for (Postings postings : map.values()) {
                total += ownFile(postings) ? 12 : postings.size() + 8;
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

    /** The shards and the common keys' own files, for {@code shards} shards. */
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
        TreeMap<Integer, TreeMap<String, Postings>> own = new TreeMap<>(Integer::compareUnsigned);
        for (Map<String, Postings> map : List.of(syllables, pairs, filters)) {
            map.forEach((key, postings) -> {
                byShard.get(shard(key, shards)).put(key, postings);
                if (ownFile(postings)) {
                    own.computeIfAbsent(hash(key), h -> new TreeMap<>()).put(key, postings);
                }
            });
        }
        for (int i = 0; i < shards; i++) {
            if (byShard.get(i).isEmpty()) {
                continue;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byShard.get(i).forEach((key, postings) -> record(out, key, postings, ownFile(postings)));
            files.add(new File(SearchIndex.FOLDER + "s/" + Integer.toHexString(i) + ".bin", gzip(out.toByteArray())));
        }
        own.forEach((hash, keys) -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            keys.forEach((key, postings) -> record(out, key, postings, false));
            files.add(new File(SearchIndex.FOLDER + ownPath(hash), gzip(out.toByteArray())));
        });
    }

    /** The file of the keys with this hash that have files of their own: {@code b/0a1b2c3d.bin}. */
    static String ownPath(int hash) {
        return "b/" + String.format(java.util.Locale.ROOT, "%08x", hash) + ".bin";
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

    private static void record(ByteArrayOutputStream out, String key, Postings postings, boolean elsewhere) {
        out.write((postings.weighted() ? SYLLABLE : PLAIN) | (elsewhere ? ELSEWHERE : 0));
        Postings.writeBytes(out, key.getBytes(StandardCharsets.UTF_8));
        Postings.writeVarint(out, postings.count());
        if (!elsewhere) {
            Postings.writeBytes(out, postings.body());
        }
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

    private String facets() {
        StringBuilder json = new StringBuilder("{\"provinces\":[");
        Comparator<String> names = TaxonomyBuilder.vietnamese();
        site.taxonomy(TaxonomyConfig.PROVINCE).ifPresent(taxonomy -> terms(json, taxonomy.terms().stream()
                .sorted(Comparator.comparing(Term::name, names)).toList()));
        json.append("],\"tags\":[");
        site.taxonomy(TaxonomyConfig.TAGS).ifPresent(taxonomy -> terms(json, topTags(taxonomy, names)));
        json.append("],\"years\":[");
        json.append(String.join(",", site.archive().years().stream().map(y -> String.valueOf(y.year())).toList()));
        json.append("],\"kinds\":[");
        json.append(String.join(",", filters.keySet().stream().filter(k -> k.startsWith("#k:")).sorted()
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
