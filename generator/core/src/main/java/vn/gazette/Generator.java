package vn.gazette;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import vn.gazette.config.ProvinceVocabulary;
import vn.gazette.config.RawHtmlPolicy;
import vn.gazette.config.SiteConfig;
import vn.gazette.config.SiteConfigLoader;
import vn.gazette.config.TaxonomyConfig;
import vn.gazette.content.ArticleFile;
import vn.gazette.content.ArticleReader;
import vn.gazette.content.BrokenArticle;
import vn.gazette.content.BodyCache;
import vn.gazette.content.MarkdownConverter;
import vn.gazette.content.ParsedArticle;
import vn.gazette.image.ImageStage;
import vn.gazette.internal.Aside;
import vn.gazette.internal.TimeLimit;
import vn.gazette.internal.Workers;
import vn.gazette.problem.Message;
import vn.gazette.problem.Problem;
import vn.gazette.problem.Problems;
import vn.gazette.publish.BuildRecord;
import vn.gazette.publish.Manifest;
import vn.gazette.publish.OutputFolder;
import vn.gazette.publish.SitePublisher;
import vn.gazette.publish.UnsafeOutputException;
import vn.gazette.render.Theme;
import vn.gazette.render.ThemeLoader;
import vn.gazette.search.DocumentCache;
import vn.gazette.site.LeftOut;
import vn.gazette.site.Site;
import vn.gazette.site.SiteAssembler;
import vn.gazette.site.StoredSite;
import vn.gazette.site.TaxonomyBuilder;
import vn.gazette.source.PublishingRule;
import vn.gazette.source.SourceFile;
import vn.gazette.source.SourceTree;

/**
 * Builds a site: the one entry point of the engine. The stages run in this order, each reporting problems
 * instead of stopping: source (find and read files) → content (front matter) → site (assemble the model) →
 * render (Markdown, templates) → transform (clean HTML, check links) → publish (write, then swap the new site in).
 * A check ({@link BuildRequest#checkOnly}) runs every stage but publishes into a temporary folder it deletes.
 *
 * <p>Articles are read twice: once for the front matter that lists need, and once, one at a time, to render
 * the page; so memory holds the model of the site but never every body at once. A generator holds no state
 * between builds and may be shared; each build uses its own worker threads.
 */
public final class Generator {

    /** Longer than any real article needs (about 1 ms each); crafted Markdown can take exponential time. */
    public static final Duration MARKDOWN_TIME_LIMIT = Duration.ofSeconds(10);

    /** Whether {@link #warmUp} was started in this JVM. */
    private static final AtomicBoolean WARMING = new AtomicBoolean();

    public static Generator create() {
        return new Generator();
    }

    /**
     * Starts, on a daemon thread, the set-up a JVM's first build pays before its first use of three libraries: ICU's
     * collation data, SnakeYAML with the settings' reader, Flexmark with its extensions (a small site.yaml and a
     * paragraph of Markdown held in memory; no file is read or written). A command-line run calls it before it
     * parses its arguments, so this is done on the other processor meanwhile, and the build that follows finds it
     * done or under way (a class is set up once, whichever thread comes first). Only the first call starts it.
     *
     * @return whether this call started it
     */
    public static boolean warmUp() {
        if (!WARMING.compareAndSet(false, true)) {
            return false;
        }
        Aside.start("gazette-warm-up", () -> {
            warmUpNow();
            return null;
        });
        return true;
    }

    /** The work of {@link #warmUp}, on this thread; it fails if its own inputs gave a problem. */
    static void warmUpNow() {
        TaxonomyBuilder.loadCollator();
        Problems problems = new Problems();
        new SiteConfigLoader().load("title: \"Lưu trữ tin tỉnh\"\nbaseUrl: https://example.gov.vn/\n",
                Path.of(SiteConfigLoader.FILE_NAME), Optional.empty(), problems);
        new MarkdownConverter(RawHtmlPolicy.SANITIZE).convert(
                "## Hội nghị\n\nMột *đoạn* văn có [liên kết](/articles/) và **chữ đậm**.\n",
                Path.of("warm-up.md"), 1, problems);
        List<Problem> found = problems.sorted();
        if (!found.isEmpty()) {
            throw new IllegalStateException("the warm-up's own input gave problems: " + found);
        }
    }

    /**
     * Runs a build.
     *
     * @throws BuildRequestException when the request cannot be carried out (the message says why)
     * @throws IOException           when reading or writing fails for reasons outside the content
     */
    public BuildResult build(BuildRequest request) throws IOException {
        return run(request, Optional.empty());
    }

    /**
     * Runs a build that remembers what it read and made in {@code session}, and leaves alone what the session says
     * has not changed since its last build (see {@link BuildSession}). A check neither uses nor changes it.
     *
     * @throws BuildRequestException when the request cannot be carried out (the message says why)
     * @throws IOException           when reading or writing fails for reasons outside the content
     */
    public BuildResult build(BuildRequest request, BuildSession session) throws IOException {
        return run(request, request.checkOnly() ? Optional.empty() : Optional.of(session));
    }

    private BuildResult run(BuildRequest request, Optional<BuildSession> session) throws IOException {
        long began = System.currentTimeMillis();
        Path source = request.source();
        if (!Files.isDirectory(source)) {
            throw new BuildRequestException(Message.of("build.source.missing", source));
        }
        Problems problems = new Problems();
        Laps laps = new Laps(request.listener());
        // what the cache keeps of the last build is read beside the scan of the source: neither needs the other
        Optional<Path> manifest = request.checkOnly() ? Optional.empty()
                : BuildRecord.manifestFile(request.cache(), request.output());
        Optional<Path> sessionFile = session.isPresent() ? Optional.empty() : manifest.map(BuildRecord::sessionFile);
        // the preview server's session keeps the manifest its last build published instead of reading it back
        Aside<Manifest> previousRead = Aside.start("gazette-read-aside", () -> manifest
                .map(file -> session.map(s -> s.publishMemo().manifest(file)).orElseGet(() -> Manifest.read(file)))
                .map(Manifest::withFolders).orElse(Manifest.empty()));
        long stamp = sessionFile.isPresent() ? sessionStamp(request) : 0;
        Aside<Optional<BuildSession>> storedRead = Aside.start("gazette-read-aside",
                () -> sessionFile.map(file -> stored(file, stamp)));
        // ICU's collation data is loaded beside the scan too: the site stage sorts names with it
        Aside.start("gazette-collator", () -> {
            TaxonomyBuilder.loadCollator();
            return null;
        });
        // site.yaml is read and checked beside the scan too (the first YAML a build reads takes a tenth of a second)
        Problems configProblems = new Problems();
        Aside<Optional<SiteConfig>> configRead = Aside.start("gazette-config",
                () -> Inputs.read(source, request, configProblems));
        // and the theme, once site.yaml has said the language its problems are told in
        Aside<Optional<Theme>> themeRead = Aside.start("gazette-theme", () -> Inputs.theme(request,
                configRead.get().map(SiteConfig::languageCode).orElse("vi"), problems));
        SourceTree scanned = session.isPresent() ? session.get().scan(source, problems)
                : SourceTree.scan(source, problems);
        Optional<SiteConfig> config = Inputs.config(scanned, configRead.get(), configProblems, problems);
        SourceTree tree = config.isEmpty() ? scanned
                : scanned.select(new PublishingRule(config.get().files()), problems);
        String language = config.map(SiteConfig::languageCode).orElse("vi");
        Optional<Theme> theme = themeRead.get();
        laps.lap("source", tree.files().size(), "file", "");
        if (config.isEmpty() || theme.isEmpty()) {
            return new BuildResult(0, 0, 0, problems.sorted(), laps.timings(), language);
        }
        if (!request.checkOnly()) {
            Manifest previous = previousRead.get();
            // a build of its own takes up the session the cache keeps of the last one into the same folder
            Optional<BuildSession> stored = storedRead.get();
            Optional<BuildSession> used = session.or(() -> stored);
            try (OutputFolder output = openOutput(request, config.get(), previous, manifest)) {
                // the preview server trusts what its last build left in the output (see OutputFolder)
                session.flatMap(s -> s.publishMemo().lastBuild(previous))
                        .ifPresent(last -> output.trustsItsLastBuild(last.began(), last.folder()));
                Optional<Keep> keep = sessionFile.filter(file -> stamp != 0).map(file -> new Keep(file, stamp));
                BuildResult result = build(request, tree, config.get(), theme.get(), output, previous, manifest,
                        problems, laps, used, keep);
                used.ifPresent(result.hasErrors() ? BuildSession::failed : BuildSession::published);
                if (!result.hasErrors() && manifest.isPresent()) {
                    session.ifPresent(s -> s.publishMemo().published(manifest.get(), output.manifest(), began,
                            output.identity().orElse(null)));
                }
                if (!result.hasErrors() && sessionFile.isPresent()) {
                    store(used.orElseThrow(), sessionFile.get(), stamp);
                }
                return result;
            } catch (IOException | RuntimeException e) {
                used.ifPresent(BuildSession::failed);
                throw e;
            }
        }
        // a check makes the whole site where no one looks and throws it away: the output is never touched
        Path scratch = ScratchFolder.create("gazette-check-");
        try (OutputFolder output = OutputFolder.open(scratch.resolve("site"), source, Manifest.empty())) {
            return build(request, tree, config.get(), theme.get(), output, Manifest.empty(), Optional.empty(),
                    problems, laps, Optional.empty(), Optional.empty());
        } finally {
            ScratchFolder.delete(scratch); // the output's lock beside it too
        }
    }

    /** Where a build of its own keeps its session in the build cache, and what the session holds for. */
    private record Keep(Path file, long stamp) {
    }

    /**
     * The stages after the source: content, site, render (with the link check), publish.
     *
     * @param keep where the session is kept after the build, when it is: its search index is written while the
     *             output folder is updated
     */
    private BuildResult build(BuildRequest request, SourceTree tree, SiteConfig config, Theme theme, OutputFolder output,
            Manifest previous, Optional<Path> manifest, Problems problems, Laps laps, Optional<BuildSession> session,
            Optional<Keep> keep) throws IOException {
        boolean cached = request.cache().isPresent() && !request.checkOnly();
        try (Workers workers = new Workers(request.workerCount());
                TimeLimit limit = new TimeLimit(MARKDOWN_TIME_LIMIT);
                BodyCache bodies = cached
                        ? BodyCache.open(request.cache().get(), MarkdownConverter.VERSION + "|" + config.rawHtml())
                        : BodyCache.none();
                // a build without search leaves the documents of the last one with search as they are
                DocumentCache documents = cached && config.search() ? DocumentCache.open(request.cache().get())
                        : DocumentCache.none();
                ImageStage images = ImageStage.open(cached ? request.cache() : Optional.empty(), config.images())) {
            // the province vocabulary is read on a thread of its own while the workers read the articles
            Aside<ProvinceVocabulary> vocabulary = Aside.start("gazette-provinces",
                    () -> Inputs.vocabulary(tree, problems));
            ArticleReader reader = reader(config, limit, bodies);
            List<ArticleFile> articles = read(tree, config, reader, workers, session, problems);
            List<ParsedArticle> parsed = articles.stream().filter(ParsedArticle.class::isInstance)
                    .map(ParsedArticle.class::cast).toList();
            List<BrokenArticle> broken = articles.stream().filter(BrokenArticle.class::isInstance)
                    .map(BrokenArticle.class::cast).toList();
            laps.lap("content", parsed.size(), "article", "");

            List<SourceFile> assets = tree.files(SourceFile.Kind.ASSET);
            SiteAssembler.Options options = new SiteAssembler.Options(request.includeDrafts(),
                    request.includeFuture(), request.includeExpired(), request.now());
            // a build of its own tells the model it assembles by a key, which the build cache keeps with it
            Optional<BuildSession.ModelKey> modelKey = keep.isPresent() && session.isPresent() && broken.isEmpty()
                    ? Optional.of(session.get().modelKey(config, vocabulary.get(), parsed, assets, options, workers))
                    : Optional.empty();
            Assembled assembled = assemble(config, vocabulary.get(), parsed, broken, assets, options, session,
                    modelKey, problems);
            Site site = assembled.site();
            modelKey.ifPresent(key -> session.get().assembled(site, key, options.now()));
            String leftOut = LeftOut.count(site.leftOut());
            laps.lap("site", site.articles().size(), "article", assembled.taken().isEmpty() ? leftOut
                    : leftOut + (leftOut.isEmpty() ? "" : "; ") + assembled.taken());

            // image stage: variants of every JPEG and PNG, made or taken from the cache, before pages need their sizes
            List<ImageStage.Source> imageFiles = Media.sources(site);
            ImageStage.Pictures pictures = images.process(imageFiles, workers, problems);
            Media.checkLeadImages(site, pictures, request.source(), problems);
            if (!imageFiles.isEmpty()) {
                laps.lap("image", pictures.byPath().size(), "image", pictures.files().size() + " files, "
                        + images.resized() + " resized");
            }

            // the output's folders are looked at on a thread of their own while this one lists the outputs (see
            // OutputFolder#looksAhead)
            output.looksAhead();
            SitePublisher publisher = new SitePublisher(site, theme, request.source().resolve(SiteConfigLoader.FILE_NAME),
                    TaxonomyBuilder.vietnamese(), new SitePublisher.Setup(reader, output, previous, manifest,
                            session.map(BuildSession::publishMemo), (done, total) -> request.listener().progress("render",
                                    done, total), pictures, documents), problems);
            if (request.checkOnly()) {
                publisher.checkWhatReadersGet();
            }
            int pages = publisher.make(workers, problems);
            laps.lap("render", pages, "page", publisher.linksChecked() + " links checked"
                    + (publisher.pagesLeftByKey() > 0 ? ", " + publisher.pagesLeftByKey() + " left by their keys" : "")
                    + (publisher.keysKept() ? ", the last build's keys" : ""));
            int indexFiles = publisher.writeIndex(workers);
            publisher.searchIndex().ifPresentOrElse(index -> laps.lap("search", index.documents(), "article",
                    indexFiles + " files" + (publisher.indexKept() ? " kept" : "") + "; " + index.made()
                            + " indexed anew; " + (index.changedFrom().isPresent() ? index.changedInPlace()
                            + " changed in place, " + index.remadeInPlace() + " files made again; " : "")
                            + (index.addedByKey() > 0 ? index.addedByKey() + " taken by their keys; " : "")
                            + String.format(java.util.Locale.ROOT, "%.2f s CPU while rendering, "
                            + "%.2f s laying out", index.workTime().toNanos() / 1e9,
                            index.filesTime().toNanos() / 1e9)),
                    () -> laps.lap("search", 0, "article", "off: search: false in site.yaml"));

            publisher.copyFiles(workers, ThemeLoader.OVERRIDES, problems);
            if (problems.hasErrors() || request.checkOnly()) {
                publisher.abort();
                laps.lap("publish", 0, "file", problems.hasErrors() ? "nothing published" : "a check publishes nothing");
                return problems.hasErrors() ? new BuildResult(0, 0, 0, problems.sorted(), laps.timings(),
                        config.languageCode()) : new BuildResult(pages, output.filesWritten(), output.filesUnchanged(),
                        problems.sorted(), laps.timings(), config.languageCode());
            }
            if (session.isPresent() && keep.isPresent()) {
                session.get().writeSearchIndexAhead(keep.get().file(), keep.get().stamp());
                session.get().writeAhead(keep.get().file(), keep.get().stamp());
            }
            publisher.commit();
            output.reportForeign(problems);
            int unchanged = output.filesUnchanged();
            int trusted = output.filesTrusted();
            laps.lap("publish", output.filesWritten(), "file", unchanged == 0 ? "" : unchanged + " unchanged"
                    + (trusted > 0 ? " (" + trusted + " as the last build left them, not asked)" : ""));
            return new BuildResult(pages, output.filesWritten(), unchanged, problems.sorted(), laps.timings(),
                    config.languageCode());
        }
    }

    /**
     * The site model of a build, and where it was taken from when it was not assembled anew: the model the session
     * kept from the last build, or the one the build cache kept; empty when assembled anew.
     */
    private record Assembled(Site site, String taken) {
    }

    /**
     * The site stage: the model the session kept from its last build when only bodies changed since (see
     * {@link AssemblyMemo}), else, for a build of its own, the one the build cache kept for the same key (see
     * {@link BuildSession#storedModel}), with the problems assembling it found; else the model assembled anew,
     * which the session keeps when no article has errors (and the build cache with it, for a build of its own).
     */
    private static Assembled assemble(SiteConfig config, ProvinceVocabulary vocabulary, List<ParsedArticle> parsed,
            List<BrokenArticle> broken, List<SourceFile> assets, SiteAssembler.Options options,
            Optional<BuildSession> session, Optional<BuildSession.ModelKey> modelKey, Problems problems) {
        Optional<AssemblyMemo> memo = session.map(BuildSession::assembly);
        Optional<AssemblyMemo.Taken> taken = broken.isEmpty()
                ? memo.flatMap(m -> m.take(config, vocabulary, parsed, assets, options)) : Optional.empty();
        if (taken.isPresent()) {
            problems.addAll(taken.get().problems());
            return new Assembled(taken.get().site(), "the last build's model, bodies alone changed");
        }
        Optional<StoredSite.Taken> stored = modelKey.flatMap(key -> session.get().storedModel(key, config,
                vocabulary, parsed, assets, options));
        if (stored.isPresent()) {
            problems.addAll(stored.get().problems());
            memo.ifPresent(m -> m.keep(stored.get().site(), config, vocabulary, parsed, assets, options,
                    stored.get().problems()));
            return new Assembled(stored.get().site(), "the model the build cache kept");
        }
        Problems found = new Problems();
        Site site = new SiteAssembler().assemble(config, vocabulary, parsed, broken, assets, options, found);
        problems.addAll(found.all());
        memo.ifPresent(m -> {
            if (broken.isEmpty()) {
                m.keep(site, config, vocabulary, parsed, assets, options, found.all());
            } else {
                m.forget();
            }
        });
        session.ifPresent(s -> modelKey.ifPresentOrElse(
                key -> s.keepModel(site, found.all(), vocabulary, key, options.now()), s::forgetModel));
        return new Assembled(site, "");
    }

    /** The session the build cache keeps for this Gazette and these folders, or a new one when it has none. */
    private static BuildSession stored(Path file, long stamp) {
        return stamp == 0 ? BuildSession.create() : BuildSession.read(file, stamp).orElseGet(BuildSession::create);
    }

    /** Keeps the session of a build that published in the build cache; one that cannot be written only costs time. */
    private static void store(BuildSession session, Path file, long stamp) {
        try {
            if (stamp == 0) {
                Files.deleteIfExists(file);
            } else {
                session.write(file, stamp);
            }
        } catch (IOException e) {
            // the next build reads every file again
        }
    }

    /** What a session in the cache holds for: this Gazette's code and the two folders; 0 when the code is unknown. */
    private static long sessionStamp(BuildRequest request) {
        long code = vn.gazette.internal.CodeStamp.of(Generator.class);
        return code == 0 ? 0 : new vn.gazette.internal.Digest().add(code)
                .add(request.source().toAbsolutePath().normalize().toString())
                .add(request.output().toAbsolutePath().normalize().toString()).value();
    }

    /**
     * The site model a request would build, with its theme, and nothing rendered or written: for tests that walk the
     * registry of outputs of a real site (every kind of page the sample has).
     */
    static Optional<Map.Entry<Site, Theme>> model(BuildRequest request, Problems problems) throws IOException {
        SourceTree scanned = SourceTree.scan(request.source(), problems);
        Optional<SiteConfig> config = Inputs.config(scanned, request, problems);
        if (config.isEmpty()) {
            return Optional.empty();
        }
        SourceTree tree = scanned.select(new PublishingRule(config.get().files()), problems);
        Optional<Theme> theme = Inputs.theme(request, config.get().languageCode(), problems);
        if (theme.isEmpty()) {
            return Optional.empty();
        }
        try (Workers workers = new Workers(request.workerCount());
                TimeLimit limit = new TimeLimit(MARKDOWN_TIME_LIMIT)) {
            List<ArticleFile> articles = read(tree, config.get(), reader(config.get(), limit, BodyCache.none()),
                    workers, Optional.empty(), problems);
            List<ParsedArticle> parsed = articles.stream().filter(ParsedArticle.class::isInstance)
                    .map(ParsedArticle.class::cast).toList();
            List<BrokenArticle> broken = articles.stream().filter(BrokenArticle.class::isInstance)
                    .map(BrokenArticle.class::cast).toList();
            Site site = new SiteAssembler().assemble(config.get(), Inputs.vocabulary(tree, problems), parsed, broken,
                    tree.files(SourceFile.Kind.ASSET), new SiteAssembler.Options(request.includeDrafts(),
                            request.includeFuture(), request.includeExpired(), request.now()), problems);
            return Optional.of(Map.entry(site, theme.get()));
        }
    }

    private static ArticleReader reader(SiteConfig config, TimeLimit limit, BodyCache bodies) {
        return new ArticleReader(config.timeZone(), ownTaxonomies(config), new MarkdownConverter(config.rawHtml()),
                Optional.of(limit), bodies);
    }

    private static List<String> ownTaxonomies(SiteConfig config) {
        return config.taxonomies().stream().map(TaxonomyConfig::name)
                .filter(name -> !name.equals(TaxonomyConfig.TAGS) && !name.equals(TaxonomyConfig.PROVINCE)).toList();
    }

    /**
     * The content stage: every article's front matter, read on the workers (or taken from the session); a file with
     * errors is kept as a broken article, so that the site stage still checks what it can of it.
     */
    private static List<ArticleFile> read(SourceTree tree, SiteConfig config, ArticleReader reader, Workers workers,
            Optional<BuildSession> session, Problems problems) throws IOException {
        List<ArticleFile> read = Collections.synchronizedList(new ArrayList<>());
        List<SourceFile> articleFiles = tree.files(SourceFile.Kind.ARTICLE);
        session.ifPresent(s -> s.begin(Objects.hash(config.timeZone(), ownTaxonomies(config))));
        workers.forEach(articleFiles, file -> read.add(read(file, tree.stamp(file), reader, session, problems)));
        session.ifPresent(s -> s.keepOnly(articleFiles.stream().map(SourceFile::relative).collect(Collectors.toSet())));
        return read;
    }

    /**
     * Reads an article's front matter, or takes what the session read last time when the file has the same stamp;
     * the problems found are reported either way.
     */
    private static ArticleFile read(SourceFile file, long stamp, ArticleReader reader,
            Optional<BuildSession> session, Problems problems) throws IOException {
        Optional<BuildSession.Read> memo = session.flatMap(s -> s.read(file, stamp));
        if (memo.isPresent()) {
            problems.addAll(memo.get().problems());
            return memo.get().article();
        }
        Problems found = new Problems();
        ArticleFile article = reader.read(file, found);
        problems.addAll(found.all());
        session.ifPresent(s -> s.remember(file.relative(), stamp, article, found.all()));
        return article;
    }

    /** @param manifest where the cache keeps the last build's manifest, if there is a cache */
    private static OutputFolder openOutput(BuildRequest request, SiteConfig config, Manifest previous,
            Optional<Path> manifest) throws IOException {
        try {
            OutputFolder output = OutputFolder.open(request.output(), request.source(), previous,
                    config.keptOutput());
            manifest.ifPresent(file -> output.remembersScansIn(BuildRecord.scanFile(file)));
            return output;
        } catch (UnsafeOutputException e) {
            throw new BuildRequestException(e.text(), config.languageCode());
        }
    }

    /** The time of each stage, told to the listener as the stage ends. Not thread-safe; one per build. */
    private static final class Laps {
        private final BuildListener listener;
        private final Map<String, Duration> timings = new LinkedHashMap<>();
        private long since = System.nanoTime();

        Laps(BuildListener listener) {
            this.listener = listener;
        }

        void lap(String stage, long count, String noun, String detail) {
            long now = System.nanoTime();
            Duration time = Duration.ofNanos(now - since);
            timings.merge(stage, time, Duration::plus);
            since = now;
            listener.stageFinished(new StageReport(stage, count, noun, detail, time));
        }

        Map<String, Duration> timings() {
            return timings;
        }
    }

    /** Writes a small text file; used by tests and tools that prepare sites. */
    static void writeText(Path file, String text) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
