package vn.gazette.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
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
 * not renumber the others) and folds them into postings in that order ({@link FoldedIndex}), keeping only the few
 * articles that arrive early in memory. {@link #files} then gives the index's files.
 *
 * <p>Each article's document is found in the {@link DocumentCache} by its key when an earlier build made it, and
 * only made (cut into syllables) when not. Nothing is folded until a document had to be made or the files are asked
 * for: when every document came from the cache, {@link #inputs} may show that the last build's files are still
 * right, and then no document is even read. Given the last build's folded index (a running process keeps it), an
 * index of as many articles of which at most {@link #MAX_CHANGES} documents changed is changed in place: only the
 * changed documents are read, before and after, and only the files holding their keys are made again. Thread-safe.
 */
public final class SearchIndex {

    /** Where the index lives in the output. */
    public static final String FOLDER = vn.gazette.render.SearchPage.INDEX_FOLDER;

    /**
     * The version of the index files' layout, among the {@link #inputs}: raise it when the same documents and the
     * same code ({@link #CODE}) make other files.
     */
    static final int FORMAT = 1;

    /** At most this many changed documents are changed in the last build's folded index; more are folded anew. */
    static final int MAX_CHANGES = 32;

    /** The code that folds documents and lays the files out, and how this Java folds letters ({@link FoldTable}). */
    private static final long CODE = new Digest().code(SearchIndex.class).code(FoldedIndex.class)
            .code(Postings.class).code(IndexFiles.class).code(Facets.class).code(LongMap.class).code(JsonText.class)
            .code(FoldTable.class).add(FoldTable.json()).value();

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
    private final Document.Keys keys;
    private final ThreadLocal<Document.Scratch> scratch = ThreadLocal.withInitial(Document.Scratch::new);
    /** By position: a document, or the key of one the cache holds and that is read only when it is folded. */
    private final TreeMap<Integer, Object> waiting = new TreeMap<>();
    /** Whether the last build's folded index numbers as many documents, so it may be changed in place. */
    private final boolean inPlace;
    /** The last build's folded index until it is changed in place, or given up for a fold of every document. */
    private FoldedIndex previous;
    /** Whether documents are folded anew as they come: once one had to be made, or once the files are asked for. */
    private volatile boolean folding;
    /** Held by the one thread folding documents; taken before this object's lock, never after it. */
    private final java.util.concurrent.locks.ReentrantLock fold = new java.util.concurrent.locks.ReentrantLock();
    private int next;
    /** The index being folded anew, or the last build's once changed in place. */
    private FoldedIndex folded;
    private boolean laidOut;
    /** What the last build's index was made of, and the files made again, when {@link #files} changed it in place. */
    private OptionalLong changedFrom = OptionalLong.empty();
    private Set<String> remade = Set.of();
    private int changed;
    private final AtomicLong nanos = new AtomicLong();
    private final AtomicInteger made = new AtomicInteger();
    private final AtomicInteger byKey = new AtomicInteger();

    /** An index of the site's articles (those the build publishes: drafts, future and expired ones are not there). */
    public SearchIndex(Site site) {
        this(site, DocumentCache.none(), article -> Optional.empty(), Optional.empty());
    }

    /**
     * An index that takes the documents of earlier builds from {@code cache} and adds the ones it makes.
     *
     * @param bodies   reads a body again when an entry of the cache turns out unreadable
     * @param previous the last build's folded index, to change in place if few documents changed
     */
    public SearchIndex(Site site, DocumentCache cache, Bodies bodies, Optional<FoldedIndex> previous) {
        this.site = site;
        this.cache = cache;
        this.bodies = bodies;
        List<Article> articles = site.articles();
        for (int i = 0; i < articles.size(); i++) {
            positions.put(articles.get(i), i);
        }
        this.documentKeys = new long[articles.size()];
        this.came = new BitSet(articles.size());
        // the same keys as the last build's documents, so a pair's number means the same syllables
        this.keys = previous.map(FoldedIndex::keys).orElseGet(Document.Keys::new);
        this.previous = previous.filter(p -> p.documents() == articles.size()).orElse(null);
        this.inPlace = this.previous != null;
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

    /**
     * Adds an article whose document is the one with this key (what {@link #keyOf} gave for the same article of the
     * same model last time), if the cache has it.
     *
     * @return whether it was added; if not, {@link #add(Article, long)} or {@link #add(Article, String)} it
     */
    public boolean addByKey(Article article, long key) throws IOException {
        int position = position(article);
        long start = cpuNanos();
        Object entry = cached(key);
        if (entry != null) {
            arrived(position, key, entry);
            byKey.incrementAndGet();
        }
        nanos.addAndGet(cpuNanos() - start);
        return entry != null;
    }

    /** The key of the document an article added to the index has. */
    public synchronized long keyOf(Article article) {
        int position = position(article);
        if (!came.get(position)) {
            throw new IllegalStateException("not added yet: " + article.url());
        }
        return documentKeys[position];
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
        if (made.incrementAndGet() > MAX_CHANGES || !inPlace) {
            folding = true; // the index is not the last build's: every document is folded
        }
        return document;
    }

    private void arrived(int position, long key, Object entry) throws IOException {
        synchronized (this) {
            documentKeys[position] = key;
            came.set(position);
            waiting.put(position, entry);
        }
        // one worker folds at a time, outside the lock the others take to hand their documents in: a worker that
        // finds another folding goes back to its pages (the one folding takes its document too, or the next one
        // that comes, or files())
        while (folding && fold.tryLock()) {
            try {
                if (!foldArrived()) {
                    return;
                }
            } finally {
                fold.unlock();
            }
        }
    }

    /**
     * Folds the documents that came, in order, once the index is being folded anew; the caller holds {@link #fold}
     * (and not this object's lock, which is taken for each document).
     *
     * @return whether it folded any
     */
    private boolean foldArrived() throws IOException {
        if (!folding) {
            return false;
        }
        boolean any = false;
        while (true) {
            int position;
            Object entry;
            synchronized (this) {
                if (folded == null) {
                    previous = null;
                    folded = new FoldedIndex(keys, positions.size());
                }
                if (waiting.isEmpty() || waiting.firstKey() != next) {
                    return any;
                }
                entry = waiting.pollFirstEntry().getValue();
                position = next++;
            }
            folded.fold(number(position), entry instanceof Document document ? document : read(position, (Long) entry));
            any = true;
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
     * A digest of everything the index files are made of: their layout and the code that makes them, the folding
     * table, the facets, and every document's key in order. Two builds with the same inputs make the same files.
     *
     * @throws IllegalStateException when an article of the site was neither added nor skipped
     */
    public synchronized long inputs() {
        requireEveryArticle();
        Digest digest = new Digest().add(FORMAT).add(IndexFiles.VERSION).add(CODE)
                .add(Facets.of(site, Set.of())).add(documentKeys.length);
        for (long key : documentKeys) {
            digest.add(key);
        }
        return digest.value();
    }

    /**
     * The index's files, by path in the output, in a stable order and with the same bytes for the same articles;
     * documents not folded yet are read from the cache first, unless the last build's index is changed in place.
     *
     * @throws IllegalStateException when an article of the site was neither added nor skipped
     */
    public List<IndexFiles.File> files() throws IOException {
        fold.lock();
        try {
            return laidOutFiles();
        } finally {
            fold.unlock();
        }
    }

    private synchronized List<IndexFiles.File> laidOutFiles() throws IOException {
        requireEveryArticle();
        long start = System.nanoTime();
        if (!folding && previous != null && changeInPlace()) {
            folded = previous;
            previous = null;
            waiting.clear();
        } else {
            folding = true;
            foldArrived();
            folded.files();
        }
        if (folded.facets(Facets.of(site, folded.filterKeys())) && changedFrom.isPresent()) {
            remade.add(FOLDER + "facets.json");
        }
        folded.laidOut(documentKeys, inputs());
        laidOut = true;
        filesNanos += System.nanoTime() - start;
        return folded.laidOutFiles();
    }

    /**
     * Changes the last build's folded index in place, if at most {@link #MAX_CHANGES} of its documents changed and
     * each one's document before can be read from the cache.
     *
     * @return whether it did; if not, nothing changed
     */
    private boolean changeInPlace() throws IOException {
        List<Integer> moved = new ArrayList<>();
        for (int position = 0; position < documentKeys.length && moved.size() <= MAX_CHANGES; position++) {
            if (documentKeys[position] != previous.documentKey(position)) {
                moved.add(position);
            }
        }
        if (moved.size() > MAX_CHANGES) {
            return false;
        }
        int[] numbers = new int[moved.size()];
        Document[] before = new Document[moved.size()];
        Document[] after = new Document[moved.size()];
        for (int c = 0; c < moved.size(); c++) {
            int position = moved.get(c);
            long old = previous.documentKey(position);
            Optional<Document> was = old == 0 ? Optional.of(NOTHING) : cache.get(old, keys);
            if (was.isEmpty()) {
                return false;
            }
            numbers[c] = number(position);
            before[c] = was.get();
            Object entry = waiting.get(position);
            after[c] = entry instanceof Document document ? document : read(position, (Long) entry);
        }
        long inputs = previous.inputs();
        Optional<Set<String>> paths = previous.change(numbers, before, after);
        if (paths.isEmpty()) {
            return false;
        }
        changedFrom = OptionalLong.of(inputs);
        remade = new java.util.TreeSet<>(paths.get());
        changed = moved.size();
        return true;
    }

    /**
     * The inputs of the last build's index when {@link #files} changed it in place (its files but those
     * {@link #remade} have the bytes they had); empty when the index was folded anew.
     */
    public synchronized OptionalLong changedFrom() {
        return changedFrom;
    }

    /** Whether {@link #files} made a file again: always, unless it changed the last build's index in place. */
    public synchronized boolean remade(String path) {
        return changedFrom.isEmpty() || remade.contains(path);
    }

    /** How many documents {@link #files} changed in the last build's index in place; 0 when it folded anew. */
    public synchronized int changedInPlace() {
        return changed;
    }

    /** How many files {@link #files} made again when it changed the last build's index in place. */
    public synchronized int remadeInPlace() {
        return remade.size();
    }

    /**
     * The folded index to keep for the next build: this build's once {@link #files} laid it out, else the last
     * build's as it was (its files were kept), if any.
     */
    public synchronized Optional<FoldedIndex> folded() {
        return Optional.ofNullable(laidOut ? folded : previous);
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

    /** How many documents were added by their keys ({@link #addByKey}), without working out their sources. */
    public int addedByKey() {
        return byKey.get();
    }

    /**
     * The CPU time the rendering workers spent on the index, summed over them: processor time of their threads, not
     * the wall clock (which counts waiting for the lock, and for the processor on a busy machine).
     */
    public java.time.Duration workTime() {
        return java.time.Duration.ofNanos(nanos.get());
    }

    /** The time {@link #files} took, by the wall clock (the postings files' bytes are made as they are written). */
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
        return folded.allKeys();
    }
}
