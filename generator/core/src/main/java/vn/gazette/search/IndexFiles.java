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
 * <li>{@code index.json}: the number of articles and of shards, and the folding table ({@link FoldTable});</li>
 * <li>{@code s/<n>.bin} (gzip-compressed): shard n holds every key whose FNV-1a hash (of its UTF-8 bytes) is n modulo the number of
 * shards: a syllable's bare key, a pair "bare bare", a filter "#p:slug". A record is a type byte (1 syllable, 2 pair
 * or filter), the key, the number of documents and the postings' length (variable-length numbers), the postings
 * ({@link Postings}), and for a syllable its spellings. Records are sorted by key;</li>
 * <li>{@code d/<hex code of the first letter>.txt}: every syllable key with that first letter and its number of
 * articles, one "key count" a line, for completing the last syllable a reader types;</li>
 * <li>{@code m/<n>.json}: what results show of articles 16n to 16n+15;</li>
 * <li>{@code facets.json}: the provinces, years, tags and conference kinds to filter by.</li>
 * </ul>
 * The number of shards is a power of two that keeps each near {@link #SHARD_BYTES}. Not thread-safe; used once.
 */
public final class IndexFiles {

    /** Articles per metadata file: a page of results loads at most ten of them. */
    public static final int BUCKET = 16;
    static final int SHARD_BYTES = 16 * 1024;
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
        files.add(text("index.json", "{\"version\":1,\"documents\":" + documents + ",\"shards\":" + shards
                + ",\"bucket\":" + BUCKET + ",\"fold\":" + FoldTable.json() + "}\n"));
        files.add(text("facets.json", facets()));
        shards(shards, files);
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

    /** The smallest power of two that keeps shards near {@link #SHARD_BYTES} on average. */
    int shardCount() {
        long total = 0;
        for (Map<String, Postings> map : List.of(syllables, pairs, filters)) {
            for (Postings postings : map.values()) {
                total += postings.size() + 8;
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

    private void shards(int shards, List<File> files) {
        List<TreeMap<String, Integer>> byShard = new ArrayList<>(shards);
        for (int i = 0; i < shards; i++) {
            byShard.add(new TreeMap<>());
        }
        syllables.keySet().forEach(key -> byShard.get(shard(key, shards)).put(key, 1));
        pairs.keySet().forEach(key -> byShard.get(shard(key, shards)).put(key, 2));
        filters.keySet().forEach(key -> byShard.get(shard(key, shards)).put(key, 2));
        for (int i = 0; i < shards; i++) {
            if (byShard.get(i).isEmpty()) {
                continue;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byShard.get(i).forEach((key, type) -> record(out, key, type,
                    type == 1 ? syllables.get(key) : pairs.getOrDefault(key, filters.get(key))));
            files.add(new File(SearchIndex.FOLDER + "s/" + Integer.toHexString(i) + ".bin", gzip(out.toByteArray())));
        }
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

    private static void record(ByteArrayOutputStream out, String key, int type, Postings postings) {
        out.write(type);
        bytes(out, key.getBytes(StandardCharsets.UTF_8));
        varint(out, postings.count());
        bytes(out, postings.bytes());
        if (type == 1) {
            varint(out, postings.spellings().size());
            postings.spellings().forEach(spelling -> bytes(out, spelling.getBytes(StandardCharsets.UTF_8)));
        }
    }

    private static void bytes(ByteArrayOutputStream out, byte[] bytes) {
        varint(out, bytes.length);
        out.writeBytes(bytes);
    }

    private static void varint(ByteArrayOutputStream out, int value) {
        int v = value;
        while ((v & ~0x7F) != 0) {
            out.write((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out.write(v);
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
