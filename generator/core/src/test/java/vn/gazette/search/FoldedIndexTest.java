package vn.gazette.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A folded index whose documents change in place lays out the very bytes a fold of every document lays out, names
 * every file it made again, and says when it cannot tell them (the index is then folded anew).
 */
class FoldedIndexTest {

    /** One bare key ("da") in twelve spellings, others in two or three, and words of their own. */
    private static final String[] WORDS = {"da", "dà", "dá", "dạ", "đa", "đà", "đá", "đã", "Đà", "Dạ", "dâ", "dă",
        "hoà", "hòa", "hoa", "hỏa", "bình", "binh", "thủy", "thuỷ", "nước", "người", "ngày", "tin", "mới"};

    private final Document.Keys keys = new Document.Keys();
    private final Document.Scratch scratch = new Document.Scratch();

    private Document document(int number, String body) {
        return document(number, body, List.of("#y:" + (2020 + number % 3)));
    }

    private Document document(int number, String body, List<String> filters) {
        return document(number, body, filters, keys, scratch);
    }

    private static Document document(int number, String body, List<String> filters, Document.Keys keys,
            Document.Scratch scratch) {
        Document.Source source = new Document.Source("/a/" + number + "/", "Bài " + number, "2024-01-01", filters,
                List.of(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                List.of());
        return Document.of(source, "<p>" + body + "</p>", keys, scratch);
    }

    /** The documents folded from the highest number down, and laid out. */
    private FoldedIndex fold(List<Document> documents) {
        return fold(keys, documents);
    }

    private static FoldedIndex fold(Document.Keys keys, List<Document> documents) {
        FoldedIndex index = new FoldedIndex(keys, documents.size());
        for (int number = documents.size() - 1; number >= 0; number--) {
            index.fold(number, documents.get(number));
        }
        index.files();
        return index;
    }

    private static Map<String, String> bytes(FoldedIndex index) {
        Map<String, String> files = new TreeMap<>();
        index.laidOutFiles().forEach(file -> files.put(file.path(), Arrays.toString(file.bytes())));
        return files;
    }

    /**
     * Changes the documents in place; true when it could, and then the files are a fold's, those made again are
     * named, and {@code documents} are changed too.
     */
    private boolean change(FoldedIndex index, List<Document> documents, Map<Integer, Document> changes) {
        Map<String, String> before = bytes(index);
        int[] numbers = changes.keySet().stream().mapToInt(Integer::intValue).toArray();
        Document[] was = Arrays.stream(numbers).mapToObj(documents::get).toArray(Document[]::new);
        Document[] now = Arrays.stream(numbers).mapToObj(changes::get).toArray(Document[]::new);
        Optional<Set<String>> made = index.change(numbers, was, now);
        Map<String, String> after = bytes(index);
        if (made.isEmpty()) {
            assertThat(after).as("nothing changed").isEqualTo(before);
            return false;
        }
        changes.forEach(documents::set);
        assertThat(after).isEqualTo(bytes(fold(index.keys(), documents)));
        Set<String> differ = new java.util.TreeSet<>(before.keySet());
        differ.addAll(after.keySet());
        differ.removeIf(path -> java.util.Objects.equals(before.get(path), after.get(path)));
        assertThat(made.get()).as("the files made again").containsAll(differ);
        return true;
    }

    @Test
    void documentsChangedAtRandomGiveTheFilesOfAFoldOfEveryDocument() {
        Random random = new Random(7);
        List<Document> documents = new ArrayList<>();
        for (int number = 0; number < 40; number++) {
            documents.add(document(number, text(random)));
        }
        FoldedIndex index = fold(documents);
        int inPlace = 0;
        for (int round = 0; round < 300; round++) {
            Map<Integer, Document> changes = new TreeMap<>();
            for (int c = 1 + random.nextInt(3); c > 0; c--) {
                int number = random.nextInt(documents.size());
                changes.put(number, random.nextInt(8) == 0 ? Document.empty() : document(number, text(random)));
            }
            if (change(index, documents, changes)) {
                inPlace++;
            } else {
                changes.forEach(documents::set);
                index = fold(documents);
            }
        }
        assertThat(inPlace).as("changed in place of 300").isGreaterThan(150).isLessThan(300);
    }

    @Test
    void aFoldOfSeveralChunksLaysOutWhatPuttingEveryDocumentInOneByOneLaysOut() {
        // the fold sorts a chunk's syllables and pairs by key; putting documents into an index of empty ones in place
        // goes key by key without sorting, so the two agree only if the fold's order is right across chunks
        Random random = new Random(11);
        int count = 2 * FoldedIndex.CHUNK + 37;
        List<Document> documents = new ArrayList<>();
        Map<Integer, Document> changes = new TreeMap<>();
        for (int number = 0; number < count; number++) {
            documents.add(Document.empty());
            changes.put(number, document(number, text(random) + " " + text(random)));
        }
        FoldedIndex index = fold(documents);
        assertThat(change(index, documents, changes)).as("put in place").isTrue();
    }

    @Test
    void anIndexReadBackFromItsBytesLaysOutTheSameFilesAndChangesInPlaceLikeTheOneWritten() throws IOException {
        Random random = new Random(5);
        List<String> texts = new ArrayList<>();
        List<Document> documents = new ArrayList<>();
        for (int number = 0; number < 40; number++) {
            texts.add(text(random));
            documents.add(document(number, texts.get(number)));
        }
        FoldedIndex index = fold(documents);
        long[] documentKeys = random.longs(40).toArray();
        index.laidOut(documentKeys, 42L);
        index.facets("{\"p\":[\"Hà Giang\"]}");
        byte[] written = written(index);
        FoldedIndex read = FoldedIndex.read(new DataInputStream(new ByteArrayInputStream(written)));
        assertThat(bytes(read)).isEqualTo(bytes(index));
        assertThat(read.inputs()).isEqualTo(42L);
        assertThat(IntStream.range(0, 40).mapToLong(read::documentKey).toArray()).isEqualTo(documentKeys);
        assertThat(written(read)).as("written again").isEqualTo(written);
        assertThat(bytes(read)).containsKey(SearchIndex.FOLDER + "facets.json");
        // as in a process of its own: its documents are made (or read from the cache) with the keys read back (an
        // index without facets.json, as the folds it is compared with have none)
        FoldedIndex bare = fold(documents);
        bare.laidOut(documentKeys, 42L);
        read = FoldedIndex.read(new DataInputStream(new ByteArrayInputStream(written(bare))));
        Document.Scratch other = new Document.Scratch();
        List<Document> again = new ArrayList<>();
        for (int number = 0; number < 40; number++) {
            again.add(document(number, texts.get(number), List.of("#y:" + (2020 + number % 3)), read.keys(), other));
        }
        int changedInPlace = 0;
        for (int round = 0; round < 20; round++) {
            int number = random.nextInt(40);
            Map<Integer, Document> changes = Map.of(number, document(number, text(random) + " nước mới",
                    List.of("#y:2021"), read.keys(), other));
            if (change(read, again, changes)) {
                changedInPlace++;
            } else {
                changes.forEach(again::set);
                read = fold(read.keys(), again);
            }
        }
        assertThat(changedInPlace).isGreaterThan(10);
    }

    @Test
    void anIndexReadBackLaysOutTheRecordsOfTheFilesAChangeTouchesOnlyAndTheBytesOfAFold() throws IOException {
        // some thousand words, so that the postings fill many shards
        String[] words = Arrays.stream("b c d đ g h k l m n ph t th tr x".split(" "))
                .flatMap(first -> Arrays.stream("a ă â e ê i o ô ơ u ư".split(" "))
                        .flatMap(vowel -> Arrays.stream(",n,ng,m,c,t".split(",", -1))
                                .map(last -> first + vowel + last)))
                .toArray(String[]::new);
        Random random = new Random(13);
        java.util.function.Supplier<String> text = () -> IntStream.range(0, 30)
                .mapToObj(i -> words[random.nextInt(words.length)]).collect(Collectors.joining(" "));
        List<String> texts = new ArrayList<>();
        List<Document> documents = new ArrayList<>();
        for (int number = 0; number < 300; number++) {
            texts.add(text.get());
            documents.add(document(number, texts.get(number)));
        }
        FoldedIndex folded = fold(documents);
        folded.laidOut(new long[documents.size()], 42L);
        FoldedIndex read = FoldedIndex.read(new DataInputStream(new ByteArrayInputStream(written(folded))));
        Document.Scratch other = new Document.Scratch();
        List<Document> again = new ArrayList<>();
        for (int number = 0; number < texts.size(); number++) {
            again.add(document(number, texts.get(number), List.of("#y:" + (2020 + number % 3)), read.keys(), other));
        }
        Map<String, String> before = bytes(read);
        long shards = before.keySet().stream().filter(path -> path.startsWith(SearchIndex.FOLDER + "s/")).count();
        long postingsFiles = before.keySet().stream().filter(path -> path.endsWith(".bin")).count();
        assertThat(shards).as("shards").isGreaterThan(8);
        assertThat(read.recordsLaidOut()).as("records laid out before a change, with every file's bytes made")
                .isZero();
        int number = 17; // one word more, as an edit adds: its syllable, a pair and the article's metadata change
        Map<Integer, Document> changes = Map.of(number, document(number, texts.get(number) + " " + words[0],
                List.of("#y:" + (2020 + number % 3)), read.keys(), other));
        Set<String> made = new java.util.TreeSet<>(read.change(new int[] {number}, new Document[] {again.get(number)},
                new Document[] {changes.get(number)}).orElseThrow());
        changes.forEach(again::set);
        assertThat(bytes(read)).isEqualTo(bytes(fold(read.keys(), again)));
        long postingsMade = made.stream().filter(path -> path.endsWith(".bin")).count();
        assertThat(read.recordsLaidOut()).as("records laid out, of %d postings files", postingsFiles)
                .isPositive().isLessThanOrEqualTo((int) postingsMade);
        assertThat(postingsMade).isLessThan(postingsFiles / 2);
        // more changes in place, each giving a fold's bytes
        int inPlace = 0;
        for (int round = 0; round < 30; round++) {
            int at = random.nextInt(again.size());
            Map<Integer, Document> next = Map.of(at, random.nextInt(6) == 0 ? Document.empty()
                    : document(at, text.get(), List.of("#y:2022"), read.keys(), other));
            if (change(read, again, next)) {
                inPlace++;
            } else {
                next.forEach(again::set);
                FoldedIndex anew = fold(read.keys(), again);
                anew.laidOut(new long[again.size()], 42L);
                read = FoldedIndex.read(new DataInputStream(new ByteArrayInputStream(written(anew))));
            }
        }
        assertThat(inPlace).isGreaterThan(20);
    }

    @Test
    void bytesThatAreNotAnIndexAreRefused() throws IOException {
        FoldedIndex index = fold(List.of(document(0, "tin mới"), document(1, "người dân")));
        index.laidOut(new long[2], 1L);
        byte[] written = written(index);
        for (int cut : new int[] {0, 3, written.length / 2, written.length - 1}) {
            byte[] part = Arrays.copyOf(written, cut);
            assertThatThrownBy(() -> FoldedIndex.read(new DataInputStream(new ByteArrayInputStream(part))))
                    .as("cut at %d", cut).isInstanceOf(IOException.class);
        }
        byte[] other = written.clone();
        other[3] = 3; // three documents with two keys
        assertThatThrownBy(() -> FoldedIndex.read(new DataInputStream(new ByteArrayInputStream(other))))
                .isInstanceOf(IOException.class).hasMessageContaining("3 documents with 2 keys");
    }

    private static byte[] written(FoldedIndex index) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        index.write(new DataOutputStream(bytes));
        return bytes.toByteArray();
    }

    private static String text(Random random) {
        return IntStream.range(0, 1 + random.nextInt(12)).mapToObj(i -> WORDS[random.nextInt(WORDS.length)])
                .collect(Collectors.joining(random.nextBoolean() ? " " : ", "));
    }

    @Test
    void aDocumentThatNoLongerBringsASpellingFirstLeavesTheSlotsOfTheNextOnesUntold() {
        // folded from the highest number down: 2 brings đá (slot 0), 1 then dạ (slot 1)
        List<Document> documents = new ArrayList<>(List.of(document(0, "da"), document(1, "dạ đá"),
                document(2, "đá")));
        FoldedIndex index = fold(documents);
        // without 2's đá, 1 brings both, in its own order (dạ, đá), which the postings do not keep
        assertThat(change(index, documents, Map.of(2, document(2, "tin")))).isFalse();
        // with it still there, 1 brings only dạ
        assertThat(change(index, documents, Map.of(2, document(2, "đá tin")))).isTrue();
    }

    @Test
    void aSyllableOfMoreSpellingsThanSlotsIsFoldedAnew() {
        List<String> spellings = new ArrayList<>();
        for (String initial : List.of("d", "đ")) {
            for (String vowel : List.of("a", "ă", "â")) {
                for (String tone : List.of("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")) {
                    spellings.add(Normalizer.normalize(initial + vowel + tone, Normalizer.Form.NFC));
                }
            }
        }
        List<Document> documents = new ArrayList<>(List.of(document(0, String.join(" ", spellings)),
                document(1, "tin")));
        FoldedIndex index = fold(documents);
        assertThat(spellings).hasSizeGreaterThan(Postings.MAX_SPELLINGS);
        assertThat(change(index, documents, Map.of(1, document(1, "dà")))).isFalse();
        assertThat(change(index, documents, Map.of(1, document(1, "mới")))).as("da is not touched").isTrue();
    }

    @Test
    void aKeyReachingTheCountOfAFileOfItsOwnLaysEveryFileOutAnew() {
        List<Document> documents = new ArrayList<>();
        for (int number = 0; number < IndexFiles.OWN_FILE + 10; number++) {
            documents.add(document(number, (number < IndexFiles.OWN_FILE - 1 ? "ngày " : "") + "k" + number));
        }
        FoldedIndex index = fold(documents);
        String ownBefore = indexJson(index);
        int last = documents.size() - 1;
        assertThat(change(index, documents, Map.of(last, document(last, "ngày mới")))).isTrue();
        assertThat(indexJson(index)).as("ngày has a file of its own").isNotEqualTo(ownBefore);
        assertThat(change(index, documents, Map.of(last, document(last, "mới")))).isTrue();
        assertThat(indexJson(index)).isEqualTo(ownBefore);
    }

    @Test
    void postingsOutgrowingTheirShardsLayEveryFileOutAnew() {
        List<Document> documents = new ArrayList<>();
        for (int number = 0; number < 20; number++) {
            documents.add(document(number, "tin k" + number));
        }
        FoldedIndex index = fold(documents);
        assertThat(indexJson(index)).contains("\"shards\":1,");
        String many = IntStream.range(0, 3000).mapToObj(i -> "w" + i).collect(Collectors.joining(". "));
        assertThat(change(index, documents, Map.of(3, document(3, many)))).isTrue();
        assertThat(indexJson(index)).doesNotContain("\"shards\":1,");
        assertThat(change(index, documents, Map.of(3, document(3, "tin")))).isTrue();
        assertThat(indexJson(index)).contains("\"shards\":1,");
    }

    @Test
    void aChangeMakesAgainOnlyTheFilesOfWhatTheDocumentHasOtherwiseThanBefore() {
        List<Document> documents = new ArrayList<>();
        for (int number = 0; number < 300; number++) {
            documents.add(document(number, "tin mới hòa bình, người ngày k" + number + " v" + number % 37));
        }
        FoldedIndex index = fold(documents);
        Map<String, String> before = bytes(index);
        // a sentence added at the end: the syllables and the phrase it brings, not the ones the article had already
        Document edited = document(150, "tin mới hòa bình, người ngày k150 v" + 150 % 37 + ". Đoạn thêm");
        Optional<Set<String>> made = index.change(new int[] {150}, new Document[] {documents.get(150)},
                new Document[] {edited});
        documents.set(150, edited);
        Map<String, String> after = bytes(index);
        assertThat(after).isEqualTo(bytes(fold(index.keys(), documents)));
        Set<String> differ = new java.util.TreeSet<>(after.keySet());
        differ.removeIf(path -> java.util.Objects.equals(before.get(path), after.get(path)));
        assertThat(made).hasValueSatisfying(paths -> assertThat(paths).as("made again").isEqualTo(differ));
        assertThat(differ).as("only new keys' files, not those of the article's other syllables").hasSizeLessThan(5);
    }

    @Test
    void filtersAndMetadataChangeWithTheirDocuments() {
        List<Document> documents = new ArrayList<>();
        for (int number = 0; number < 20; number++) {
            documents.add(document(number, "tin", List.of("#y:2024", "#t:a")));
        }
        FoldedIndex index = fold(documents);
        assertThat(change(index, documents, Map.of(9, document(9, "tin", List.of("#y:2025", "#k:training")))))
                .isTrue();
        assertThat(index.filterKeys()).contains("#y:2025", "#k:training");
        assertThat(change(index, documents, Map.of(9, document(9, "tin", List.of("#y:2024"))))).isTrue();
        assertThat(index.filterKeys()).containsOnly("#y:2024", "#t:a");
    }

    private static String indexJson(FoldedIndex index) {
        return index.laidOutFiles().stream().filter(file -> file.path().endsWith("index.json")).findFirst()
                .map(file -> new String(file.bytes(), java.nio.charset.StandardCharsets.UTF_8)).orElseThrow();
    }
}
