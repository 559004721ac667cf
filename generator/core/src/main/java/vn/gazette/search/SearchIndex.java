package vn.gazette.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.gazette.site.Article;
import vn.gazette.site.Site;

/**
 * Builds the search index of one build: rendering workers hand it every published article with its cleaned body
 * ({@link #add}), in any order and concurrently; it numbers them by date (the oldest is 0, so a new article does
 * not renumber the others) and folds them into postings in that order, keeping only the few articles that arrive
 * early in memory. {@link #files} then gives the index's files. Thread-safe.
 */
public final class SearchIndex {

    /** Where the index lives in the output. */
    public static final String FOLDER = vn.gazette.render.SearchPage.INDEX_FOLDER;

    private final Site site;
    private final Map<Article, Integer> positions = new IdentityHashMap<>();
    private final Document.Keys keys = new Document.Keys();
    private final TreeMap<Integer, Document> waiting = new TreeMap<>();
    private int next;
    private final ThreadLocal<Document.Scratch> scratch = ThreadLocal.withInitial(Document.Scratch::new);
    /** The syllables' postings by bare key number. */
    private Postings[] syllables = new Postings[1024];
    private final LongMap<Postings> pairs = new LongMap<>();
    private final Map<String, Postings> filters = new HashMap<>();
    private final Map<Integer, String[]> metas = new TreeMap<>();
    private final java.util.concurrent.atomic.AtomicLong nanos = new java.util.concurrent.atomic.AtomicLong();

    /** An index of the site's articles (those the build publishes: drafts, future and expired ones are not there). */
    public SearchIndex(Site site) {
        this.site = site;
        List<Article> articles = site.articles();
        for (int i = 0; i < articles.size(); i++) {
            positions.put(articles.get(i), i);
        }
    }

    /** The files every index has, whatever its articles: a page may link them before the index is written. */
    public static List<String> alwaysWritten() {
        return List.of(FOLDER + "index.json", FOLDER + "facets.json");
    }

    /** Adds an article of the site with its cleaned body HTML. */
    public void add(Article article, String bodyHtml) {
        Integer position = positions.get(article);
        if (position == null) {
            throw new IllegalArgumentException("not an article of this site: " + article.url());
        }
        long start = cpuNanos();
        Document document = Document.of(site, article, bodyHtml, keys, scratch.get());
        arrived(position, document);
        nanos.addAndGet(cpuNanos() - start);
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

    /** Counts an article whose body could not be read (the build fails; the index only must not wait for it). */
    public void skip(Article article) {
        Integer position = positions.get(article);
        if (position != null) {
            arrived(position, Document.empty());
        }
    }

    private synchronized void arrived(int position, Document document) {
        waiting.put(position, document);
        while (!waiting.isEmpty() && waiting.firstKey() == next) {
            fold(number(next), waiting.pollFirstEntry().getValue());
            next++;
        }
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
     * The index's files, by path in the output, in a stable order and with the same bytes for the same articles.
     *
     * @throws IllegalStateException when an article of the site was neither added nor skipped
     */
    public synchronized List<IndexFiles.File> files() {
        if (next != positions.size()) {
            throw new IllegalStateException("the search index is missing article " + (next < positions.size()
                    ? site.articles().get(next).url() : "?"));
        }
        long start = cpuNanos();
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

    /** How many articles are in it. */
    public synchronized int documents() {
        return next;
    }

    /** Keys of every syllable, pair and filter, for tests. */
    synchronized List<String> keys() {
        flush();
        List<String> all = new ArrayList<>(byText().keySet());
        all.addAll(pairsByText().keySet());
        all.addAll(filters.keySet());
        return all;
    }
}
