package vn.gazette;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.gazette.config.RawHtmlPolicy;
import vn.gazette.config.SiteConfig;
import vn.gazette.config.SiteConfigLoader;
import vn.gazette.config.ProvinceVocabulary;
import vn.gazette.config.TaxonomyConfig;
import vn.gazette.content.ArticleReader;
import vn.gazette.content.BodyCache;
import vn.gazette.content.MarkdownConverter;
import vn.gazette.content.MarkdownDocument;
import vn.gazette.content.ParsedArticle;
import vn.gazette.internal.TimeLimit;
import vn.gazette.internal.Workers;
import vn.gazette.problem.Problems;
import vn.gazette.problem.Severity;
import vn.gazette.problem.SourcePosition;
import vn.gazette.publish.Manifest;
import vn.gazette.publish.OutputFolder;
import vn.gazette.publish.UnsafeOutputException;
import vn.gazette.render.PageKeys;
import vn.gazette.render.PageRenderer;
import vn.gazette.render.TemplateRenderer;
import vn.gazette.render.Theme;
import vn.gazette.site.Asset;
import vn.gazette.site.LeftOut;
import vn.gazette.site.Site;
import vn.gazette.site.SiteAssembler;
import vn.gazette.site.TaxonomyBuilder;
import vn.gazette.source.SourceFile;
import vn.gazette.source.SourceTree;
import vn.gazette.transform.ArticleLinks;
import vn.gazette.transform.HtmlCleaner;
import vn.gazette.transform.LinkChecker;
import vn.gazette.transform.ReaderChecks;

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

    /** Where a site's overrides of theme files live, inside the content folder. */
    public static final String OVERRIDES = "_theme";

    public static Generator create() {
        return new Generator();
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
        Path source = request.source();
        if (!Files.isDirectory(source)) {
            throw new BuildRequestException("the content folder " + source + " does not exist: give the folder that "
                    + "holds site.yaml and the articles");
        }
        Problems problems = new Problems();
        Laps laps = new Laps(request.listener());
        SourceTree tree = SourceTree.scan(source, problems);
        Optional<SiteConfig> config = Inputs.config(tree, request, problems);
        String language = config.map(SiteConfig::languageCode).orElse("vi");
        Optional<Theme> theme = Inputs.theme(request, language, problems);
        laps.lap("source", tree.files().size(), "file", "");
        if (config.isEmpty() || theme.isEmpty()) {
            return new BuildResult(0, 0, 0, problems.sorted(), laps.timings(), language);
        }
        if (!request.checkOnly()) {
            Manifest previous = manifestFile(request).map(Manifest::read).orElse(Manifest.empty());
            try (OutputFolder output = openOutput(request, previous)) {
                BuildResult result = build(request, tree, config.get(), theme.get(), output, previous, problems, laps,
                        session);
                session.ifPresent(result.hasErrors() ? BuildSession::failed : BuildSession::published);
                return result;
            } catch (IOException | RuntimeException e) {
                session.ifPresent(BuildSession::failed);
                throw e;
            }
        }
        // a check makes the whole site where no one looks and throws it away: the output is never touched
        Path scratch = Files.createTempDirectory("gazette-check-");
        try (OutputFolder output = OutputFolder.open(scratch.resolve("site"), source, Manifest.empty())) {
            return build(request, tree, config.get(), theme.get(), output, Manifest.empty(), problems, laps,
                    Optional.empty());
        } finally {
            Files.deleteIfExists(scratch);
        }
    }

    /** @param previous what the last build published into the output folder */
    private BuildResult build(BuildRequest request, SourceTree tree, SiteConfig config, Theme theme, OutputFolder output,
            Manifest previous, Problems problems, Laps laps, Optional<BuildSession> session) throws IOException {
        boolean cached = request.cache().isPresent() && !request.checkOnly();
        try (Workers workers = new Workers(request.workerCount());
                TimeLimit limit = new TimeLimit(MARKDOWN_TIME_LIMIT);
                BodyCache bodies = cached
                        ? BodyCache.open(request.cache().get(), MarkdownConverter.VERSION + "|" + config.rawHtml())
                        : BodyCache.none()) {
            MarkdownConverter markdown = new MarkdownConverter(config.rawHtml());
            List<String> ownTaxonomies = config.taxonomies().stream().map(TaxonomyConfig::name)
                    .filter(name -> !name.equals(TaxonomyConfig.TAGS) && !name.equals(TaxonomyConfig.PROVINCE)).toList();
            ArticleReader reader = new ArticleReader(config.timeZone(), ownTaxonomies, markdown, Optional.of(limit),
                    bodies);
            ProvinceVocabulary vocabulary = Inputs.vocabulary(tree, problems);
            List<ParsedArticle> parsed = Collections.synchronizedList(new ArrayList<>());
            List<SourceFile> articleFiles = tree.files(SourceFile.Kind.ARTICLE);
            session.ifPresent(s -> s.begin(Objects.hash(config.timeZone(), ownTaxonomies)));
            workers.forEach(articleFiles, file -> read(file, tree.stamp(file), reader, session, problems)
                    .ifPresent(parsed::add));
            session.ifPresent(s -> s.keepOnly(articleFiles.stream().map(SourceFile::relative)
                    .collect(java.util.stream.Collectors.toSet())));
            laps.lap("content", parsed.size(), "article", "");

            Site site = new SiteAssembler().assemble(config, vocabulary, parsed, tree.files(SourceFile.Kind.ASSET),
                    new SiteAssembler.Options(request.includeDrafts(), request.includeFuture(), request.includeExpired(),
                            request.now()), problems);
            laps.lap("site", site.articles().size(), "article", LeftOut.count(site.leftOut()));

            TemplateRenderer templates = new TemplateRenderer(theme, site.config());
            PageRenderer pages = new PageRenderer(site, theme, templates,
                    request.source().resolve(SiteConfigLoader.FILE_NAME), TaxonomyBuilder.vietnamese());
            long siteDigest = pages.siteDigest();
            List<Outputs.Output> outputs = Outputs.of(site, pages);
            Set<String> expected = outputFiles(site, theme, outputs);
            LinkChecker links = new LinkChecker(expected, site.config(), site.leftOut());
            ArticleLinks articleLinks = new ArticleLinks(site);
            HtmlCleaner cleaner = new HtmlCleaner();
            Optional<ReaderChecks> readers = request.checkOnly() ? Optional.of(readerChecks(site, theme, problems))
                    : Optional.empty();
            PagePublisher publisher = new PagePublisher(pages, siteDigest, output, links,
                    !keptPagesStayClean(request, site.config(), previous, expected), request.listener(),
                    site.articles().size() + outputs.size(), session, readers);
            Optional<PageKeys> keys = session.map(s -> pages.keys(siteDigest, s.related()));
            workers.forEach(site.articles(), article -> {
                String path = article.outputPath();
                long key = keys.map(k -> k.article(article)).orElse(0L);
                if (keys.isPresent() && publisher.reuse(path, key, problems)) {
                    return;
                }
                Problems found = new Problems();
                Optional<MarkdownDocument> body = reader.body(article.source(), article.bodyOffset(),
                        article.bodyFirstLine(), article.checksum(), found);
                if (body.isEmpty()) {
                    problems.addAll(found.all());
                    publisher.skipped();
                    return;
                }
                String html = articleLinks.rewrite(article.source(), cleaned(body.get(), cleaner, site.config()),
                        body.get().links(), found);
                problems.addAll(found.all());
                publisher.made(path, key, publisher.page(path, pages.article(article, html),
                        Optional.of(body.get().links()), problems), found);
            });
            workers.forEach(outputs, job -> {
                if (job instanceof Outputs.PageOutput page) {
                    long key = keys.map(k -> page.key().applyAsLong(k)).orElse(0L);
                    if (keys.isPresent() && publisher.reuse(page.path(), key, problems)) {
                        return;
                    }
                    publisher.made(page.path(), key, publisher.page(page.path(), page.page().get(), Optional.empty(),
                            problems), new Problems());
                } else if (job instanceof Outputs.DataOutput data) {
                    if (keys.isPresent() && data.key().isPresent()) {
                        publisher.data(data.path(), data.key().get().applyAsLong(keys.get()), data.text());
                    } else {
                        publisher.data(data.path(), data.text().get());
                    }
                }
            });
            templates.reportTo(problems);
            links.report(problems);
            readers.ifPresent(r -> r.report(problems));
            laps.lap("render", publisher.pages(), "page", links.checked() + " links checked");

            copyFiles(site, theme, output, workers, problems);
            if (problems.hasErrors()) {
                output.abort();
                laps.lap("publish", 0, "file", "nothing published");
                return new BuildResult(0, 0, 0, problems.sorted(), laps.timings(), config.languageCode());
            }
            int files = output.filesWritten();
            int unchanged = output.filesUnchanged();
            if (request.checkOnly()) {
                output.abort();
                laps.lap("publish", 0, "file", "a check publishes nothing");
            } else {
                output.commit();
                Optional<Path> manifest = manifestFile(request);
                if (manifest.isPresent()) {
                    output.manifest().write(manifest.get());
                    Path marker = linksMarker(manifest.get());
                    if (site.config().brokenLinks() == Severity.ERROR) {
                        Files.writeString(marker, "every link of this build led to a file of it\n", StandardCharsets.UTF_8);
                    } else {
                        Files.deleteIfExists(marker);
                    }
                }
                laps.lap("publish", files, "file", unchanged > 0 ? unchanged + " unchanged" : "");
            }
            return new BuildResult(publisher.pages(), files, unchanged, problems.sorted(), laps.timings(),
                    config.languageCode());
        }
    }

    /**
     * Reads an article's front matter, or takes what the session read last time when the file has the same stamp;
     * the problems found are reported either way.
     */
    private static Optional<ParsedArticle> read(SourceFile file, long stamp, ArticleReader reader,
            Optional<BuildSession> session, Problems problems) throws IOException {
        Optional<BuildSession.Read> memo = session.flatMap(s -> s.read(file.relative(), stamp));
        if (memo.isPresent()) {
            problems.addAll(memo.get().problems());
            return memo.get().article();
        }
        Problems found = new Problems();
        Optional<ParsedArticle> article = reader.read(file, found);
        problems.addAll(found.all());
        session.ifPresent(s -> s.remember(file.relative(), stamp, article, found.all()));
        return article;
    }

    /** The body as it goes into the page: cleaned unless the site trusts its editors' HTML. */
    private static String cleaned(MarkdownDocument body, HtmlCleaner cleaner, SiteConfig config) {
        // under 'escape' raw HTML is already text, but a javascript: link written in Markdown still needs cleaning
        if (body.needsCleaning() && config.rawHtml() != RawHtmlPolicy.ALLOW) {
            return cleaner.clean(body.html());
        }
        return body.html();
    }

    /** Every path the output will hold, known before anything is written, so links are checked as pages are made. */
    private static Set<String> outputFiles(Site site, Theme theme, List<Outputs.Output> outputs) {
        Set<String> files = new HashSet<>();
        site.articles().forEach(article -> files.add(article.outputPath()));
        outputs.forEach(job -> files.add(job.path()));
        files.addAll(theme.staticFiles().keySet());
        site.assets().forEach(asset -> files.add(asset.outputPath()));
        return files;
    }

    private static void copyFiles(Site site, Theme theme, OutputFolder output, Workers workers, Problems problems)
            throws IOException {
        List<Map.Entry<String, Path>> statics = new ArrayList<>(theme.staticFiles().entrySet());
        workers.forEach(statics, entry -> output.copy(entry.getValue(), entry.getKey()));
        List<Asset> assets = new ArrayList<>();
        for (Asset asset : site.assets()) {
            if (theme.staticFiles().containsKey(asset.outputPath())) {
                problems.error(SourcePosition.of(asset.source().path()), "publish", "this file would replace the theme's "
                        + asset.outputPath() + ": to replace a theme file, put it under " + OVERRIDES + "/static/ instead");
            } else {
                assets.add(asset);
            }
        }
        workers.forEach(assets, (Asset asset) -> output.copy(asset.source().path(), asset.outputPath()));
    }

    /**
     * Whether the pages carried over from the last build can keep their link check: it found no broken link (the
     * marker beside its manifest says so: its links were errors, and it was published), and every file it published
     * is still there. A kept page is then as good as it was; otherwise each is read back and checked again.
     */
    private static boolean keptPagesStayClean(BuildRequest request, SiteConfig config, Manifest previous,
            Set<String> files) {
        Optional<Path> manifest = manifestFile(request);
        if (config.brokenLinks() != Severity.ERROR || previous.size() == 0 || manifest.isEmpty()
                || !Files.exists(linksMarker(manifest.get()))) {
            return false;
        }
        return files.stream().filter(path -> previous.get(path).isPresent()).count() == previous.size();
    }

    private static Path linksMarker(Path manifest) {
        return manifest.resolveSibling(manifest.getFileName() + ".links");
    }

    /** Where the cache keeps what the last build published into the request's output folder. */
    private static Optional<Path> manifestFile(BuildRequest request) {
        if (request.checkOnly()) {
            return Optional.empty();
        }
        return request.cache().map(cache -> cache.resolve("outputs")
                .resolve(Long.toHexString(Manifest.hash(request.output().toAbsolutePath().normalize().toString()
                        .getBytes(StandardCharsets.UTF_8))) + ".manifest"));
    }

    private static OutputFolder openOutput(BuildRequest request, Manifest previous) throws IOException {
        try {
            return OutputFolder.open(request.output(), request.source(), previous);
        } catch (UnsafeOutputException e) {
            throw new BuildRequestException(e.getMessage());
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

    /** {@code check}'s reader checks, with the images over the weight budget already found. */
    private static ReaderChecks readerChecks(Site site, Theme theme, Problems problems) throws IOException {
        ReaderChecks checks = new ReaderChecks(site.config().reader().checks(), name -> theme.templateRoots().stream()
                .map(root -> root.resolve(name)).filter(java.nio.file.Files::isRegularFile).findFirst()
                .orElse(java.nio.file.Path.of("templates", name)));
        for (vn.gazette.site.Asset asset : site.assets()) {
            if (asset.outputPath().matches("(?i).*\\.(jpe?g|png|gif|webp|avif|svg)")) {
                checks.image(asset.source().path(), asset.outputPath(), java.nio.file.Files.size(asset.source().path()),
                        problems);
            }
        }
        return checks;
    }
}
