package vn.gazette.publish;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import vn.gazette.internal.Aside;
import vn.gazette.internal.ByteInput;
import vn.gazette.internal.ByteOutput;
import vn.gazette.internal.CacheFiles;
import vn.gazette.internal.LongText;
import vn.gazette.problem.Problem;
import vn.gazette.search.FoldedIndex;

/**
 * The publishing half of what a running process remembers between builds ({@code vn.gazette.BuildSession}): each
 * published file's incremental key ({@link vn.gazette.render.OutputKeys}) and fingerprint, and the problems making
 * it found, so a file whose key did not change is left as published without being made again (and an article page
 * left so gives the search index the digest of its body instead of the body), and the search index the last build
 * folded, so that an index of which few documents changed is changed in place. Files count only once their build
 * published. Thread-safe for the workers of one build; builds must not overlap.
 *
 * <p>A build in a process of its own keeps one in the build cache, with the rest of its session ({@link #write},
 * {@link #read}), so that a {@code build} after an edit, like the preview server's rebuilds, leaves the pages the
 * edit did not touch without making their views or reading their bodies. The folded search index is kept in a
 * file of its own beside the session ({@link #writeSearchIndex}, {@link #readSearchIndex}), written only when it
 * changed, so that such a build changes it in place too instead of folding every document again.
 */
public final class PublishMemo {

    /** A path or address longer than this is not one a build wrote: the file is not read. */
    private static final int MAX_TEXT = 1 << 16;

    /** A published file: the key it was made for, its fingerprint, and the problems making it found. */
    public record Made(long key, long fingerprint, List<Problem> problems) {
    }

    private Map<String, Made> made = Map.of();
    private volatile Map<String, Made> making = new ConcurrentHashMap<>();
    /** The manifest the last build of this process published, with its file's stamp then; null when none. */
    private volatile KeptManifest manifest;
    private final Map<String, long[]> related = new ConcurrentHashMap<>();
    private final Map<String, long[]> fronts = new ConcurrentHashMap<>();
    private final Map<String, long[]> indexed = new ConcurrentHashMap<>();
    private final vn.gazette.render.KeyMemo keys = new vn.gazette.render.KeyMemo();
    private FoldedIndex searchIndex;
    /**
     * What the folded index in the build cache beside the session was made of ({@link FoldedIndex#inputs}), 0 when
     * there is none: the session records it, so that a session and an index file that do not belong together are
     * not used together, and an index made of the same inputs is not written again.
     */
    private long storedIndex;
    /**
     * The index file being read in the background ({@link #readSearchIndex}): its index, or empty when it cannot be
     * used; null when none is being read. Taken up by whatever needs the index or its inputs first.
     */
    private java.util.concurrent.CompletableFuture<Optional<FoldedIndex>> reading;
    /** The index being written ahead into the build cache ({@link #writeSearchIndexAhead}); null when none is. */
    private Ahead ahead;

    /** The layout of the index file; one in another layout is not read. */
    private static final int INDEX_FORMAT = 1;

    /** Starts a build. */
    public synchronized void begin() {
        making.clear();
    }

    /** The last build's output keys, for a build of the same site model (see {@link vn.gazette.render.KeyMemo}). */
    public vn.gazette.render.KeyMemo keys() {
        return keys;
    }

    /** The related-articles part of each article page's key, by address (see {@link vn.gazette.render.OutputKeys}). */
    public Map<String, long[]> related() {
        return related;
    }

    /**
     * The digest of each article's front matter, by source file, as the output keys take it into the article's stamp
     * (see {@link vn.gazette.render.OutputKeys}): kept from build to build, with what it holds for.
     */
    public Map<String, long[]> fronts() {
        return fronts;
    }

    /**
     * What each article page gave the search index, by path: the key the page was made for and the digest of the
     * body it gave ({@link vn.gazette.search.SearchIndex#add(vn.gazette.site.Article, long)}). The same key means
     * the same body, whether or not that build published, so a page left as it was need not read its body again.
     * Also the key of the document the index took and the generation of the model it was taken for
     * ({@link vn.gazette.render.KeyMemo.Keys#generation}); the build cache keeps all four, and the generation with
     * the keys of its model, so that a build in another process that takes those keys takes the documents by key
     * too.
     */
    Map<String, long[]> indexed() {
        return indexed;
    }

    /**
     * Takes the search index the last build folded (its postings and files, see {@link FoldedIndex}), for this build
     * to change in place or give up; the memo holds none until {@link #searchIndex(FoldedIndex)}.
     */
    synchronized Optional<FoldedIndex> takeSearchIndex() {
        awaitSearchIndex();
        discard(ahead); // it is about to change
        ahead = null;
        Optional<FoldedIndex> taken = Optional.ofNullable(searchIndex);
        searchIndex = null;
        return taken;
    }

    /**
     * Keeps the search index this build folded, whether or not the build publishes: it is what its own inputs make
     * (it knows them), and the next build compares with those, not with what is published.
     */
    synchronized void searchIndex(FoldedIndex index) {
        awaitSearchIndex();
        discard(ahead);
        ahead = null;
        searchIndex = index;
    }

    /**
     * Keeps the folded search index in {@code file} of the build cache, if the file does not hold one made of the
     * same inputs already: its keys, postings and metadata after a header ({@code stamp}, the inputs), with a CRC-32
     * of it all at the end. Written beside the file and moved over it; removed when there is no index to keep. When
     * {@link #writeSearchIndexAhead} wrote this index beside the file already, it is only moved over it.
     */
    public synchronized void writeSearchIndex(Path file, long stamp) throws IOException {
        awaitSearchIndex();
        Ahead written = ahead;
        ahead = null;
        if (searchIndex == null) {
            discard(written);
            storedIndex = 0;
            Files.deleteIfExists(file);
            return;
        }
        long inputs = searchIndex.inputs();
        if (inputs == storedIndex && Files.isRegularFile(file)) {
            discard(written);
            return;
        }
        storedIndex = 0; // until the new file is in place
        Path temporary = temporary(file);
        try {
            if (written != null && written.file().equals(file) && written.stamp() == stamp
                    && written.inputs() == inputs) {
                written.task().get();
            } else {
                discard(written);
                writeIndexFile(temporary, stamp, inputs, searchIndex);
            }
            CacheFiles.moveIn(temporary, file);
            storedIndex = inputs;
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * Starts writing the folded search index beside {@code file}, on a thread of its own, as {@link #writeSearchIndex}
     * would, once the index is final and the build is about to publish: its 19 MB (for 10,000 articles) are then
     * written while the output folder is updated, and {@link #writeSearchIndex} only moves the file in. Nothing is
     * written when the file holds an index of the same inputs already; a build that fails throws the file away
     * ({@link #failed}). The index must not change until then.
     */
    public synchronized void writeSearchIndexAhead(Path file, long stamp) throws IOException {
        awaitSearchIndex();
        discard(ahead);
        ahead = null;
        if (searchIndex == null) {
            return;
        }
        long inputs = searchIndex.inputs();
        if (inputs == storedIndex && Files.isRegularFile(file)) {
            return;
        }
        Files.createDirectories(file.getParent());
        FoldedIndex index = searchIndex;
        Path temporary = temporary(file);
        Aside<Void> task = Aside.start("gazette-search-index-write", () -> {
            writeIndexFile(temporary, stamp, inputs, index);
            return null;
        });
        ahead = new Ahead(file, stamp, inputs, task);
    }

    /** An index file being written beside {@code file}, for {@code stamp}, of an index of {@code inputs}. */
    private record Ahead(Path file, long stamp, long inputs, Aside<Void> task) {
    }

    /** Waits for an index written ahead and deletes its file: it is not the one to keep. */
    private static void discard(Ahead written) {
        if (written != null) {
            written.task().discard(temporary(written.file()));
        }
    }

    private static Path temporary(Path file) {
        return file.resolveSibling(file.getFileName() + ".tmp");
    }

    private static void writeIndexFile(Path temporary, long stamp, long inputs, FoldedIndex index)
            throws IOException {
        try (ByteOutput out = ByteOutput.checked(Files.newOutputStream(temporary))) {
            out.writeInt(INDEX_FORMAT);
            out.writeLong(stamp);
            out.writeLong(inputs);
            index.write(out);
            out.writeChecksum();
        }
    }

    /**
     * Takes up the folded search index {@link #writeSearchIndex} kept in {@code file} for the same {@code stamp}, if
     * it is the one this memo's session recorded and it reads back whole; otherwise the memo holds none (the next
     * build folds every document). The file is read by a thread of its own, and taken up when the index is first
     * needed.
     */
    public synchronized void readSearchIndex(Path file, long stamp) {
        long expected = storedIndex;
        storedIndex = 0;
        if (expected == 0 || !Files.isRegularFile(file)) {
            return;
        }
        // read beside the stages before rendering (the site's assembly is one thread's work): the index is needed
        // only when the pages are made
        reading = new java.util.concurrent.CompletableFuture<>();
        java.util.concurrent.CompletableFuture<Optional<FoldedIndex>> result = reading;
        Thread reader = new Thread(() -> {
            try {
                result.complete(readIndex(file, stamp, expected));
            } catch (Error e) { // out of memory, say: the build learns of it when it takes the index up
                result.completeExceptionally(e);
            }
        }, "gazette-search-index");
        reader.setDaemon(true);
        reader.start();
    }

    /** The index in {@code file}, if it is whole and made of the {@code expected} inputs. */
    private static Optional<FoldedIndex> readIndex(Path file, long stamp, long expected) {
        try (ByteInput in = ByteInput.checked(Files.newInputStream(file))) {
            if (in.readInt() != INDEX_FORMAT || in.readLong() != stamp || in.readLong() != expected) {
                return Optional.empty();
            }
            FoldedIndex index = FoldedIndex.read(in);
            long sum = in.checksum();
            if (in.readLong() != sum || !in.atEnd() || index.inputs() != expected) {
                return Optional.empty();
            }
            index.layOutAhead(); // a build with an edit changes it in place; one without keeps its files
            return Optional.of(index);
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // cut short or damaged: the index is folded anew
        }
    }

    /** Takes up the index file read in the background, if one is. */
    private void awaitSearchIndex() {
        if (reading == null) {
            return;
        }
        Optional<FoldedIndex> read;
        try {
            read = reading.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        } finally {
            reading = null;
        }
        read.ifPresent(index -> {
            searchIndex = index;
            storedIndex = index.inputs(); // the inputs it was read for: readIndex checks them
        });
    }

    /** Forgets related-article parts and index digests of addresses that are gone, when they are many. */
    public void keepOnly(int articles) {
        if (related.size() > 2 * articles + 100) {
            related.clear(); // rebuilt on the next build
        }
        if (fronts.size() > 2 * articles + 100) {
            fronts.clear(); // digested again on the next build
        }
        if (indexed.size() > 2 * articles + 100) {
            indexed.clear(); // bodies are read again once
        }
    }

    /** The fingerprint and problems of the file as last published, if it was made for the same key. */
    Optional<Made> made(String path, long key) {
        Made memo = made.get(path);
        return memo != null && memo.key() == key ? Optional.of(memo) : Optional.empty();
    }

    /** Records a file of the build under way; it counts once the build publishes. */
    void making(String path, long key, OptionalLong fingerprint, List<Problem> problems) {
        if (fingerprint.isPresent()) {
            making.put(path, new Made(key, fingerprint.getAsLong(), List.copyOf(problems)));
        }
    }

    /** The build published: its files are now the ones to compare with. */
    public synchronized void published() {
        made = making; // no longer changed: the next build records into a new map
        making = new ConcurrentHashMap<>(Math.max(16, made.size()));
        publishedBuilds++;
    }

    /** How many builds have published ({@link #published}): what a session written ahead is written as of. */
    public synchronized long publishedBuilds() {
        return publishedBuilds;
    }

    /**
     * A manifest a build of this process published into the build cache, its file's stamp then, when that build
     * began and what the file system called the output folder it left.
     */
    private record KeptManifest(Path file, String stamp, Manifest manifest, long began, Object folder) {
    }

    /**
     * The last build of this process that published, as the output folder trusts it ({@link
     * OutputFolder#trustsItsLastBuild}).
     *
     * @param began  when it began, in milliseconds since the epoch
     * @param folder what the file system called the output folder it left ({@code fileKey})
     */
    public record LastBuild(long began, Object folder) {
    }

    /** The last build that published {@code previous}, when it is the manifest {@link #manifest} gave. */
    public Optional<LastBuild> lastBuild(Manifest previous) {
        KeptManifest kept = manifest;
        return kept != null && kept.manifest() == previous && kept.folder() != null
                ? Optional.of(new LastBuild(kept.began(), kept.folder())) : Optional.empty();
    }

    /**
     * What the last build published into the output, as the manifest in the build cache tells: the one the last build
     * of this process published when its file is as that build left it (the same size, time and identity: no other
     * process has published since), else the file read. A rebuild of the preview then does not read back 25,000
     * entries it wrote itself, and the manifest it takes knows the folders of its paths already.
     */
    public Manifest manifest(Path file) {
        KeptManifest kept = manifest;
        if (kept != null && kept.file().equals(file) && stamp(file).filter(kept.stamp()::equals).isPresent()) {
            return kept.manifest();
        }
        return Manifest.read(file);
    }

    /**
     * Keeps the manifest a build of this process has just published into {@code file} (see {@link #manifest}).
     *
     * @param began  when the build began, in milliseconds since the epoch
     * @param folder what the file system calls the output folder it left; null if it cannot say
     */
    public void published(Path file, Manifest published, long began, Object folder) {
        published.settle();
        manifest = stamp(file).map(stamp -> new KeptManifest(file, stamp, published, began, folder)).orElse(null);
    }

    /** A file's size, time and identity; empty when it is not there or the file system names no identity. */
    private static Optional<String> stamp(Path file) {
        try {
            var attributes = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class,
                    java.nio.file.LinkOption.NOFOLLOW_LINKS);
            if (attributes.fileKey() == null || !attributes.isRegularFile()) {
                return Optional.empty();
            }
            return Optional.of(attributes.size() + "|" + attributes.lastModifiedTime().to(
                    java.util.concurrent.TimeUnit.NANOSECONDS) + "|" + attributes.fileKey());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** How many builds have published. */
    private long publishedBuilds;

    /** The build failed: the output and the memo keep the last good build. */
    public synchronized void failed() {
        making.clear();
        discard(ahead);
        ahead = null;
    }

    /**
     * Writes what the last published build made, for a build in another process: each file's key and fingerprint
     * (but those whose making found problems: they are made again, so that their problems are reported), the
     * related-article parts, the front matters' digests, the index digests, the output keys' bases with the model
     * they hold for ({@link vn.gazette.render.KeyMemo#write}), and the inputs of the search index kept
     * beside it ({@link #writeSearchIndex}, written first).
     *
     * @param ahead for a session written while a build publishes, on a thread of its own: {@link #publishedBuilds}
     *              when that build began to publish. What that build made is written, whether it has published since
     *              (it is then the last published build's) or not; empty: the last published build's
     */
    public synchronized void write(DataOutput out, OptionalLong ahead) throws IOException {
        Map<String, Made> written = ahead.isPresent() && ahead.getAsLong() == publishedBuilds ? making : made;
        List<Map.Entry<String, Made>> clean = written.entrySet().stream()
                .filter(entry -> entry.getValue().problems().isEmpty()).toList();
        out.writeInt(clean.size());
        for (Map.Entry<String, Made> entry : clean) {
            LongText.write(out, entry.getKey());
            out.writeLong(entry.getValue().key());
            out.writeLong(entry.getValue().fingerprint());
        }
        writePairs(out, related);
        writePairs(out, fronts);
        writeIndexed(out);
        keys.write(out);
        awaitSearchIndex();
        // what writeSearchIndex leaves in the file beside the session, which it writes first
        out.writeLong(ahead.isEmpty() ? storedIndex : searchIndex == null ? 0 : searchIndex.inputs());
    }

    /** Reads what {@link #write} wrote; bytes that are not a memo are an {@link IOException}. */
    public static PublishMemo read(DataInput in) throws IOException {
        PublishMemo memo = new PublishMemo();
        int count = count(in);
        Map<String, Made> made = new HashMap<>(count * 2);
        for (int i = 0; i < count; i++) {
            made.put(LongText.read(in, MAX_TEXT), new Made(in.readLong(), in.readLong(), List.of()));
        }
        readPairs(in, memo.related);
        readPairs(in, memo.fronts);
        readIndexed(in, memo.indexed);
        memo.keys.read(in, MAX_TEXT);
        memo.storedIndex = in.readLong();
        memo.made = made;
        memo.making = new ConcurrentHashMap<>(Math.max(16, count)); // as published() sizes it
        return memo;
    }

    private static void writePairs(DataOutput out, Map<String, long[]> pairs) throws IOException {
        out.writeInt(pairs.size());
        for (Map.Entry<String, long[]> entry : pairs.entrySet()) {
            LongText.write(out, entry.getKey());
            out.writeLong(entry.getValue()[0]);
            out.writeLong(entry.getValue()[1]);
        }
    }

    private static void readPairs(DataInput in, Map<String, long[]> into) throws IOException {
        int count = count(in);
        for (int i = 0; i < count; i++) {
            into.put(LongText.read(in, MAX_TEXT), new long[] {in.readLong(), in.readLong()});
        }
    }

    /** Writes what each page gave the index: its four numbers. */
    private void writeIndexed(DataOutput out) throws IOException {
        out.writeInt(indexed.size());
        for (Map.Entry<String, long[]> entry : indexed.entrySet()) {
            LongText.write(out, entry.getKey());
            for (long number : entry.getValue()) {
                out.writeLong(number);
            }
        }
    }

    private static void readIndexed(DataInput in, Map<String, long[]> into) throws IOException {
        int count = count(in);
        for (int i = 0; i < count; i++) {
            into.put(LongText.read(in, MAX_TEXT), new long[] {in.readLong(), in.readLong(), in.readLong(),
                    in.readLong()});
        }
    }

    private static int count(DataInput in) throws IOException {
        int count = in.readInt();
        if (count < 0 || count > 1 << 26) {
            throw new IOException("not a count of a memo: " + count);
        }
        return count;
    }
}
