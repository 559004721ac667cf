package vn.gazette;

import java.io.DataOutput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import vn.gazette.content.ArticleCodec;
import vn.gazette.content.ArticleFile;
import vn.gazette.content.ParsedArticle;
import vn.gazette.config.Province;
import vn.gazette.config.ProvinceVocabulary;
import vn.gazette.config.SiteConfig;
import vn.gazette.internal.Aside;
import vn.gazette.internal.ByteInput;
import vn.gazette.internal.ByteOutput;
import vn.gazette.internal.CacheFiles;
import vn.gazette.internal.Digest;
import vn.gazette.internal.LongText;
import vn.gazette.internal.Workers;
import vn.gazette.problem.Problem;
import vn.gazette.publish.PublishMemo;
import vn.gazette.render.KeyMemo;
import vn.gazette.site.Site;
import vn.gazette.site.SiteAssembler;
import vn.gazette.site.StoredSite;
import vn.gazette.problem.Problems;
import vn.gazette.source.SourceFile;
import vn.gazette.source.SourceTree;

/**
 * What a running process (the preview server) remembers from one build to the next, so that a build after a small
 * change redoes only what the change touches:
 * <ul>
 * <li>each article's front matter, by its file's stamp (size, modification time, identity): an unchanged file is
 * not read again;</li>
 * <li>the site model the last build assembled, with what it was assembled from ({@link AssemblyMemo}): after an edit
 * of bodies alone, the next build takes it instead of assembling it again, and with it the output keys worked out
 * for it ({@link vn.gazette.render.KeyMemo}); in the build cache, the model as {@link StoredSite} keeps it and its
 * output keys, with what a build in another process can tell the model by ({@link #modelKey});</li>
 * <li>each published file's key ({@link vn.gazette.render.OutputKeys}) and fingerprint ({@link PublishMemo}): a
 * page whose key did not change is left as published without making its views, reading its article's body or
 * rendering it;</li>
 * <li>the search index the last build folded ({@link vn.gazette.search.FoldedIndex}): one of which few documents
 * changed is changed in place;</li>
 * <li>in the process only: the manifest the last build published ({@link PublishMemo#manifest}), and with it
 * what that build left in the output folder, trusted where a folder did not change since
 * ({@link vn.gazette.publish.OutputFolder#trustsItsLastBuild}); and, when its caller reports every changed path
 * ({@link #watching}), the content folder as the last build scanned it, so that a build looks again only at those
 * paths.</li>
 * </ul>
 * Problems found while making either are remembered with it and reported again, so a build reports the same
 * problems whether it made a thing or reused it. Pages are remembered only from builds that published: after a
 * failed build the output still holds the pages of the last good one, and so does the session.
 *
 * <p>{@link Generator#build(BuildRequest, BuildSession)} uses and updates the given one;
 * {@link Generator#build(BuildRequest)} one kept in the build cache ({@link #write}, {@link #read}), for the same
 * Gazette, content folder and output folder, so that a {@code build} in a process of its own after an edit does
 * what a rebuild of the preview server does (none without a cache). A session belongs to one content folder and one
 * output folder, and to one build at a time (builds using it must not overlap); it holds about a hundred bytes per
 * article and per page, and the folded search index (about 50 MB for the 10,000-article benchmark corpus).
 */
public final class BuildSession {

    /** A file's front matter as read, with the problems reading it found. */
    record Read(long stamp, ArticleFile article, List<Problem> problems) {
    }

    /** Front matter a session in the build cache kept, by file: its stamp and bytes, read when a build asks. */
    private record Stored(long stamp, byte[] bytes) {
    }

    /**
     * A site model for the build cache ({@link StoredSite}), with what tells the builds that may take it: the
     * {@link ModelKey} and the build time it was assembled for, and its next scheduled change; its bytes as read
     * from the cache, or being encoded.
     */
    private record KeptModel(long key, long settings, java.time.Instant assembled,
            Optional<java.time.Instant> next, byte[] bytes, Aside<byte[]> encoding) {

        /** The model's bytes; null when encoding it failed (the session is then kept without it). */
        byte[] written() {
            try {
                return bytes != null ? bytes : encoding.get();
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }
    }

    /** The layout of a session in the build cache; one in another layout is not read. */
    private static final int FORMAT = 7;
    private static final int MAX_TEXT = 1 << 16;
    private static final int MAX_ENTRIES = 1 << 24;
    /** The most bytes a kept model may have (the 10,000-article benchmark corpus keeps 2.2 MB). */
    private static final int MAX_MODEL = 1 << 28;

    private final Map<String, Read> read;
    private final Map<String, Stored> stored = new ConcurrentHashMap<>();
    /** The bytes of front matter taken from {@link #stored} and not read again since: written back as they are. */
    private final Map<String, byte[]> encoded;
    private long readContext;
    private final PublishMemo published;
    private final AssemblyMemo assembly = new AssemblyMemo();
    /** The site model the build cache keeps; null when it keeps none. */
    private KeptModel model;
    /** Whether the caller reports every change under the content folder ({@link #watching}). */
    private boolean watched;
    /** The paths changed since the last build took them, as the caller reported them. */
    private Set<Path> changes = new HashSet<>();
    /** Whether changes were lost since the last build took them: the next one scans the whole folder. */
    private boolean lost;
    /** The content folder as the last build scanned it while changes were reported; null when none did. */
    private SourceTree tree;

    private BuildSession() {
        this(new PublishMemo(), 0);
    }

    /**
     * A session sized for the articles the build cache kept, which it takes up again one by one (a
     * {@link ConcurrentHashMap} is told how many entries it will hold, and sizes its table for them).
     */
    private BuildSession(PublishMemo published, int articles) {
        this.published = published;
        this.read = new ConcurrentHashMap<>(Math.max(16, articles));
        this.encoded = new ConcurrentHashMap<>(Math.max(16, articles));
    }

    public static BuildSession create() {
        return new BuildSession();
    }

    /**
     * Starts a build: front matter read under other settings (time zone, taxonomies) is forgotten.
     *
     * @param context a digest of the settings reading front matter depends on
     */
    synchronized void begin(long context) {
        if (context != readContext) {
            read.clear();
            stored.clear();
            encoded.clear();
            readContext = context;
        }
        published.begin();
    }

    /** What reading the file found last time, if it has not been written since ({@code stamp} 0: unknown). */
    Optional<Read> read(SourceFile file, long stamp) {
        if (stamp == 0) {
            return Optional.empty();
        }
        Stored kept = stored.remove(file.relative());
        if (kept != null && kept.stamp() == stamp) {
            try {
                ParsedArticle article = ArticleCodec.read(ByteInput.of(kept.bytes()), file);
                read.put(file.relative(), new Read(stamp, article, List.of()));
                encoded.put(file.relative(), kept.bytes());
            } catch (IOException e) {
                return Optional.empty(); // read the file again
            }
        }
        Read memo = read.get(file.relative());
        return memo != null && memo.stamp() == stamp ? Optional.of(memo) : Optional.empty();
    }

    void remember(String relative, long stamp, ArticleFile article, List<Problem> problems) {
        stored.remove(relative);
        encoded.remove(relative);
        if (stamp == 0) {
            read.remove(relative);
        } else {
            read.put(relative, new Read(stamp, article, List.copyOf(problems)));
        }
    }

    /**
     * Tells the session that from now on its caller reports every path under the content folder that is created,
     * written or deleted ({@link #changed}), as a file watcher started before the first build does (the preview
     * server): a build after the first then looks again only at those paths instead of walking the whole folder
     * (10,000 files at 10,000 articles). Changes that cannot be reported ({@link #changesLost}) make the next build
     * walk it whole.
     */
    public synchronized void watching() {
        watched = true;
    }

    /** A path under the content folder was created, written or deleted (see {@link #watching}). */
    public synchronized void changed(Path path) {
        changes.add(path);
    }

    /** Changes were lost (the watcher's events overflowed, or a folder could not be watched). */
    public synchronized void changesLost() {
        lost = true;
    }

    /**
     * Scans the content folder for a build: only where something changed when the session knows what did since the
     * last build's scan of the same folder ({@link #watching}), else whole.
     */
    SourceTree scan(Path source, Problems problems) throws IOException {
        SourceTree last;
        Set<Path> changed;
        boolean known;
        synchronized (this) {
            last = tree;
            changed = changes;
            changes = new HashSet<>();
            known = watched && !lost && last != null && last.root().equals(source);
            lost = false;
        }
        SourceTree scanned;
        try {
            scanned = known ? last.rescan(changed, problems) : SourceTree.scan(source, problems);
        } catch (IOException | RuntimeException e) {
            synchronized (this) {
                lost = true; // the changes taken are not in any tree: the next build walks the folder whole
            }
            throw e;
        }
        synchronized (this) {
            tree = watched ? scanned : null;
        }
        return scanned;
    }

    /** Forgets the files that are gone. */
    void keepOnly(Set<String> files) {
        read.keySet().retainAll(files);
        stored.keySet().retainAll(files);
        encoded.keySet().retainAll(files);
        published.keepOnly(files.size());
    }

    /**
     * What tells the model a build assembles in another process: {@code key}, a digest of everything assembly reads
     * but for the settings and theme: the province vocabulary, the switches for drafts, future and expired articles,
     * the files copied as they are, every article's file with its front matter and where its body starts (as the
     * session keeps them, {@link ArticleCodec}, but for the body's checksum), and the local day of the build (the
     * plausibility check reads today); {@code settings}, a digest of the settings.
     */
    record ModelKey(long key, long settings) {
    }

    /** The key of the model a build without broken articles assembles from these (see {@link ModelKey}). */
    ModelKey modelKey(SiteConfig config, ProvinceVocabulary vocabulary, List<ParsedArticle> parsed,
            List<SourceFile> assets, SiteAssembler.Options options, Workers workers) throws IOException {
        long[] articles = new long[parsed.size()];
        workers.forEach(java.util.stream.IntStream.range(0, parsed.size()).boxed().toList(),
                i -> articles[i] = frontDigest(parsed.get(i)));
        Arrays.sort(articles); // the articles come in the order the workers read them
        List<Province> provinces = vocabulary.all();
        Digest key = new Digest().add("gazette-model-1").add(provinces.size());
        provinces.forEach(province -> key.add(province.toString()));
        key.add(options.includeDrafts() ? 1 : 0).add(options.includeFuture() ? 1 : 0)
                .add(options.includeExpired() ? 1 : 0).add(assets.size());
        assets.forEach(asset -> key.add(asset.relative()).add(asset.kind().name()));
        key.add(articles.length);
        for (long article : articles) {
            key.add(article);
        }
        key.add(options.now().atZone(config.timeZone()).toLocalDate().toString());
        return new ModelKey(key.value(), KeyMemo.settings(config));
    }

    /**
     * Tells the session's output keys what a build assembled, as a build in another process can tell it again
     * ({@link KeyMemo#assembled}): a build of its own then takes the keys the build cache kept when it assembled the
     * same model, and the keys it works out are kept in the cache with it. Only for a model assembled without
     * broken articles: their problems are found again by every build.
     */
    void assembled(Site site, ModelKey key, java.time.Instant now) {
        published.keys().assembled(new KeyMemo.Model(key.key(), now,
                site.schedule().next().map(change -> change.when().value().toInstant())));
    }

    /**
     * The site model the build cache kept ({@link #keepModel}) for a build with this key, at its time: one
     * assembled from the same files, front matter, settings and vocabulary, on the same local day, not later than
     * this build and not past its next scheduled change; empty when there is none, or it cannot be read.
     */
    Optional<StoredSite.Taken> storedModel(ModelKey key, SiteConfig config, ProvinceVocabulary vocabulary,
            List<ParsedArticle> parsed, List<SourceFile> assets, SiteAssembler.Options options) {
        KeptModel kept = model;
        if (kept == null || kept.bytes() == null || kept.key() != key.key() || kept.settings() != key.settings()
                || options.now().isBefore(kept.assembled())
                || kept.next().map(next -> !options.now().isBefore(next)).orElse(false)) {
            return Optional.empty();
        }
        Optional<StoredSite.Taken> taken = StoredSite.read(ByteInput.of(kept.bytes()), config, vocabulary, parsed,
                assets);
        if (taken.isEmpty()) {
            model = null;
        }
        return taken;
    }

    /**
     * Keeps a model a build assembled anew, for the build cache: it is encoded on a thread of its own while the
     * build goes on.
     */
    void keepModel(Site site, List<Problem> problems, ProvinceVocabulary vocabulary, ModelKey key,
            java.time.Instant now) {
        List<Problem> found = List.copyOf(problems);
        Aside<byte[]> bytes = Aside.start("gazette-site-store", () -> {
            ByteOutput out = ByteOutput.inMemory();
            StoredSite.write(out, site, found, vocabulary);
            return out.toByteArray();
        });
        model = new KeptModel(key.key(), key.settings(), now,
                site.schedule().next().map(change -> change.when().value().toInstant()), null, bytes);
    }

    /** Forgets the kept model: the build had broken articles. */
    void forgetModel() {
        model = null;
    }

    /**
     * The digest of an article's file, front matter and where its body starts: of its bytes as the session keeps them
     * but for the body's checksum, which they end with. Bytes encoded for an article the session remembers are kept
     * to be written back as they are.
     */
    private long frontDigest(ParsedArticle article) throws IOException {
        String relative = article.source().relative();
        byte[] bytes = encoded.get(relative);
        if (bytes == null) {
            ByteOutput out = ByteOutput.inMemory();
            ArticleCodec.write(out, article);
            bytes = out.toByteArray();
            Read memo = read.get(relative);
            if (memo != null && memo.article() == article) {
                encoded.put(relative, bytes);
            }
        }
        return new Digest().add(relative).add(article.source().kind().name())
                .bytes(bytes, 0, bytes.length - ArticleCodec.CHECKSUM_BYTES).value();
    }

    /** The site model the last build assembled, with what it was assembled from (see {@link AssemblyMemo}). */
    AssemblyMemo assembly() {
        return assembly;
    }

    /** What the builds of this session published (see {@link PublishMemo}). */
    PublishMemo publishMemo() {
        return published;
    }

    /** The build published: its files are now the ones to compare with. */
    void published() {
        published.published();
    }

    /** The build failed: the output and the session keep the last good build. */
    synchronized void failed() {
        published.failed();
        discard(ahead);
        ahead = null;
    }

    /**
     * Writes the session into the build cache, for a build in another process: the front matter of the files read
     * without problems (a file whose reading found some is read again, so that they are reported) and what its
     * builds published ({@link PublishMemo#write}), and, in a file of its own beside it ({@link #searchFile}), the
     * folded search index when it changed. Written beside {@code file} and moved into its place ({@link
     * CacheFiles#moveIn}), so a reader finds the old session, the new one or, for a moment, none; it ends with a
     * CRC-32 of its bytes.
     *
     * @param stamp what the session holds for: the code and the folders ({@link #read} with another is empty)
     */
    synchronized void write(Path file, long stamp) throws IOException {
        Ahead written = ahead;
        ahead = null;
        try {
            Files.createDirectories(file.getParent());
            published.writeSearchIndex(searchFile(file), stamp);
        } catch (IOException | RuntimeException e) {
            discard(written);
            throw e;
        }
        if (written != null && written.file().equals(file) && written.stamp() == stamp && moved(written)) {
            return;
        }
        discard(written);
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            writeTo(temporary, stamp, java.util.OptionalLong.empty());
            CacheFiles.moveIn(temporary, file);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** A session being written beside {@code file} while its build publishes ({@link #writeAhead}). */
    private record Ahead(Path file, long stamp, Path temporary, Aside<Void> task) {
    }

    /** The session written ahead, if any; null when none is. */
    private Ahead ahead;

    /**
     * Starts writing the session beside {@code file} as it will be once the build has published, while the output
     * folder is updated, so that {@link #write} after it only moves it in (as the search index,
     * {@link #writeSearchIndexAhead}). For a build that has made everything: nothing the session holds changes while
     * the output folder is updated. A build that fails then discards it ({@link #failed}).
     */
    synchronized void writeAhead(Path file, long stamp) throws IOException {
        discard(ahead);
        Files.createDirectories(file.getParent());
        Path temporary = file.resolveSibling(file.getFileName() + ".ahead");
        // the writer may reach the memo after the build has published: it writes what this build made either way
        java.util.OptionalLong asOf = java.util.OptionalLong.of(published.publishedBuilds());
        Aside<Void> task = Aside.start("gazette-session-write", () -> {
            writeTo(temporary, stamp, asOf);
            return null;
        });
        ahead = new Ahead(file, stamp, temporary, task);
    }

    /** Moves a session written ahead into place; false when writing it failed (it is then written again). */
    private static boolean moved(Ahead written) throws IOException {
        try {
            written.task().get();
            CacheFiles.moveIn(written.temporary(), written.file());
            return true;
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(written.temporary());
            return false;
        }
    }

    private static void discard(Ahead written) {
        if (written != null) {
            written.task().discard(written.temporary());
        }
    }

    /**
     * Starts writing the folded search index beside {@code file} ({@link #searchFile}) while the build publishes, so
     * that {@link #write} after it only moves it in (see {@link PublishMemo#writeSearchIndexAhead}).
     */
    void writeSearchIndexAhead(Path file, long stamp) throws IOException {
        published.writeSearchIndexAhead(searchFile(file), stamp);
    }

    /** @param ahead for a session written while its build publishes: see {@link PublishMemo#write} */
    private void writeTo(Path temporary, long stamp, java.util.OptionalLong ahead) throws IOException {
        try (ByteOutput out = ByteOutput.checked(Files.newOutputStream(temporary))) {
            out.writeInt(FORMAT);
            out.writeLong(stamp);
            out.writeLong(readContext);
            List<Map.Entry<String, Read>> clean = read.entrySet().stream().filter(entry -> entry.getValue()
                    .problems().isEmpty() && entry.getValue().article() instanceof ParsedArticle).toList();
            out.writeInt(clean.size() + stored.size());
            ByteOutput bytes = ByteOutput.inMemory();
            for (Map.Entry<String, Read> entry : clean) {
                byte[] known = encoded.get(entry.getKey());
                if (known == null) {
                    bytes.reset();
                    ArticleCodec.write(bytes, (ParsedArticle) entry.getValue().article());
                    known = bytes.toByteArray();
                }
                entry(out, entry.getKey(), entry.getValue().stamp(), known);
            }
            for (Map.Entry<String, Stored> entry : stored.entrySet()) {
                entry(out, entry.getKey(), entry.getValue().stamp(), entry.getValue().bytes());
            }
            published.write(out, ahead);
            KeptModel kept = model;
            byte[] site = kept == null ? null : kept.written();
            out.writeBoolean(site != null);
            if (site != null) {
                out.writeLong(kept.key());
                out.writeLong(kept.settings());
                instant(out, kept.assembled());
                out.writeBoolean(kept.next().isPresent());
                if (kept.next().isPresent()) {
                    instant(out, kept.next().get());
                }
                out.writeInt(site.length);
                out.write(site);
            }
            out.writeChecksum(); // a file cut short or damaged is not taken up
        }
    }

    private static void instant(DataOutput out, java.time.Instant instant) throws IOException {
        out.writeLong(instant.getEpochSecond());
        out.writeInt(instant.getNano());
    }

    private static java.time.Instant instant(java.io.DataInput in) throws IOException {
        long seconds = in.readLong();
        int nanos = in.readInt();
        if (nanos < 0 || nanos > 999_999_999) {
            throw new IOException("not a time of a kept model");
        }
        return java.time.Instant.ofEpochSecond(seconds, nanos);
    }

    private static void entry(DataOutput out, String relative, long stamp, byte[] bytes) throws IOException {
        LongText.write(out, relative);
        out.writeLong(stamp);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    /** The file beside a session's that keeps its folded search index. */
    static Path searchFile(Path file) {
        return file.resolveSibling(file.getFileName() + ".search");
    }

    /**
     * The session {@link #write} left in {@code file} for the same {@code stamp}; empty when there is none, it was
     * written for another stamp or in another layout, or it cannot be read whole.
     */
    static Optional<BuildSession> read(Path file, long stamp) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (ByteInput in = ByteInput.checked(Files.newInputStream(file))) {
            if (in.readInt() != FORMAT || in.readLong() != stamp) {
                return Optional.empty();
            }
            long context = in.readLong();
            int count = in.readInt();
            if (count < 0 || count > MAX_ENTRIES) {
                return Optional.empty();
            }
            Map<String, Stored> entries = new java.util.HashMap<>(count * 2);
            for (int i = 0; i < count; i++) {
                String relative = LongText.read(in, MAX_TEXT);
                long fileStamp = in.readLong();
                int length = in.readInt();
                if (length < 0 || length > 1 << 24) {
                    return Optional.empty();
                }
                byte[] bytes = new byte[length];
                in.readFully(bytes);
                entries.put(relative, new Stored(fileStamp, bytes));
            }
            BuildSession session = new BuildSession(PublishMemo.read(in), count);
            if (in.readBoolean()) {
                long key = in.readLong();
                long settings = in.readLong();
                java.time.Instant assembled = instant(in);
                Optional<java.time.Instant> next = in.readBoolean() ? Optional.of(instant(in)) : Optional.empty();
                int length = in.readInt();
                if (length < 0 || length > MAX_MODEL) {
                    return Optional.empty();
                }
                byte[] bytes = new byte[length];
                in.readFully(bytes);
                session.model = new KeptModel(key, settings, assembled, next, bytes, null);
            }
            long sum = in.checksum();
            if (in.readLong() != sum || !in.atEnd()) {
                return Optional.empty();
            }
            session.readContext = context;
            session.stored.putAll(entries);
            session.published.readSearchIndex(searchFile(file), stamp);
            return Optional.of(session);
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // cut short or damaged: the build reads every file and fingerprints every page
        }
    }
}
