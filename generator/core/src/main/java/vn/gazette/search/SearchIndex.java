package vn.gazette.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import vn.gazette.internal.Digest;
import vn.gazette.site.Article;
import vn.gazette.site.Site;

/**
 * Builds the search index of one build: rendering workers hand it every published article with its cleaned body
 * ({@link #add}), in any order and concurrently; it numbers them by date (the oldest is 0, so a new article does
 * not renumber the others) and folds them into postings in that order, keeping only the few articles that arrive
 * early in memory. {@link #files} then gives the index's files.
 *
 * <p>Each article's document is found in the {@link DocumentCache} by its key when an earlier build made it, and
 * only made (cut into syllables) when not. Nothing is folded until a document had to be made or the files are asked
 * for: when every document came from the cache, {@link #inputs} may show that the last build's files are still
 * right, and then no document is even read. Thread-safe.
 */
public final class SearchIndex {

    /** Where the index lives in the output. */
    public static final String FOLDER = vn.gazette.render.SearchPage.INDEX_FOLDER;

    /**
     * The version of the index files' layout, among the {@link #inputs}: raise it when the same documents and the
     * same code ({@link #CODE}) make other files.
     */
    static final int FORMAT = 1;

    /** The code that folds documents and lays the files out, and how this Java folds letters ({@link FoldTable}). */
    private static final long CODE = new Digest().code(SearchIndex.class).code(Postings.class).code(IndexFiles.class)
            .code(LongMap.class).code(JsonText.class).code(FoldTable.class).add(FoldTable.json()).value();

    private static final Document NOTHING = Document.empty();

    /** Reads an article's body again, for a document the cache said it had and then could not give back. */
    @FunctionalInterface
    public interface Bodies {
        /** The cleaned body HTML, as {@link #add} was given it; empty when it cannot be read (an error is reported). */
        Optional<String> of(Article article) throws IOException;
    }

    private final Site site;
    private final DocumentCache cache;
    private final Bodies bodies;
    private final Map<Article, Integer> positions = new IdentityHashMap<>();
    /** The key of each article's document, by position (newest first). */
    private final long[] documentKeys;
    private final BitSet came;
    private final Document.Keys keys = new Document.Keys();
    private final ThreadLocal<Document.Scratch> scratch = ThreadLocal.withInitial(Document.Scratch::new);
    /** By position: a document, or the key of one the cache holds and that is read only when it is folded. */
    private final TreeMap<Integer, Object> waiting = new TreeMap<>();
    /** Whether documents are folded as they come: once one had to be made, or once the files are asked for. */
    private volatile boolean folding;
    private int next;
    /** The syllables' postings by bare key number. */
    private Postings[] syllables = new Postings[1024];
    private final LongMap<Postings> pairs = new LongMap<>();
    private final Map<String, Postings> filters = new HashMap<>();
    private final Map<Integer, String[]> metas = new TreeMap<>();
    private final AtomicLong nanos = new AtomicLong();
    private final AtomicInteger made = new AtomicInteger();

    /** An index of the site's articles (those the build publishes: drafts, future and expired ones are not there). */
    public SearchIndex(Site site) {
        this(site, DocumentCache.none(), article -> Optional.empty());
    }

    /**
     * An index that takes the documents of earlier builds from {@code cache} and adds the ones it makes.
     *
     * @param bodies reads a body again when an entry of the cache turns out unreadable
     */
    public SearchIndex(Site site, DocumentCache cache, Bodies bodies) {
        this.site = site;
        this.cache = cache;
        this.bodies = bodies;
        List<Article> articles = site.articles();
        for (int i = 0; i < articles.size(); i++) {
            positions.put(articles.get(i), i);
        }
        this.documentKeys = new long[articles.size()];
        this.came = new BitSet(articles.size());
    }

    /** The files every index has, whatever its articles: a page may link them before the index is written. */
    public static List<String> alwaysWritten() {
        return List.of(FOLDER + "index.json", FOLDER + "facets.json");
    }

    /**
     * Adds an article of the site with its cleaned body HTML.
     *
     * @return the {@link Digest} of the body, by which {@link #add(Article, long)} finds the article's document
     *         without the body next time
     */
    public long add(Article article, String bodyHtml) throws IOException {
        int position = position(article);
        long start = cpuNanos();
        Document.Source source = Document.Source.of(site, article);
        long body = Digest.of(bodyHtml);
        long key = source.key(body);
        Object entry = cached(key);
        if (entry == null) {
            entry = make(key, source, bodyHtml);
        }
        arrived(position, key, entry);
        nanos.addAndGet(cpuNanos() - start);
        return body;
    }

    /**
     * Adds an article whose body is the one with digest {@code body} (the same as last time, its page says), if
     * the cache has its document.
     *
     * @return whether it was added; if not, {@link #add(Article, String)} it with its body
     */
    public boolean add(Article article, long body) throws IOException {
        int position = position(article);
        long start = cpuNanos();
        long key = Document.Source.of(site, article).key(body);
        Object entry = cached(key);
        if (entry != null) {
            arrived(position, key, entry);
        }
        nanos.addAndGet(cpuNanos() - start);
        return entry != null;
    }

    /** Counts an article whose body could not be read (the build fails; the index only must not wait for it). */
    public void skip(Article article) throws IOException {
        Integer position = positions.get(article);
        if (position != null) {
            arrived(position, 0, NOTHING);
        }
    }

    private int position(Article article) {
        Integer position = positions.get(article);
        if (position == null) {
            throw new IllegalArgumentException("not an article of this site: " + article.url());
        }
        return position;
    }

    /** What the cache has for a key: the document itself when it is folded anyway, else only the key; or null. */
    private Object cached(long key) {
        if (!folding) {
            return cache.has(key) ? Long.valueOf(key) : null;
        }
        return cache.get(key, keys).orElse(null);
    }

    private Document make(long key, Document.Source source, String bodyHtml) {
        Document document = Document.of(source, bodyHtml, keys, scratch.get());
        cache.put(key, document);
        made.incrementAndGet();
        folding = true; // the index is not the last build's: every document is folded
        return document;
    }

    private synchronized void arrived(int position, long key, Object entry) throws IOException {
        documentKeys[position] = key;
        came.set(position);
        waiting.put(position, entry);
        foldArrived();
    }

    /** Folds the documents that came, in order, once the index is being folded. */
    private void foldArrived() throws IOException {
        while (folding && !waiting.isEmpty() && waiting.firstKey() == next) {
            Object entry = waiting.pollFirstEntry().getValue();
            fold(number(next), entry instanceof Document document ? document : read(next, (Long) entry));
            next++;
        }
    }

    /** A document the cache said it has; made again from the body if it cannot be read after all. */
    private Document read(int position, long key) throws IOException {
        Optional<Document> cached = cache.get(key, keys);
        if (cached.isPresent()) {
            return cached.get();
        }
        Article article = site.articles().get(position);
        Optional<String> body = bodies.of(article);
        if (body.isEmpty()) {
            documentKeys[position] = 0;
            return NOTHING;
        }
        Document.Source source = Document.Source.of(site, article);
        long again = source.key(Digest.of(body.get()));
        documentKeys[position] = again;
        return make(again, source, body.get());
    }

    /** Articles come newest first; their numbers count from the oldest. */
    private int number(int position) {
        return positions.size() - 1 - position;
    }

    /**
     * Articles are folded a chunk at a time: the chunk's syllables and pairs are sorted by key, so each key's postings
     * are appended to in one run instead of once per article (an article touches hundreds of keys, each a cache
     * miss; a common key is in most articles of a chunk).
     */
    static final int CHUNK = 256;
    /** Bare key numbers and chunk positions fit in these many bits each when pairs are sorted as one number. */
    private static final int PAIR_BITS = 21;
    private final List<Document> chunk = new ArrayList<>(CHUNK);
    private final int[] chunkIds = new int[CHUNK];

    private void fold(int id, Document document) {
        document.filters().forEach(filter -> filters.computeIfAbsent(filter, k -> new Postings()).add(id));
        metas.computeIfAbsent(id / IndexFiles.BUCKET, b -> new String[IndexFiles.BUCKET])[id % IndexFiles.BUCKET] =
                document.meta();
        chunkIds[chunk.size()] = id;
        chunk.add(document);
        if (chunk.size() == CHUNK) {
            flush();
        }
    }

    /** Adds the chunk's postings, key by key, each key's in the order the articles came (from the newest down). */
    private void flush() {
        int total = 0;
        int totalPairs = 0;
        for (Document document : chunk) {
            total += document.syllables().size();
            totalPairs += document.pairs().length;
        }
        long[] order = new long[total];
        int[] documentOf = new int[total];
        int[] wordOf = new int[total];
        int t = 0;
        for (int c = 0; c < chunk.size(); c++) {
            Document.Words words = chunk.get(c).syllables();
            for (int i = 0; i < words.size(); i++) {
                order[t] = ((long) words.bares()[i].id << 32) | t;
                documentOf[t] = c;
                wordOf[t] = i;
                t++;
            }
        }
        java.util.Arrays.sort(order);
        for (long o : order) {
            int k = (int) o;
            Document.Words words = chunk.get(documentOf[k]).syllables();
            int i = wordOf[k];
            postings(words.bares()[i].id).add(chunkIds[documentOf[k]], words.weights()[i], words.exacts()[i],
                    words.more()[i]);
        }
        flushPairs(totalPairs);
        chunk.clear();
    }

    private void flushPairs(int total) {
        long limit = 1L << PAIR_BITS;
        boolean packable = total < limit;
        for (int c = 0; c < chunk.size() && packable; c++) {
            for (long pair : chunk.get(c).pairs()) {
                if ((pair >>> 32) >= limit || (pair & 0xffffffffL) >= limit) {
                    packable = false;
                    break;
                }
            }
        }
        if (!packable) { // more than two million bare keys: one article after the other
            for (int c = 0; c < chunk.size(); c++) {
                for (long pair : chunk.get(c).pairs()) {
                    pairs.computeIfAbsent(pair, k -> new Postings()).add(chunkIds[c]);
                }
            }
            return;
        }
        long[] order = new long[total];
        long[] pairOf = new long[total];
        int[] documentOf = new int[total];
        int t = 0;
        for (int c = 0; c < chunk.size(); c++) {
            for (long pair : chunk.get(c).pairs()) {
                order[t] = ((pair >>> 32) << (2 * PAIR_BITS)) | ((pair & 0xffffffffL) << PAIR_BITS) | t;
                pairOf[t] = pair;
                documentOf[t] = c;
                t++;
            }
        }
        java.util.Arrays.sort(order);
        long previous = -1;
        Postings postings = null;
        for (long o : order) {
            int k = (int) (o & (limit - 1));
            if (postings == null || pairOf[k] != previous) {
                previous = pairOf[k];
                postings = pairs.computeIfAbsent(previous, key -> new Postings());
            }
            postings.add(chunkIds[documentOf[k]]);
        }
    }

    private Postings postings(int bare) {
        if (bare >= syllables.length) {
            syllables = java.util.Arrays.copyOf(syllables, Math.max(syllables.length * 2, bare + 1));
        }
        Postings postings = syllables[bare];
        if (postings == null) {
            postings = new Postings();
            syllables[bare] = postings;
        }
        return postings;
    }

    /**
     * A digest of everything the index files are made of: their layout and the code that makes them, the folding
     * table, the facets, and every document's key in order. Two builds with the same inputs make the same files.
     *
     * @throws IllegalStateException when an article of the site was neither added nor skipped
     */
    public synchronized long inputs() {
        requireEveryArticle();
        Digest digest = new Digest().add(FORMAT).add(IndexFiles.VERSION).add(CODE)
                .add(IndexFiles.facets(site, Set.of())).add(documentKeys.length);
        for (long key : documentKeys) {
            digest.add(key);
        }
        return digest.value();
    }

    /**
     * The index's files, by path in the output, in a stable order and with the same bytes for the same articles;
     * documents not folded yet are read from the cache first.
     *
     * @throws IllegalStateException when an article of the site was neither added nor skipped
     */
    public synchronized List<IndexFiles.File> files() throws IOException {
        requireEveryArticle();
        long start = cpuNanos();
        folding = true;
        foldArrived();
        flush();
        List<IndexFiles.File> files = new IndexFiles(site, positions.size(), byText(), pairsByText(), filters, metas)
                .files();
        filesNanos += cpuNanos() - start;
        return files;
    }

    private Map<String, Postings> byText() {
        Document.Keys.Bare[] bares = keys.byId();
        Map<String, Postings> byText = new HashMap<>();
        for (int id = 0; id < syllables.length; id++) {
            if (syllables[id] != null) {
                byText.put(bares[id].text, syllables[id]);
            }
        }
        return byText;
    }

    /** The pairs by their keys in the files, "bare bare". */
    private Map<String, Postings> pairsByText() {
        Document.Keys.Bare[] bares = keys.byId();
        Map<String, Postings> byText = new HashMap<>(pairs.size() * 2);
        pairs.forEach((pair, postings) -> byText.put(bares[(int) (pair >>> 32)].text + " " + bares[(int) pair].text,
                postings));
        return byText;
    }

    private void requireEveryArticle() {
        int missing = came.nextClearBit(0);
        if (missing < positions.size()) {
            throw new IllegalStateException("the search index is missing article " + site.articles().get(missing)
                    .url());
        }
    }

    /** How many articles are in it. */
    public synchronized int documents() {
        return came.cardinality();
    }

    /** How many documents were made (cut into syllables) in this build, not taken from the cache. */
    public int made() {
        return made.get();
    }

    /**
     * The CPU time the rendering workers spent on the index, summed over them: processor time of their threads, not
     * the wall clock (which counts waiting for the lock, and for the processor on a busy machine).
     */
    public java.time.Duration workTime() {
        return java.time.Duration.ofNanos(nanos.get());
    }

    /** The CPU time {@link #files} took. */
    public synchronized java.time.Duration filesTime() {
        return java.time.Duration.ofNanos(filesNanos);
    }

    /** The calling thread's CPU time, or the wall clock where the JVM cannot tell it. */
    private static long cpuNanos() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }

    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory
            .getThreadMXBean();
    private long filesNanos;


    /** Keys of every syllable, pair and filter, for tests. */
    synchronized List<String> keys() {
        List<String> all = new ArrayList<>(byText().keySet());
        all.addAll(pairsByText().keySet());
        all.addAll(filters.keySet());
        return all;
    }
}
