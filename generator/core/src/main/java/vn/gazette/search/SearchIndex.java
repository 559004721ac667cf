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

    private void fold(int id, Document document) {
        Document.Words words = document.syllables();
        for (int i = 0; i < words.size(); i++) {
            int bare = words.bares()[i].id;
            if (bare >= syllables.length) {
                syllables = java.util.Arrays.copyOf(syllables, Math.max(syllables.length * 2, bare + 1));
            }
            Postings postings = syllables[bare];
            if (postings == null) {
                postings = new Postings();
                syllables[bare] = postings;
            }
            postings.add(id, words.weights()[i], words.exacts()[i], words.more()[i]);
        }
        for (long pair : document.pairs()) {
            pairs.computeIfAbsent(pair, k -> new Postings()).add(id);
        }
        document.filters().forEach(filter -> filters.computeIfAbsent(filter, k -> new Postings()).add(id));
        metas.computeIfAbsent(id / IndexFiles.BUCKET, b -> new String[IndexFiles.BUCKET])[id % IndexFiles.BUCKET] =
                document.meta();
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
        List<String> all = new ArrayList<>(byText().keySet());
        all.addAll(pairsByText().keySet());
        all.addAll(filters.keySet());
        return all;
    }
}
