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

    /** A key's record: its documents (numbers), weights and spelling masks, and its spellings. */
    record Entry(int type, List<Integer> documents, List<Integer> weights, List<Integer> masks, List<String> spellings) {
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

    IndexReader(Path output) {
        this.folder = output.resolve(SearchIndex.FOLDER);
        Matcher m = Pattern.compile("\"shards\":(\\d+)").matcher(text("index.json"));
        this.shards = m.find() ? Integer.parseInt(m.group(1)) : -1;
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

    Optional<Entry> entry(String key) {
        Path file = folder.resolve("s/" + Integer.toHexString(IndexFiles.shard(key, shards)) + ".bin");
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(records(inflate(Files.readAllBytes(file))).get(key));
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

    private static Map<String, Entry> records(byte[] b) {
        Map<String, Entry> records = new LinkedHashMap<>();
        int[] p = {0};
        while (p[0] < b.length) {
            int type = b[p[0]++];
            String key = new String(bytes(b, p), StandardCharsets.UTF_8);
            int count = varint(b, p);
            byte[] postings = bytes(b, p);
            List<String> spellings = new ArrayList<>();
            if (type == 1) {
                for (int n = varint(b, p); n > 0; n--) {
                    spellings.add(new String(bytes(b, p), StandardCharsets.UTF_8));
                }
            }
            List<Integer> docs = new ArrayList<>();
            List<Integer> weights = new ArrayList<>();
            List<Integer> masks = new ArrayList<>();
            int[] q = {0};
            int last = -1;
            while (q[0] < postings.length) {
                int d = varint(postings, q);
                last = last < 0 ? d : last - d;
                docs.add(last);
                if (type == 1) {
                    weights.add(postings[q[0]++] & 0xff);
                    masks.add(varint(postings, q));
                }
            }
            if (docs.size() != count) {
                throw new IllegalStateException(key + ": " + docs.size() + " documents, the record says " + count);
            }
            records.put(key, new Entry(type, docs, weights, masks, spellings));
        }
        return records;
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
