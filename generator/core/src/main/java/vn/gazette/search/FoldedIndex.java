package vn.gazette.search;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import vn.gazette.internal.LongText;

/**
 * The documents of one build's search index folded into postings by key, with the files laid out from them, as a
 * running process (the preview server) keeps them for its next build: when that build numbers as many articles
 * and only a few of their documents changed, it takes the changed documents' postings out of the keys they have or
 * had, puts their new ones in, and lays out again only the files that hold those keys ({@link #change}). The files
 * are then byte for byte those of a fold of every document. Not thread-safe: one build at a time uses it, and
 * within a build one thread at a time.
 */
public final class FoldedIndex {

    /**
     * Documents are folded a chunk at a time: the chunk's syllables and pairs are sorted by key, so each key's postings
     * are appended to in one run instead of once per article (an article touches hundreds of keys, each a cache
     * miss; a common key is in most articles of a chunk).
     */
    static final int CHUNK = 256;
    /** Text longer than this (metadata, a filter) is not one an index wrote. */
    private static final int MAX_TEXT = 1 << 24;

    private final Document.Keys keys;
    private final int documents;
    /** The key of each article's document, by position (newest first), as {@link #inputs} were made of. */
    private long[] documentKeys;
    private long inputs;
    /** The syllables' postings by bare key number. */
    private Postings[] syllables = new Postings[1024];
    /** The pairs' postings by {@link Document.Keys#pair}; those of no document any more are empty. */
    private final LongMap<Postings> pairs = new LongMap<>();
    private final Map<String, Postings> filters = new HashMap<>();
    /** Each document's metadata (see {@link Document#meta}) in UTF-8, by bucket of documents. */
    private final Map<Integer, byte[][]> metas = new TreeMap<>();
    /** The files as last laid out; none yet in an index read back from the build cache until one is asked for. */
    private IndexFiles layout;
    /** What {@link #facets} was last given, if anything. */
    private String facets;
    private final List<Document> chunk = new ArrayList<>(CHUNK);
    private final int[] chunkIds = new int[CHUNK];

    /**
     * An index of {@code documents} documents, none folded yet, with the keys of {@code keys} (a later build that
     * changes it in place must make and read its documents with the same keys).
     */
    FoldedIndex(Document.Keys keys, int documents) {
        this.keys = keys;
        this.documents = documents;
    }

    Document.Keys keys() {
        return keys;
    }

    /** How many documents it has. */
    int documents() {
        return documents;
    }

    /** The key of the document at a position, as given to {@link #laidOut}. */
    long documentKey(int position) {
        return documentKeys[position];
    }

    /** The inputs the files were made of, as given to {@link #laidOut}. */
    public long inputs() {
        return inputs;
    }

    /** The keys of the filters that some document has. */
    Set<String> filterKeys() {
        return filters.keySet();
    }

    /** Folds a document; documents come from the highest number down. */
    void fold(int id, Document document) {
        document.filters().forEach(filter -> filters.computeIfAbsent(filter, k -> new Postings()).add(id));
        metas.computeIfAbsent(id / IndexFiles.BUCKET, b -> new byte[IndexFiles.BUCKET][])[id % IndexFiles.BUCKET] =
                document.meta().getBytes(StandardCharsets.UTF_8);
        chunkIds[chunk.size()] = id;
        chunk.add(document);
        if (chunk.size() == CHUNK) {
            flush();
        }
    }

    /** Lays out the files of every document folded. */
    List<IndexFiles.File> files() {
        flush();
        layout = IndexFiles.of(documents, byText(), pairsByText(), filters, metas);
        return layout.files();
    }

    /**
     * Sets {@code facets.json}, which the site makes.
     *
     * @return whether its bytes changed
     */
    boolean facets(String json) {
        facets = json;
        return layout().facets(json);
    }

    /** The files as last laid out. */
    List<IndexFiles.File> laidOutFiles() {
        return layout().files();
    }

    /**
     * Lays out the files now, ahead of a change in place: an index read back from the build cache does it on the
     * thread that read it, beside the stages before rendering, instead of when the pages are made.
     */
    public void layOutAhead() {
        layout();
    }

    /**
     * The layout of the files; an index read back from the build cache lays them out again the first time, each
     * postings file only when a change or a write asks for it ({@link HeldKeys}).
     */
    private IndexFiles layout() {
        if (layout == null) {
            flush();
            layout = IndexFiles.held(documents, new HeldKeys(this), byText(), metas);
            if (facets != null) {
                layout.facets(facets);
            }
        }
        return layout;
    }

    /** How many postings files the layout holds the records of, for tests. */
    int recordsLaidOut() {
        return layout().recordsLaidOut();
    }

    /** Calls {@code each} with every syllable's bare key number and postings. */
    void forEachSyllable(java.util.function.ObjIntConsumer<Postings> each) {
        for (int id = 0; id < syllables.length; id++) {
            if (syllables[id] != null) {
                each.accept(syllables[id], id);
            }
        }
    }

    /** Calls {@code each} with every pair and its postings (empty ones too), in no particular order. */
    void forEachPair(LongMap.Entry<Postings> each) {
        pairs.forEach(each);
    }

    /** The postings of a syllable by its bare key's number, or null. */
    Postings syllable(int bare) {
        return bare < syllables.length ? syllables[bare] : null;
    }

    /** The postings of a pair, or null. */
    Postings pair(long pair) {
        return pairs.get(pair);
    }

    /** The postings of a filter, or null. */
    Postings filter(String key) {
        return filters.get(key);
    }

    /** Records what the files were made of: each position's document key and their {@link SearchIndex#inputs}. */
    void laidOut(long[] documentKeys, long inputs) {
        this.documentKeys = documentKeys.clone();
        this.inputs = inputs;
    }

    /**
     * Changes the documents numbered {@code numbers} from {@code before} to {@code after} and lays out again the files
     * that changed (all of them when the change needs other own bits or another number of shards).
     *
     * @return the paths of the files made again or dropped; empty, with nothing changed, when the postings of a fold
     *         cannot be told from these (see {@link Postings#replaced(int[], Postings.Entry[])}): the documents must
     *         then be folded anew
     */
    Optional<Set<String>> change(int[] numbers, Document[] before, Document[] after) {
        Integer[] order = new Integer[numbers.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> Integer.compare(numbers[b], numbers[a]));
        int[] changed = Arrays.stream(order).mapToInt(i -> numbers[i]).toArray();
        Document[] olds = Arrays.stream(order).map(i -> before[i]).toArray(Document[]::new);
        Document[] news = Arrays.stream(order).map(i -> after[i]).toArray(Document[]::new);
        Document.Keys.Bare[] bares = keys.byId();

        Map<Document.Keys.Bare, Postings> newSyllables = new LinkedHashMap<>();
        List<IndexFiles.Change> changes = new ArrayList<>();
        for (Map.Entry<Document.Keys.Bare, Postings.Entry[]> word : words(olds, news).entrySet()) {
            int id = word.getKey().id;
            Postings old = id < syllables.length ? syllables[id] : null;
            Optional<Postings> replaced = (old == null ? new Postings() : old).replaced(changed, word.getValue());
            if (replaced.isEmpty()) {
                return Optional.empty();
            }
            newSyllables.put(word.getKey(), replaced.get());
            changes.add(change(word.getKey().text, old, replaced.get(), true));
        }
        Map<Long, Postings> newPairs = new LinkedHashMap<>();
        pairTimes(olds, news).forEach((pair, times) -> {
            Postings old = pairs.computeIfAbsent(pair, p -> new Postings());
            Postings replaced = old.replaced(changed, times);
            newPairs.put(pair, replaced);
            changes.add(change(bares[(int) (pair >>> 32)].text + " " + bares[(int) (long) pair].text, old, replaced,
                    false));
        });
        Map<String, Postings> newFilters = new LinkedHashMap<>();
        filterTimes(olds, news).forEach((filter, times) -> {
            Postings old = filters.get(filter);
            Postings replaced = (old == null ? new Postings() : old).replaced(changed, times);
            newFilters.put(filter, replaced);
            changes.add(change(filter, old, replaced, false));
        });

        newSyllables.forEach((bare, postings) -> postings(bare.id, postings));
        newPairs.forEach(pairs::put);
        newFilters.forEach((filter, postings) -> {
            if (postings.count() == 0) {
                filters.remove(filter);
            } else {
                filters.put(filter, postings);
            }
        });
        Set<Integer> buckets = new java.util.TreeSet<>();
        for (int c = 0; c < changed.length; c++) {
            metas.get(changed[c] / IndexFiles.BUCKET)[changed[c] % IndexFiles.BUCKET] = news[c].meta()
                    .getBytes(StandardCharsets.UTF_8);
            if (!news[c].meta().equals(olds[c].meta())) {
                buckets.add(changed[c] / IndexFiles.BUCKET);
            }
        }
        Optional<Set<String>> paths = layout().update(changes, buckets);
        if (paths.isEmpty()) { // other own bits or another number of shards: every file moves
            Set<String> all = layout.files().stream().map(IndexFiles.File::path).collect(java.util.stream.Collectors
                    .toCollection(java.util.TreeSet::new));
            layout = IndexFiles.of(documents, byText(), pairsByText(), filters, metas);
            layout.files().forEach(file -> all.add(file.path()));
            return Optional.of(all);
        }
        return paths;
    }

    private static IndexFiles.Change change(String key, Postings before, Postings after, boolean syllable) {
        return new IndexFiles.Change(key, before == null || before.count() == 0 ? null : before,
                after.count() == 0 ? null : after, syllable);
    }

    /**
     * The syllables the changed documents have or had, each with what each document now has of it (null: no longer
     * there); a syllable every changed document has exactly as before (the same weight and spellings, in the same
     * order) is left out, as its postings and its file stay as they are.
     */
    private static Map<Document.Keys.Bare, Postings.Entry[]> words(Document[] before, Document[] after) {
        Map<Document.Keys.Bare, Postings.Entry[]> was = new LinkedHashMap<>();
        for (int c = 0; c < before.length; c++) {
            Document.Words then = before[c].syllables();
            for (int i = 0; i < then.size(); i++) {
                was.computeIfAbsent(then.bares()[i], b -> new Postings.Entry[before.length])[c] = new Postings.Entry(
                        then.weights()[i], then.exacts()[i], then.more()[i]);
            }
        }
        Map<Document.Keys.Bare, Postings.Entry[]> words = new LinkedHashMap<>();
        was.keySet().forEach(bare -> words.put(bare, new Postings.Entry[after.length]));
        for (int c = 0; c < after.length; c++) {
            Document.Words now = after[c].syllables();
            for (int i = 0; i < now.size(); i++) {
                words.computeIfAbsent(now.bares()[i], b -> new Postings.Entry[after.length])[c] = new Postings.Entry(
                        now.weights()[i], now.exacts()[i], now.more()[i]);
            }
        }
        words.entrySet().removeIf(word -> {
            Postings.Entry[] then = was.get(word.getKey());
            return then != null && Arrays.equals(then, word.getValue());
        });
        return words;
    }

    /** How many times each changed document now lists each pair the changed documents have or had. */
    private static Map<Long, int[]> pairTimes(Document[] before, Document[] after) {
        return times(before, after, document -> Arrays.stream(document.pairs()).boxed().toList());
    }

    /** How many times each changed document now lists each filter the changed documents have or had. */
    private static Map<String, int[]> filterTimes(Document[] before, Document[] after) {
        return times(before, after, Document::filters);
    }

    /**
     * The keys (pairs, filters) the changed documents have or had, each with how many times each document now has
     * it; a key every changed document has as many times as before is left out.
     */
    private static <K> Map<K, int[]> times(Document[] before, Document[] after,
            java.util.function.Function<Document, List<K>> keys) {
        Map<K, int[]> was = new LinkedHashMap<>();
        for (int c = 0; c < before.length; c++) {
            for (K key : keys.apply(before[c])) {
                was.computeIfAbsent(key, k -> new int[before.length])[c]++;
            }
        }
        Map<K, int[]> times = new LinkedHashMap<>();
        was.keySet().forEach(key -> times.put(key, new int[after.length]));
        for (int c = 0; c < after.length; c++) {
            for (K key : keys.apply(after[c])) {
                times.computeIfAbsent(key, k -> new int[after.length])[c]++;
            }
        }
        times.entrySet().removeIf(key -> Arrays.equals(was.get(key.getKey()), key.getValue()));
        return times;
    }

    /** Adds the chunk's postings, key by key, each key's in the order the articles came (from the newest down). */
    private void flush() {
        int total = 0;
        int totalPairs = 0;
        for (Document document : chunk) {
            total += document.syllables().size();
            totalPairs += document.pairs().length;
        }
        // every syllable of the chunk by its bare key's number, those of one key in the order they came: a counting
        // sort, as the numbers are few (the bare keys of the site) and the syllables many. What the postings need of
        // each syllable is copied into flat arrays while the documents are walked in order, so the pass in key order
        // reads those and not each document's arrays again (a cache miss per syllable)
        int[] idOf = new int[total];
        int[] articleOf = new int[total];
        int[] weightOf = new int[total];
        String[] exactOf = new String[total];
        String[][] moreOf = new String[total][];
        int t = 0;
        int highest = 0;
        for (int c = 0; c < chunk.size(); c++) {
            Document.Words words = chunk.get(c).syllables();
            Document.Keys.Bare[] bares = words.bares();
            int[] weights = words.weights();
            String[] exacts = words.exacts();
            String[][] more = words.more();
            int article = chunkIds[c];
            for (int i = 0; i < bares.length; i++) {
                idOf[t] = bares[i].id;
                highest = Math.max(highest, idOf[t]);
                articleOf[t] = article;
                weightOf[t] = weights[i];
                exactOf[t] = exacts[i];
                moreOf[t] = more[i];
                t++;
            }
        }
        int[] starts = new int[highest + 2];
        int[] order = byNumber(idOf, total, starts);
        Postings postings = null;
        int current = -1;
        for (int k : order) {
            if (idOf[k] != current) {
                current = idOf[k];
                postings = postings(current);
            }
            postings.add(articleOf[k], weightOf[k], exactOf[k], moreOf[k]);
        }
        flushPairs(totalPairs, starts);
        chunk.clear();
    }

    /**
     * The pairs' postings of the chunk, pair by pair (by first bare key, then second), each pair's in the order the
     * articles came: two counting sorts, by the second key and then, keeping that order, by the first.
     */
    private void flushPairs(int total, int[] starts) {
        long[] pairOf = new long[total];
        int[] documentOf = new int[total];
        int[] firsts = new int[total];
        int[] seconds = new int[total];
        int t = 0;
        for (int c = 0; c < chunk.size(); c++) {
            for (long pair : chunk.get(c).pairs()) {
                pairOf[t] = pair;
                firsts[t] = (int) (pair >>> 32);
                seconds[t] = (int) pair;
                documentOf[t] = c;
                t++;
            }
        }
        int[] bySecond = byNumber(seconds, total, starts);
        int[] firstsBySecond = new int[total];
        for (int i = 0; i < total; i++) {
            firstsBySecond[i] = firsts[bySecond[i]];
        }
        int[] order = byNumber(firstsBySecond, total, starts);
        long previous = -1;
        Postings postings = null;
        for (int o : order) {
            int k = bySecond[o];
            if (postings == null || pairOf[k] != previous) {
                previous = pairOf[k];
                postings = pairs.computeIfAbsent(previous, key -> new Postings());
            }
            postings.add(chunkIds[documentOf[k]]);
        }
    }

    /**
     * The places 0..{@code count - 1} ordered by their numbers ({@code numbers}, none above {@code starts.length - 2}),
     * those of one number in their own order (a stable counting sort); {@code starts} is scratch space.
     */
    private static int[] byNumber(int[] numbers, int count, int[] starts) {
        Arrays.fill(starts, 0);
        for (int i = 0; i < count; i++) {
            starts[numbers[i] + 1]++;
        }
        for (int n = 1; n < starts.length; n++) {
            starts[n] += starts[n - 1];
        }
        int[] order = new int[count];
        for (int i = 0; i < count; i++) {
            order[starts[numbers[i]]++] = i;
        }
        return order;
    }

    /** The postings of a syllable, new ones made (to be added to). */
    private Postings postings(int bare) {
        Postings postings = bare < syllables.length ? syllables[bare] : null;
        if (postings == null) {
            postings = new Postings();
            put(bare, postings);
        }
        return postings;
    }

    /** Sets the postings of a syllable; empty ones are none. */
    private void postings(int bare, Postings postings) {
        put(bare, postings.count() == 0 ? null : postings);
    }

    private void put(int bare, Postings postings) {
        if (bare >= syllables.length) {
            syllables = Arrays.copyOf(syllables, Math.max(syllables.length * 2, bare + 1));
        }
        syllables[bare] = postings;
    }

    private Map<String, Postings> byText() {
        Document.Keys.Bare[] bares = keys.byId();
        Map<String, Postings> byText = new HashMap<>();
        forEachSyllable((postings, id) -> byText.put(bares[id].text, postings));
        return byText;
    }

    /** The pairs by their keys in the files, "bare bare". */
    private Map<String, Postings> pairsByText() {
        Document.Keys.Bare[] bares = keys.byId();
        Map<String, Postings> byText = new HashMap<>(pairs.size() * 2);
        pairs.forEach((pair, postings) -> {
            if (postings.count() > 0) {
                byText.put(bares[(int) (pair >>> 32)].text + " " + bares[(int) pair].text, postings);
            }
        });
        return byText;
    }

    /**
     * Writes the index as {@link #laidOut} last recorded it (its keys, postings, metadata and what its files were made
     * of), for a build in another process to {@link #read} and change in place. The files are not written: they are
     * laid out again from the postings when asked for, with the same bytes.
     *
     * @throws IllegalStateException when it was never laid out
     */
    public void write(DataOutput out) throws IOException {
        if (documentKeys == null || !chunk.isEmpty()) {
            throw new IllegalStateException("an index is written once laid out");
        }
        out.writeInt(documents);
        out.writeLong(inputs);
        out.writeInt(documentKeys.length);
        for (long key : documentKeys) {
            out.writeLong(key);
        }
        keys.write(out);
        int syllableCount = 0;
        for (Postings postings : syllables) {
            syllableCount += postings == null ? 0 : 1;
        }
        out.writeInt(syllableCount);
        for (int id = 0; id < syllables.length; id++) {
            if (syllables[id] != null) {
                out.writeInt(id);
                syllables[id].write(out);
            }
        }
        TreeMap<Long, Postings> sortedPairs = new TreeMap<>(); // the same index gives the same bytes
        pairs.forEach((pair, postings) -> {
            if (postings.count() > 0) {
                sortedPairs.put(pair, postings);
            }
        });
        out.writeInt(sortedPairs.size());
        for (Map.Entry<Long, Postings> pair : sortedPairs.entrySet()) {
            out.writeLong(pair.getKey());
            pair.getValue().write(out);
        }
        Map<String, Postings> sortedFilters = new TreeMap<>(filters);
        out.writeInt(sortedFilters.size());
        for (Map.Entry<String, Postings> filter : sortedFilters.entrySet()) {
            LongText.write(out, filter.getKey());
            filter.getValue().write(out);
        }
        out.writeInt(metas.size());
        for (Map.Entry<Integer, byte[][]> bucket : metas.entrySet()) {
            out.writeInt(bucket.getKey());
            for (byte[] meta : bucket.getValue()) {
                out.writeBoolean(meta != null);
                if (meta != null) { // as LongText writes text: written and read back without decoding it
                    out.writeInt(meta.length);
                    out.write(meta);
                }
            }
        }
        out.writeBoolean(facets != null);
        if (facets != null) {
            LongText.write(out, facets);
        }
    }

    /**
     * Reads what {@link #write} wrote: an index as the build that wrote it left it, laid out, to be changed in place.
     * Bytes that are not an index are an {@link IOException} (or a {@link RuntimeException}).
     */
    public static FoldedIndex read(DataInput in) throws IOException {
        int documents = count(in);
        long inputs = in.readLong();
        long[] documentKeys = new long[count(in)];
        if (documentKeys.length != documents) {
            throw new IOException("an index of " + documents + " documents with " + documentKeys.length + " keys");
        }
        for (int i = 0; i < documentKeys.length; i++) {
            documentKeys[i] = in.readLong();
        }
        Document.Keys keys = Document.Keys.read(in);
        int bares = keys.byId().length;
        FoldedIndex index = new FoldedIndex(keys, documents);
        index.documentKeys = documentKeys;
        index.inputs = inputs;
        index.syllables = new Postings[Math.max(1024, bares)];
        for (int i = count(in); i > 0; i--) {
            int id = in.readInt();
            if (id < 0 || id >= bares) {
                throw new IOException("postings of no bare key: " + id);
            }
            index.syllables[id] = Postings.read(in);
        }
        for (int i = count(in); i > 0; i--) {
            long pair = in.readLong();
            if ((pair >>> 32) >= bares || (pair & 0xffffffffL) >= bares) {
                throw new IOException("a pair of no bare keys: " + Long.toHexString(pair));
            }
            index.pairs.put(pair, Postings.read(in));
        }
        for (int i = count(in); i > 0; i--) {
            index.filters.put(LongText.read(in, MAX_TEXT), Postings.read(in));
        }
        for (int i = count(in); i > 0; i--) {
            int bucket = in.readInt();
            byte[][] metas = new byte[IndexFiles.BUCKET][];
            for (int j = 0; j < metas.length; j++) {
                metas[j] = in.readBoolean() ? LongText.readBytes(in, MAX_TEXT) : null;
            }
            index.metas.put(bucket, metas);
        }
        index.facets = in.readBoolean() ? LongText.read(in, MAX_TEXT) : null;
        return index;
    }

    private static int count(DataInput in) throws IOException {
        int count = in.readInt();
        if (count < 0 || count > 1 << 26) {
            throw new IOException("not a count of an index: " + count);
        }
        return count;
    }

    /** Keys of every syllable, pair and filter, for tests. */
    List<String> allKeys() {
        flush();
        List<String> all = new ArrayList<>(byText().keySet());
        all.addAll(pairsByText().keySet());
        all.addAll(filters.keySet());
        return all;
    }
}
