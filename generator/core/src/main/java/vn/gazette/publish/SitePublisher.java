package vn.gazette.publish;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.gazette.config.RawHtmlPolicy;
import vn.gazette.config.SiteConfig;
import vn.gazette.content.ArticleReader;
import vn.gazette.content.MarkdownDocument;
import vn.gazette.image.ImageStage;
import vn.gazette.internal.Aside;
import vn.gazette.internal.Workers;
import vn.gazette.problem.Message;
import vn.gazette.problem.Problems;
import vn.gazette.problem.SourcePosition;
import vn.gazette.render.Output;
import vn.gazette.render.KeyMemo;
import vn.gazette.render.PageRenderer;
import vn.gazette.render.TemplateRenderer;
import vn.gazette.render.Theme;
import vn.gazette.search.DocumentCache;
import vn.gazette.search.SearchIndex;
import vn.gazette.site.Article;
import vn.gazette.site.Asset;
import vn.gazette.site.Site;
import vn.gazette.transform.ArticleLinks;
import vn.gazette.transform.HtmlCleaner;
import vn.gazette.transform.LinkChecker;
import vn.gazette.transform.PageSafety;
import vn.gazette.transform.ReaderChecks;
import vn.gazette.transform.SvgCleaner;
import vn.gazette.transform.MediaMarkup;

/**
 * The publish stage of one build: makes every output of the registry ({@link Outputs}) on the workers (an article
 * page from its body read again, cleaned and with its links rewritten), checks their links, copies the theme's and
 * the articles' files, and then commits the output folder, or aborts it when the build has errors. One per build;
 * its making is thread-safe, its other steps are called in order by one thread.
 */
public final class SitePublisher {

    /**
     * What the publisher is given.
     *
     * @param reader    reads an article's body again
     * @param output    the output folder (a fresh or updated one; a check's is thrown away)
     * @param previous  what the last build published there
     * @param manifest  where the build cache keeps what this build publishes ({@link BuildRecord#manifestFile})
     * @param memo      what the last builds of this process made, if it remembers them
     * @param progress  told of each file made
     * @param pictures  what the image stage made: the variants to publish, and the sizes pages give images
     * @param documents the search documents of earlier builds, kept in the build cache
     */
    public record Setup(ArticleReader reader, OutputFolder output, Manifest previous, Optional<Path> manifest,
            Optional<PublishMemo> memo, PagePublisher.Progress progress, ImageStage.Pictures pictures,
            DocumentCache documents) {

        /** A setup without a cache of search documents. */
        public Setup(ArticleReader reader, OutputFolder output, Manifest previous, Optional<Path> manifest,
                Optional<PublishMemo> memo, PagePublisher.Progress progress, ImageStage.Pictures pictures) {
            this(reader, output, previous, manifest, memo, progress, pictures, DocumentCache.none());
        }

        /** A setup for a site without images. */
        public Setup(ArticleReader reader, OutputFolder output, Manifest previous, Optional<Path> manifest,
                Optional<PublishMemo> memo, PagePublisher.Progress progress) {
            this(reader, output, previous, manifest, memo, progress, new ImageStage.Pictures(Map.of(), Map.of()));
        }
    }

    private final Site site;
    private final Theme theme;
    private final TemplateRenderer templates;
    private final PageRenderer pages;
    private final Setup setup;
    private final Outputs outputs;
    /** Every path the output will hold ({@link #outputPaths}). */
    private final Set<String> files;
    private final LinkChecker links;
    private final PageSafety safety;
    private final BuildRecord record;
    private final MediaMarkup media;
    private Optional<ReaderChecks> readers = Optional.empty();
    private final HtmlCleaner cleaner = new HtmlCleaner();
    private final IndexPublisher index;

    /** Lists the site's outputs (reporting clashes of addresses into {@code problems}). */
    public SitePublisher(Site site, Theme theme, Path configFile, java.util.Comparator<String> names, Setup setup,
            Problems problems) {
        this.site = site;
        this.theme = theme;
        this.setup = setup;
        this.templates = new TemplateRenderer(theme, site.config());
        this.pages = new PageRenderer(site, theme, templates, configFile, names, setup.pictures());
        this.media = new MediaMarkup(site.config(), setup.pictures(), theme.messages());
        this.outputs = Outputs.of(site, pages, problems);
        String analytics = site.config().reader().analytics();
        this.safety = new PageSafety(site.config().rawHtml() != RawHtmlPolicy.ALLOW, theme.staticFiles().keySet(),
                analytics.isEmpty() ? Set.of() : Set.of(analytics.startsWith("/") ? site.config().link(analytics)
                        : analytics), site.config().basePath(), configFile.toAbsolutePath().getParent());
        this.files = outputPaths();
        this.links = new LinkChecker(files, site.config(), site.leftOut(), configFile.toAbsolutePath().getParent(),
                safety);
        this.record = new BuildRecord(setup.manifest(), site.config());
        this.index = new IndexPublisher(site, setup, cleaner, problems);
    }

    /**
     * Has {@link #make} also check what readers get (images without alt text, empty links, skipped heading levels,
     * duplicate ids, weights), as {@code check} does; a build does not.
     */
    public void checkWhatReadersGet() {
        // the files as readers get them: a JPEG or PNG is its variants (the largest at the original's address too)
        Map<String, Path> files = new HashMap<>(theme.staticFiles());
        site.assets().stream().filter(this::copiedAsIs)
                .forEach(asset -> files.put(asset.outputPath(), asset.source().path()));
        files.putAll(setup.pictures().files());
        if (!site.config().images().originals()) {
            setup.pictures().byPath().values().forEach(picture -> files.put(picture.source(),
                    setup.pictures().files().get(picture.largest().outputPath())));
        }
        files.values().removeIf(java.util.Objects::isNull);
        Map<String, String> originals = new HashMap<>();
        setup.pictures().byPath().values().forEach(picture -> picture.variants()
                .forEach(variant -> originals.put(variant.outputPath(), picture.source())));
        readers = Optional.of(new ReaderChecks(site.config().reader().checks(), site.config().basePath(), files,
                originals));
    }

    /** Every path the output will hold, known before anything is written, so links are checked as pages are made. */
    private Set<String> outputPaths() {
        Set<String> files = new HashSet<>();
        outputs.all().forEach(output -> files.add(output.path()));
        files.addAll(theme.staticFiles().keySet());
        site.assets().stream().filter(this::copiedAsIs).forEach(asset -> files.add(asset.outputPath()));
        // written after the pages, always there: the search page has the browser fetch them early
        if (site.config().search()) {
            files.addAll(SearchIndex.alwaysWritten());
        }
        return files;
    }

    private int leftByKey;
    private boolean keysKept;

    /**
     * Makes every output and checks its links.
     *
     * @return the pages published
     */
    public int make(Workers workers, Problems problems) throws IOException {
        long siteDigest = pages.siteDigest();
        // whether the kept pages' links need no new look is worked out while the workers work out the articles' stamps
        Aside<Boolean> stayClean = Aside.start("gazette-kept-links",
                () -> record.keptPagesStayClean(setup.previous(), files));
        Optional<KeyMemo.Keys> keys = setup.memo().isEmpty() ? Optional.empty()
                : Optional.of(setup.memo().get().keys().keys(site, siteDigest, setup.pictures(), outputs.all(),
                        () -> pages.keys(siteDigest, setup.memo().get().related(), setup.memo().get().fronts(),
                                workers)));
        keysKept = keys.map(KeyMemo.Keys::reused).orElse(false);
        long generation = keys.map(KeyMemo.Keys::generation).orElse(0L);
        PagePublisher publisher = new PagePublisher(pages, siteDigest, setup.output(), links, safety, !stayClean.get(),
                setup.progress(), outputs.size(), setup.memo(),
                setup.manifest().isPresent() || setup.memo().isPresent(), readers);
        ArticleLinks articleLinks = new ArticleLinks(site, links);
        // the article pages of a batch are made after its other outputs, their bodies read and converted together
        // (one hand-over to the time limit's thread for the batch, not one per article)
        workers.forEachBatch(outputs.all(), batch -> {
            List<ArticleToMake> articles = new ArrayList<>();
            for (Output output : batch) {
                long key = keys.map(k -> k.of(output)).orElse(0L);
                if (output instanceof Output.File file) {
                    if (keys.isPresent()) {
                        publisher.data(file.path(), key, file.bytes());
                    } else {
                        publisher.data(file.path(), file.bytes().get());
                    }
                } else if (keys.isPresent() && publisher.reuse(output.path(), key, problems)) {
                    if (output instanceof Output.ArticlePage article) {
                        index.kept(article, key, generation);
                    }
                } else if (output instanceof Output.Page page) {
                    publisher.made(page.path(), key, publisher.page(page.path(), page.page().get(), Optional.empty(),
                            problems), new Problems());
                } else if (output instanceof Output.ArticlePage page) {
                    var article = page.article();
                    articles.add(new ArticleToMake(page, key, new ArticleReader.BodyRequest(article.source(),
                            article.bodyOffset(), article.bodyFirstLine(), site.checksum(article), new Problems())));
                }
            }
            List<Optional<MarkdownDocument>> bodies = setup.reader()
                    .bodies(articles.stream().map(ArticleToMake::body).toList());
            for (int i = 0; i < articles.size(); i++) {
                ArticleToMake made = articles.get(i);
                article(made.page(), made.key(), generation, bodies.get(i), made.body().problems(), publisher,
                        articleLinks, problems);
            }
        });
        templates.reportTo(problems);
        links.report(problems);
        safety.reportTo(problems);
        readers.ifPresent(r -> r.reportTo(problems));
        leftByKey = publisher.leftByKey();
        return publisher.pages();
    }

    /** An article page of a batch, made once the batch's bodies are read: its key and what reads its body. */
    private record ArticleToMake(Output.ArticlePage page, long key, ArticleReader.BodyRequest body) {
    }

    /** @param found the problems reading and converting the body found, this page's */
    private void article(Output.ArticlePage output, long key, long generation, Optional<MarkdownDocument> body,
            Problems found, PagePublisher publisher, ArticleLinks articleLinks, Problems problems) throws IOException {
        var article = output.article();
        if (body.isEmpty()) {
            problems.addAll(found.all());
            publisher.skipped();
            index.skipped(article);
            return;
        }
        String cleaned = cleaned(body.get(), article, cleaner, site.config(), found);
        String html = articleLinks.rewrite(article.source(), cleaned, body.get().links(), found);
        MediaMarkup.reportMissingAlt(article.source().path(), body.get().links(), found);
        index.made(output, key, generation, cleaned);
        html = media.apply(article.url(), html, article.front().toc()).html();
        problems.addAll(found.all());
        publisher.made(output.path(), key, publisher.page(output.path(), output.page().apply(html),
                Optional.of(new ReaderChecks.ArticleBody(html, body.get())), problems), found);
    }

    /**
     * Writes the search index, once every article page is made (its files depend on the words of all of them, so
     * they are not in the registry's list, which is known before anything is made; nothing links to them). When
     * the index is made of the same inputs as the last build's, its files are kept as they are, not made at all.
     *
     * @return the number of the index's files (none when the site has {@code search: false})
     */
    public int writeIndex(Workers workers) throws IOException {
        return index.write(workers);
    }

    /** Whether the last build's index files were kept as they were (the index had the same inputs). */
    public boolean indexKept() {
        return index.kept();
    }

    /** The index being built, for its counts; empty when the site has {@code search: false}. */
    public Optional<SearchIndex> searchIndex() {
        return index.index();
    }

    /** The body as it goes into the page: cleaned unless the site trusts its editors' HTML. */
    static String cleaned(MarkdownDocument body, Article article, HtmlCleaner cleaner, SiteConfig config,
            Problems problems) {
        // under 'escape' raw HTML is already text, but a javascript: link written in Markdown still needs cleaning
        if (body.needsCleaning() && config.rawHtml() != RawHtmlPolicy.ALLOW) {
            return cleaner.clean(body, article.source().path(), article.bodyFirstLine(), problems);
        }
        return body.html();
    }

    /** The links checked so far. */
    public long linksChecked() {
        return links.checked();
    }

    /**
     * The pages {@link #make} left as the last build published them by their keys, without looking at them: in the
     * preview server's rebuilds, and in a build whose cache holds the memo of the last one ({@link PublishMemo}).
     */
    public int pagesLeftByKey() {
        return leftByKey;
    }

    /** Whether {@link #make} took the output keys the last build of this process worked out (see {@link KeyMemo}). */
    public boolean keysKept() {
        return keysKept;
    }

    /**
     * Copies the theme's static files and the articles' files; a file that would replace the theme's is an error.
     *
     * @param overrides the folder of theme overrides inside the content, named in the message
     */
    public void copyFiles(Workers workers, String overrides, Problems problems) throws IOException {
        OutputFolder output = setup.output();
        List<Map.Entry<String, Path>> statics = new ArrayList<>(theme.staticFiles().entrySet());
        workers.forEach(statics, entry -> output.copy(entry.getValue(), entry.getKey()));
        List<Asset> assets = new ArrayList<>();
        for (Asset asset : site.assets()) {
            if (!copiedAsIs(asset)) {
                continue; // a JPEG or PNG is published as its variants (see ImageVariants)
            }
            if (theme.staticFiles().containsKey(asset.outputPath())) {
                problems.error(SourcePosition.of(asset.source().path()), "publish",
                        Message.of("publish.file.replaces-theme", asset.outputPath(), overrides));
            } else {
                assets.add(asset);
            }
        }
        SvgCleaner svg = new SvgCleaner();
        workers.forEach(assets, (Asset asset) -> publishAsset(asset, output, svg, problems));
    }

    /** Copies a static file as it is; an SVG is cleaned first (see {@link SvgCleaner}), saying what was removed. */
    private static void publishAsset(Asset asset, OutputFolder output, SvgCleaner svg, Problems problems)
            throws IOException {
        if (!asset.outputPath().toLowerCase(java.util.Locale.ROOT).endsWith(".svg")) {
            output.copy(asset.source().path(), asset.outputPath());
            return;
        }
        SvgCleaner.Result cleaned = svg.clean(java.nio.file.Files.readAllBytes(asset.source().path()));
        if (cleaned.changed()) {
            problems.warning(SourcePosition.of(asset.source().path()), "transform", Message.of("transform.svg.cleaned",
                    SvgCleaner.describe(cleaned.removed())));
        }
        output.write(asset.outputPath(), cleaned.bytes());
    }

    /** Whether an asset is copied as it is: anything but a JPEG or PNG, unless the site publishes originals. */
    private boolean copiedAsIs(Asset asset) {
        return site.config().images().originals() || !ImageStage.isRaster(asset.outputPath());
    }

    /**
     * Swaps the new site in and records it in the cache (the manifest and the link marker). The manifest is written
     * while the output folder is updated, and moved in once the new site is in place.
     */
    public void commit() throws IOException {
        Aside<Optional<Path>> manifest = record.writeAhead(setup.output().manifest());
        try {
            setup.output().commit();
        } catch (IOException | RuntimeException | Error e) {
            record.discard(manifest);
            throw e;
        }
        record.publish(manifest);
    }

    /** Leaves the output folder as it was. */
    public void abort() throws IOException {
        setup.output().abort();
    }
}
