package vn.gazette.search;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/** Reads a published index the way the browser does, for tests. Not thread-safe. */
final class IndexReader {

    /**
     * A key's record: its documents (numbers, from the highest down), weights and spelling masks, its spellings, and
     * the file it was read from ({@code s/...} or, for a common key, the file of its own bit {@code b/...}).
     */
    record Entry(int type, List<Integer> documents, List<Integer> weights, List<Integer> masks, List<String> spellings,
            String file) {
        /** The documents that have a given exact spelling. */
        List<Integer> withSpelling(String exact) {
            int slot = spellings.indexOf(exact);
            List<Integer> found = new ArrayList<>();
            for (int i = 0; i < documents.size() && slot >= 0; i++) {
                if ((masks.get(i) & (1 << slot)) != 0) {
                    found.add(documents.get(i));
                }
            }
            return found;
        }
    }

    private final Path folder;
    private final int shards;
    private final IndexFiles.Own own;

    IndexReader(Path output) {
        this.folder = output.resolve(SearchIndex.FOLDER);
        String index = text("index.json");
        Matcher m = Pattern.compile("\"shards\":(\\d+)").matcher(index);
        this.shards = m.find() ? Integer.parseInt(m.group(1)) : -1;
        Matcher o = Pattern.compile("\"own\":\\{\"bits\":(\\d+),\"set\":\"([A-Za-z0-9+/=]*)\"\\}").matcher(index);
        java.util.BitSet set = new java.util.BitSet();
        int bits = 0;
        if (o.find()) {
            bits = Integer.parseInt(o.group(1));
            byte[] deltas = java.util.Base64.getDecoder().decode(o.group(2));
            int[] p = {0};
            int bit = 0;
            while (p[0] < deltas.length) {
                bit += varint(deltas, p);
                set.set(bit);
            }
        }
        this.own = new IndexFiles.Own(bits, set);
    }

    /** The own bits, as index.json lists them. */
    IndexFiles.Own own() {
        return own;
    }

    int shards() {
        return shards;
    }

    String text(String path) {
        try {
            return Files.readString(folder.resolve(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file's content as text (shards inflated), by path. */
    Map<String, String> allText() {
        Map<String, String> all = new LinkedHashMap<>();
        try (var walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                byte[] bytes = Files.readAllBytes(file);
                all.put(folder.relativize(file).toString(), new String(file.toString().endsWith(".bin") ? inflate(bytes)
                        : bytes, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all;
    }

    /** A key's record, read from the file index.json says holds it (its shard, or the file of its own bit). */
    Optional<Entry> entry(String key) {
        String path = own.has(key) ? IndexFiles.ownPath(own.bit(key))
                : "s/" + Integer.toHexString(IndexFiles.shard(key, shards)) + ".bin";
        if (!Files.exists(folder.resolve(path))) {
            return Optional.empty();
        }
        return Optional.ofNullable(records(path).get(key));
    }

    /** The records of one file of the index ({@code s/...} or {@code b/...}), by key. */
    Map<String, Entry> records(String path) {
        try {
            return records(inflate(Files.readAllBytes(folder.resolve(path))), path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The metadata of article {@code id}, as JSON text. */
    String meta(int id) {
        String bucket = text("m/" + id / IndexFiles.BUCKET + ".json");
        List<String> items = new ArrayList<>();
        int depth = 0;
        int start = 1;
        for (int i = 1; i < bucket.length(); i++) {
            char c = bucket.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (c == '"') {
                i = bucket.indexOf('"', i + 1);
                while (bucket.charAt(i - 1) == '\\') {
                    i = bucket.indexOf('"', i + 1);
                }
            } else if ((c == ',' || c == ']') && depth == 0) {
                items.add(bucket.substring(start, i));
                start = i + 1;
                if (c == ']') {
                    break;
                }
            }
        }
        return items.get(id % IndexFiles.BUCKET);
    }

    static byte[] inflate(byte[] bytes) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        }
    }

    /** Records as {@link IndexFiles} writes them. */
    private static Map<String, Entry> records(byte[] b, String path) {
        Map<String, Entry> records = new LinkedHashMap<>();
        int[] p = {0};
        String previous = null;
        while (p[0] < b.length) {
            int type = b[p[0]++];
            String key = new String(bytes(b, p), StandardCharsets.UTF_8);
            if (previous != null && previous.compareTo(key) >= 0) {
                throw new IllegalStateException(path + ": " + key + " after " + previous);
            }
            previous = key;
            int count = varint(b, p);
            byte[] body = bytes(b, p);
            records.put(key, body(type, count, body, path));
        }
        return records;
    }

    private static Entry body(int type, int count, byte[] body, String path) {
        int[] q = {0};
        int form = body[q[0]++];
        byte[] documents = bytes(body, q);
        List<Integer> docs = new ArrayList<>();
        if (form == Postings.BITMAP) {
            for (int i = 0; i < documents.length * 8; i++) {
                if ((documents[i >> 3] & (1 << (i & 7))) != 0) {
                    docs.add(i);
                }
            }
        } else {
            int[] r = {0};
            int last = 0;
            while (r[0] < documents.length) {
                last += varint(documents, r);
                docs.add(last);
            }
        }
        if (docs.size() != count) {
            throw new IllegalStateException(path + ": " + docs.size() + " documents, the record says " + count);
        }
        List<Integer> weights = new ArrayList<>();
        List<Integer> masks = new ArrayList<>();
        List<String> spellings = new ArrayList<>();
        if (type == IndexFiles.SYLLABLE) {
            for (int i = 0; i < count; i++) {
                weights.add(body[q[0]++] & 0xff);
            }
            for (int n = varint(body, q); n > 0; n--) {
                spellings.add(new String(bytes(body, q), StandardCharsets.UTF_8));
            }
            if (spellings.size() > 1) {
                byte[] column = bytes(body, q);
                int[] r = {0};
                while (r[0] < column.length) {
                    masks.add(varint(column, r));
                }
            } else {
                masks.addAll(java.util.Collections.nCopies(count, spellings.isEmpty() ? 0 : 1));
            }
        }
        if (q[0] != body.length) {
            throw new IllegalStateException(path + ": " + (body.length - q[0]) + " bytes left in a body");
        }
        java.util.Collections.reverse(docs);
        java.util.Collections.reverse(weights);
        java.util.Collections.reverse(masks);
        return new Entry(type, docs, weights, masks, spellings, path);
    }

    private static byte[] bytes(byte[] b, int[] p) {
        int n = varint(b, p);
        byte[] out = java.util.Arrays.copyOfRange(b, p[0], p[0] + n);
        p[0] += n;
        return out;
    }

    private static int varint(byte[] b, int[] p) {
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
}
