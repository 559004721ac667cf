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
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
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
import vn.gazette.problem.SourcePosition;
import vn.gazette.publish.Manifest;
import vn.gazette.publish.OutputFolder;
import vn.gazette.publish.UnsafeOutputException;
import vn.gazette.render.PageRenderer;
import vn.gazette.render.TemplateRenderer;
import vn.gazette.render.Theme;
import vn.gazette.render.ThemeLoader;
import vn.gazette.site.Article;
import vn.gazette.site.Asset;
import vn.gazette.site.Site;
import vn.gazette.site.SiteAssembler;
import vn.gazette.site.TaxonomyBuilder;
import vn.gazette.source.SourceFile;
import vn.gazette.source.SourceTree;
import vn.gazette.source.TextFile;
import vn.gazette.transform.HtmlCleaner;

/**
 * Builds a site: the one entry point of the engine. The stages run in this order, each reporting problems
 * instead of stopping: source (find and read files) → content (front matter) → site (assemble the model) →
 * render (Markdown, templates) → transform (clean HTML) → publish (write, then swap the new site in).
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
        Problems problems = new Problems();
        Map<String, Duration> timings = new LinkedHashMap<>();
        Path source = request.source();
        if (!Files.isDirectory(source)) {
            throw new BuildRequestException("the content folder " + source + " does not exist: give the folder that "
                    + "holds site.yaml and the articles");
        }
        long started = System.nanoTime();
        SourceTree tree = SourceTree.scan(source, problems);
        Optional<SiteConfig> config = loadConfig(tree, request, problems);
        Optional<Theme> theme = loadTheme(request, config.map(SiteConfig::languageCode).orElse("vi"), problems);
        started = lap(timings, "source", started);
        if (config.isEmpty() || theme.isEmpty()) {
            return new BuildResult(0, 0, 0, problems.sorted(), timings, config.map(SiteConfig::languageCode).orElse("vi"));
        }
        Optional<Path> manifestFile = request.cache().map(cache -> cache.resolve("outputs")
                .resolve(Long.toHexString(Manifest.hash(request.output().toAbsolutePath().normalize().toString()
                        .getBytes(StandardCharsets.UTF_8))) + ".manifest"));
        OutputFolder output = openOutput(request, manifestFile.map(Manifest::read).orElse(Manifest.empty()));
        try (output; Workers workers = new Workers(request.workerCount());
                TimeLimit limit = new TimeLimit(MARKDOWN_TIME_LIMIT);
                BodyCache bodies = request.cache().isPresent()
                        ? BodyCache.open(request.cache().get(), MarkdownConverter.VERSION + "|" + config.get().rawHtml())
                        : BodyCache.none()) {
            MarkdownConverter markdown = new MarkdownConverter(config.get().rawHtml());
            List<String> ownTaxonomies = config.get().taxonomies().stream().map(TaxonomyConfig::name)
                    .filter(name -> !name.equals(TaxonomyConfig.TAGS) && !name.equals(TaxonomyConfig.PROVINCE)).toList();
            ArticleReader reader = new ArticleReader(config.get().timeZone(), ownTaxonomies, markdown, Optional.of(limit),
                    bodies);
            ProvinceVocabulary vocabulary = loadVocabulary(tree, problems);
            List<ParsedArticle> parsed = Collections.synchronizedList(new ArrayList<>());
            workers.forEach(tree.files(SourceFile.Kind.ARTICLE), file -> reader.read(file, problems).ifPresent(parsed::add));
            started = lap(timings, "content", started);

            Site site = new SiteAssembler().assemble(config.get(), vocabulary, parsed, tree.files(SourceFile.Kind.ASSET),
                    new SiteAssembler.Options(request.includeDrafts()), problems);
            started = lap(timings, "site", started);

            TemplateRenderer templates = new TemplateRenderer(theme.get(), site.config());
            PageRenderer pages = new PageRenderer(site, theme.get(), templates,
                    source.resolve(SiteConfigLoader.FILE_NAME), TaxonomyBuilder.vietnamese());
            HtmlCleaner cleaner = new HtmlCleaner();
            AtomicInteger pageCount = new AtomicInteger();
            long siteDigest = pages.siteDigest();
            workers.forEach(site.articles(), article -> {
                Optional<PageRenderer.Page> page = articlePage(article, reader, cleaner, pages, site.config(), problems);
                if (page.isPresent() && publish(article.outputPath(), page.get(), pages, siteDigest, output)) {
                    pageCount.incrementAndGet();
                }
            });
            workers.forEach(Outputs.of(site, pages), job -> {
                if (job instanceof Outputs.PageOutput page) {
                    if (publish(page.path(), page.page().get(), pages, siteDigest, output)) {
                        pageCount.incrementAndGet();
                    }
                } else if (job instanceof Outputs.DataOutput data) {
                    output.write(data.path(), data.text().get());
                }
            });
            templates.reportTo(problems);
            started = lap(timings, "render", started);

            copyFiles(site, theme.get(), output, workers, problems);
            if (problems.hasErrors()) {
                output.abort();
                lap(timings, "publish", started);
                return new BuildResult(0, 0, 0, problems.sorted(), timings, config.get().languageCode());
            }
            int files = output.filesWritten();
            int unchanged = output.filesUnchanged();
            output.commit();
            if (manifestFile.isPresent()) {
                output.manifest().write(manifestFile.get());
            }
            lap(timings, "publish", started);
            return new BuildResult(pageCount.get(), files, unchanged, problems.sorted(), timings,
                    config.get().languageCode());
        }
    }

    /**
     * Publishes a page: carried over untouched when the last build made it from the same inputs, rendered
     * otherwise.
     *
     * @return whether the page exists in the output (false when its template failed)
     */
    private static boolean publish(String path, PageRenderer.Page page, PageRenderer pages, long siteDigest,
            OutputFolder output) throws IOException {
        long fingerprint = pages.fingerprint(page, siteDigest);
        if (output.keep(path, fingerprint)) {
            return true;
        }
        Optional<String> html = pages.render(page);
        if (html.isEmpty()) {
            return false;
        }
        output.write(path, html.get(), fingerprint);
        return true;
    }

    private static Optional<PageRenderer.Page> articlePage(Article article, ArticleReader reader, HtmlCleaner cleaner,
            PageRenderer pages, SiteConfig config, Problems problems) throws IOException {
        Optional<MarkdownDocument> body = reader.body(article.source(), article.bodyOffset(), article.bodyFirstLine(),
                article.checksum(), problems);
        if (body.isEmpty()) {
            return Optional.empty();
        }
        String html = body.get().html();
        // under 'escape' raw HTML is already text, but a javascript: link written in Markdown still needs cleaning
        if (body.get().needsCleaning() && config.rawHtml() != RawHtmlPolicy.ALLOW) {
            html = cleaner.clean(html);
        }
        return Optional.of(pages.article(article, html));
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

    private static Optional<SiteConfig> loadConfig(SourceTree tree, BuildRequest request, Problems problems)
            throws IOException {
        Path file = tree.root().resolve(SiteConfigLoader.FILE_NAME);
        if (tree.files(SourceFile.Kind.SITE_CONFIG).isEmpty()) {
            problems.error(SourcePosition.of(file), SiteConfigLoader.STAGE, "site.yaml is missing: create it with at least "
                    + "'title:' and 'baseUrl:' lines");
            return Optional.empty();
        }
        Optional<TextFile.Content> text = TextFile.read(file, problems);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        return new SiteConfigLoader().load(text.get().text(), file, request.baseUrl(), problems);
    }

    private static ProvinceVocabulary loadVocabulary(SourceTree tree, Problems problems) throws IOException {
        List<SourceFile> files = tree.files(SourceFile.Kind.PROVINCES);
        if (files.isEmpty()) {
            return ProvinceVocabulary.empty();
        }
        Optional<TextFile.Content> text = TextFile.read(files.get(0).path(), problems);
        return text.map(t -> ProvinceVocabulary.load(t.text(), files.get(0).path(), problems))
                .orElse(ProvinceVocabulary.empty());
    }

    private static Optional<Theme> loadTheme(BuildRequest request, String language, Problems problems)
            throws IOException {
        Path root;
        if (request.theme().isPresent()) {
            root = request.theme().get();
            if (!Files.isDirectory(root)) {
                throw new BuildRequestException("the theme folder " + root + " does not exist");
            }
        } else {
            Path beside = request.source().toAbsolutePath().normalize().resolveSibling("themes").resolve("default");
            root = Files.isDirectory(beside) ? beside : ThemeLoader.builtIn();
        }
        return new ThemeLoader().load(root, request.source().resolve(OVERRIDES), language, problems);
    }

    private static OutputFolder openOutput(BuildRequest request, Manifest previous) throws IOException {
        try {
            return OutputFolder.open(request.output(), request.source(), previous);
        } catch (UnsafeOutputException e) {
            throw new BuildRequestException(e.getMessage());
        }
    }

    private static long lap(Map<String, Duration> timings, String stage, long since) {
        long now = System.nanoTime();
        timings.merge(stage, Duration.ofNanos(now - since), Duration::plus);
        return now;
    }

    /** Writes a small text file; used by tests and tools that prepare sites. */
    static void writeText(Path file, String text) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
