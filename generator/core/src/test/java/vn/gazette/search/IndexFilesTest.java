package vn.gazette.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The postings files the index writer lays out, read back as the browser reads them (IndexReader). */
class IndexFilesTest {

    @TempDir
    Path dir;

    private final Map<String, Postings> syllables = new HashMap<>();
    private final Map<String, Postings> pairs = new HashMap<>();
    private final Map<String, Postings> filters = new HashMap<>();

    /** A syllable in the given documents, with weight {@code weight(d)} and spelling "tâp5", or "tâp2" in odd ones. */
    private void syllable(String key, List<Integer> documents, java.util.function.IntUnaryOperator weight) {
        Postings postings = new Postings();
        documents.stream().sorted(java.util.Comparator.reverseOrder()).forEach(d -> postings.add(d,
                weight.applyAsInt(d), List.of(d % 2 == 0 ? "tâp5" : "tâp2")));
        syllables.put(key, postings);
    }

    private void pair(String key, List<Integer> documents) {
        Postings postings = new Postings();
        documents.stream().sorted(java.util.Comparator.reverseOrder()).forEach(postings::add);
        pairs.put(key, postings);
    }

    private static List<Integer> range(int from, int to) {
        return IntStream.range(from, to).boxed().toList();
    }

    /** Writes the postings with {@code shards} shards (and the index.json naming them) and reads them back. */
    private IndexReader written(int shards) throws IOException {
        for (IndexFiles.File file : new IndexFiles(1 << 12, shards, syllables, pairs, filters, Map.of()).files()) {
            Path path = dir.resolve(file.path());
            Files.createDirectories(path.getParent());
            Files.write(path, file.bytes());
        }
        return new IndexReader(dir);
    }

    @Test
    void weightsKeepTheirTwoLeadingBinaryDigits() {
        assertThat(IntStream.rangeClosed(1, 12).map(Postings::quantize).toArray())
                .containsExactly(1, 2, 3, 4, 6, 6, 8, 8, 8, 12, 12, 12);
        assertThat(Postings.quantize(0)).isEqualTo(1);
        assertThat(Postings.quantize(255)).isEqualTo(255);
        assertThat(Postings.quantize(1000)).isEqualTo(255);
        TreeSet<Integer> values = new TreeSet<>();
        int previous = 0;
        for (int w = 1; w <= 255; w++) {
            int q = Postings.quantize(w);
            assertThat(q).as("monotonic at " + w).isGreaterThanOrEqualTo(previous);
            assertThat(Math.abs(q - w) / (double) w).as("near " + w).isLessThanOrEqualTo(0.25);
            values.add(q);
            previous = q;
        }
        assertThat(values).hasSize(16);
    }

    @Test
    void rareKeysListDistancesCommonOnesABitmapAndBothReadBackTheSame() throws IOException {
        List<Integer> sparse = List.of(3, 700, 701, 4000);
        List<Integer> dense = range(0, 400).stream().filter(d -> d % 3 != 0).toList();
        syllable("tap", sparse, d -> d % 300 + 1);
        syllable("huan", dense, d -> d % 7 + 1);
        pair("tap huan", List.of(700, 4000));
        IndexReader index = written(4);

        assertThat(form("tap", 4)).isEqualTo(Postings.DELTAS);
        assertThat(form("huan", 4)).isEqualTo(Postings.BITMAP);
        IndexReader.Entry tap = index.entry("tap").orElseThrow();
        assertThat(tap.documents()).containsExactly(4000, 701, 700, 3);
        assertThat(tap.weights()).containsExactly(Postings.quantize(101), Postings.quantize(102),
                Postings.quantize(101), Postings.quantize(4));
        assertThat(tap.withSpelling("tâp5")).containsExactly(4000, 700);
        assertThat(tap.withSpelling("tâp2")).containsExactly(701, 3);
        IndexReader.Entry huan = index.entry("huan").orElseThrow();
        List<Integer> down = new java.util.ArrayList<>(dense);
        java.util.Collections.reverse(down);
        assertThat(huan.documents()).containsExactlyElementsOf(down);
        assertThat(huan.weights()).containsExactlyElementsOf(down.stream()
                .map(d -> Postings.quantize(d % 7 + 1)).toList());
        assertThat(index.entry("tap huan").orElseThrow().documents()).containsExactly(4000, 700);
        assertThat(index.entry("tap huan").orElseThrow().weights()).as("a pair has no weights").isEmpty();
    }

    /** How the body of a key kept in its shard lists its documents. */
    private int form(String key, int shards) throws IOException {
        byte[] shard = IndexReader.inflate(Files.readAllBytes(dir.resolve(SearchIndex.FOLDER + "s/"
                + Integer.toHexString(IndexFiles.shard(key, shards)) + ".bin")));
        int at = 0;
        while (at < shard.length) {
            shard[at++]++; // the type
            int length = shard[at++];
            String found = new String(shard, at, length, java.nio.charset.StandardCharsets.UTF_8);
            at += length;
            while ((shard[at++] & 0x80) != 0) { // the count
                continue;
            }
            int bodyLength = 0;
            int shift = 0;
            int b;
            do {
                b = shard[at++] & 0xff;
                bodyLength |= (b & 0x7f) << shift;
                shift += 7;
            } while ((b & 0x80) != 0);
            if (found.equals(key)) {
                return shard[at];
            }
            at += bodyLength;
        }
        throw new AssertionError(key + " not in its shard");
    }

    @Test
    void aKeyInManyDocumentsLivesInTheFileOfItsOwnBitWhichIndexJsonLists() throws IOException {
        syllable("nguoi", range(0, IndexFiles.OWN_FILE), d -> 1);
        syllable("ngay", range(0, IndexFiles.OWN_FILE - 1), d -> 1);
        pair("nguoi dan", range(100, 100 + IndexFiles.OWN_FILE));
        IndexReader index = written(2);

        IndexFiles.Own own = index.own();
        assertThat(own.bits()).as("2 common keys, 64 times as many bits at least").isEqualTo(7);
        assertThat(own.set().cardinality()).isEqualTo(2);
        IndexReader.Entry nguoi = index.entry("nguoi").orElseThrow();
        assertThat(nguoi.file()).isEqualTo(IndexFiles.ownPath(IndexFiles.hash("nguoi") & 127));
        assertThat(nguoi.documents()).hasSize(IndexFiles.OWN_FILE);
        String shard = "s/" + IndexFiles.shard("nguoi", 2) + ".bin";
        if (Files.exists(dir.resolve(SearchIndex.FOLDER + shard))) {
            assertThat(index.records(shard)).doesNotContainKey("nguoi");
        }
        assertThat(index.entry("nguoi dan").orElseThrow().file()).startsWith("b/");
        assertThat(own.has("ngay")).as("this test's keys are chosen so").isFalse();
        assertThat(index.entry("ngay").orElseThrow().file()).as("one document fewer").startsWith("s/");
        assertThat(IndexFiles.ownPath(0x1a2b)).isEqualTo("b/1a2b.bin");
    }

    @Test
    void keysOnTheSameOwnBitShareItsFileAndARareKeyThereLivesThereToo() throws IOException {
        List<String> keys = sameBit(3, 7);
        syllable(keys.get(0), range(0, IndexFiles.OWN_FILE), d -> 2);
        syllable(keys.get(1), range(1, IndexFiles.OWN_FILE + 1), d -> 3);
        syllable(keys.get(2), List.of(5, 9), d -> 1);
        IndexReader index = written(8);

        assertThat(index.own().bits()).isEqualTo(7);
        String own = IndexFiles.ownPath(IndexFiles.hash(keys.get(0)) & 127);
        assertThat(index.records(own)).containsOnlyKeys(keys.toArray(String[]::new));
        assertThat(index.entry(keys.get(0)).orElseThrow().documents()).startsWith(IndexFiles.OWN_FILE - 1);
        assertThat(index.entry(keys.get(1)).orElseThrow().documents()).startsWith(IndexFiles.OWN_FILE);
        assertThat(index.entry(keys.get(2)).orElseThrow().documents()).containsExactly(9, 5);
        try (var files = Files.list(dir.resolve(SearchIndex.FOLDER + "b"))) {
            assertThat(files.count()).isOne();
        }
        assertThat(Files.exists(dir.resolve(SearchIndex.FOLDER + "s"))).as("no key left for the shards").isFalse();
    }

    /** The first {@code count} keys "k0", "k1" ... whose hashes agree in their lowest {@code bits} bits. */
    private static List<String> sameBit(int count, int bits) {
        Map<Integer, List<String>> byBit = new HashMap<>();
        for (int i = 0;; i++) {
            String key = "k" + i;
            List<String> same = byBit.computeIfAbsent(IndexFiles.hash(key) & ((1 << bits) - 1),
                    b -> new java.util.ArrayList<>());
            same.add(key);
            if (same.size() == count) {
                return same;
            }
        }
    }

    @Test
    void theOwnBitsAreListedAsDistancesInBase64() {
        java.util.BitSet set = new java.util.BitSet();
        set.set(3);
        set.set(200);
        set.set(201);
        assertThat(new IndexFiles.Own(8, set).json()).isEqualTo("{\"bits\":8,\"set\":\""
                + java.util.Base64.getEncoder().encodeToString(new byte[] {3, (byte) 0xc5, 0x01, 1}) + "\"}");
        assertThat(new IndexFiles.Own(0, new java.util.BitSet()).json()).isEqualTo("{\"bits\":0,\"set\":\"\"}");
        assertThat(new IndexFiles.Own(0, new java.util.BitSet()).has("nguoi")).isFalse();
    }

    @Test
    void theSamePostingsGiveTheSameBytesAndShardsCountOnlyTheKeysTheyHold() {
        syllable("nguoi", range(0, 4000), d -> d % 5 + 1);
        for (int i = 0; i < 300; i++) {
            syllable("k" + i, List.of(i, i + 1000), d -> 1);
        }
        IndexFiles files = IndexFiles.of(1 << 12, syllables, pairs, filters, Map.of());
        List<IndexFiles.File> first = files.files();
        List<IndexFiles.File> second = IndexFiles.of(1 << 12, syllables, pairs, filters, Map.of()).files();
        assertThat(first).hasSameSizeAs(second);
        for (int i = 0; i < first.size(); i++) {
            assertThat(second.get(i).path()).isEqualTo(first.get(i).path());
            assertThat(second.get(i).bytes()).as(first.get(i).path()).isEqualTo(first.get(i).bytes());
        }
        assertThat(files.shards()).as("4,000 postings of nguoi are in their own file").isEqualTo(1);
    }

    @Test
    void aPostingsFileMadeFromManyThreadsAtOnceHasTheBytesOfOneThread() throws java.io.IOException {
        syllable("nguoi", range(0, 4000), d -> d % 5 + 1);
        for (int i = 0; i < 3000; i++) {
            int weight = 1 + i % 3;
            syllable("k" + i, List.of(i, i + 1000), d -> weight);
        }
        List<IndexFiles.File> alone = IndexFiles.of(1 << 12, syllables, pairs, filters, Map.of()).files();
        List<IndexFiles.File> together = IndexFiles.of(1 << 12, syllables, pairs, filters, Map.of()).files();
        List<IndexFiles.File> everyFileFourTimes = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            everyFileFourTimes.addAll(together);
        }
        try (vn.gazette.internal.Workers workers = new vn.gazette.internal.Workers(3)) {
            workers.forEach(everyFileFourTimes, IndexFiles.File::bytes);
        }
        assertThat(together).extracting(IndexFiles.File::path).containsExactlyElementsOf(alone.stream()
                .map(IndexFiles.File::path).toList());
        for (int i = 0; i < alone.size(); i++) {
            assertThat(together.get(i).bytes()).as(alone.get(i).path()).isEqualTo(alone.get(i).bytes());
        }
        assertThat(alone).hasSizeGreaterThan(3);
    }

    @Test
    void aFileLaidOutBeforeAChangeInPlaceKeepsTheBytesOfItsTime() {
        syllable("nguoi", List.of(1, 2, 3), d -> 2);
        syllable("tap", List.of(2, 5), d -> 1);
        IndexFiles before = IndexFiles.of(8, syllables, pairs, filters, Map.of());
        IndexFiles changed = IndexFiles.of(8, syllables, pairs, filters, Map.of());
        Map<String, IndexFiles.File> old = new java.util.HashMap<>();
        changed.files().forEach(file -> old.put(file.path(), file)); // none of their bytes made yet
        Postings was = syllables.get("nguoi");
        syllable("nguoi", List.of(1, 3, 6, 7), d -> 4);
        assertThat(changed.update(List.of(new IndexFiles.Change("nguoi", was, syllables.get("nguoi"), true)),
                List.of())).isPresent();
        int differ = 0;
        for (IndexFiles.File file : before.files()) {
            assertThat(old.get(file.path()).bytes()).as(file.path()).isEqualTo(file.bytes());
            IndexFiles.File now = changed.files().stream().filter(f -> f.path().equals(file.path())).findFirst()
                    .orElseThrow();
            differ += java.util.Arrays.equals(now.bytes(), file.bytes()) ? 0 : 1;
        }
        assertThat(differ).as("the files that hold nguoi (its postings and its letter's dictionary)").isEqualTo(2);
    }
}
