package vn.gazette.site;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.HashSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import vn.gazette.config.ProvinceVocabulary;
import vn.gazette.config.TaxonomyConfig;
import vn.gazette.content.ArticleDate;
import vn.gazette.content.ArticleFile;
import vn.gazette.content.BrokenArticle;
import vn.gazette.content.Conference;
import vn.gazette.content.FrontMatter;
import vn.gazette.config.SiteConfig;
import vn.gazette.content.ParsedArticle;
import vn.gazette.content.PartialFrontMatter;
import vn.gazette.problem.Message;
import vn.gazette.problem.Problems;
import vn.gazette.problem.SourcePosition;
import vn.gazette.source.SourceFile;

/**
 * Builds the {@link Site} from the checked articles and the other files: gives every article its URL, refuses
 * two files that would publish to the same place, and orders everything the same way on every machine. Broken
 * articles (their files have errors) are not published, but checked as far as their errors allow.
 * Stateless and thread-safe.
 */
public final class SiteAssembler {

    public static final String STAGE = "site";

    /** Newest first; equal dates by URL, so the order never depends on the file system. */
    public static final Comparator<Article> NEWEST_FIRST = Comparator.comparing(Article::date).reversed()
            .thenComparing(Article::url);

    /**
     * What to leave out of the published site.
     *
     * @param includeDrafts  publish {@code draft: true} articles
     * @param includeFuture  publish articles dated after {@code now}
     * @param includeExpired publish articles whose {@code expires} date is not after {@code now}
     * @param now            the build time
     */
    public record Options(boolean includeDrafts, boolean includeFuture, boolean includeExpired, Instant now) {
        public Options {
            Objects.requireNonNull(now, "now");
        }

        /** Drafts as asked; neither articles dated after {@code now} nor expired ones. */
        public Options(boolean includeDrafts, Instant now) {
            this(includeDrafts, false, false, now);
        }
    }

    public Site assemble(SiteConfig config, List<ParsedArticle> parsed, List<SourceFile> assetFiles, Options options,
            Problems problems) {
        return assemble(config, ProvinceVocabulary.empty(), parsed, assetFiles, options, problems);
    }

    /** Assembles the site, checking province names against {@code vocabulary} (when it is not empty). */
    public Site assemble(SiteConfig config, ProvinceVocabulary vocabulary, List<ParsedArticle> parsed,
            List<SourceFile> assetFiles, Options options, Problems problems) {
        return assemble(config, vocabulary, parsed, List.of(), assetFiles, options, problems);
    }

    /**
     * Assembles the site from the articles to publish. The broken ones (their files have errors) are not published,
     * but what does not depend on their broken fields is checked as it will be once they are corrected, so that one
     * build reports every problem of a file: their dates and title, their province against the vocabulary, and their
     * URL against the other articles' (with the slug their error suggests when the one written is not valid).
     */
    public Site assemble(SiteConfig config, ProvinceVocabulary vocabulary, List<ParsedArticle> parsed,
            List<BrokenArticle> broken, List<SourceFile> assetFiles, Options options, Problems problems) {
        Map<String, Article> byUrl = new HashMap<>();
        Addresses addresses = new Addresses(config, problems);
        Map<String, Article> byAssetFolder = new HashMap<>();
        List<Article> articles = new ArrayList<>();
        List<ArticleFile> ordered = new ArrayList<>(parsed);
        ordered.addAll(broken);
        ordered.sort(Comparator.comparing(ArticleFile::source));
        java.util.Set<String> hiddenFolders = new java.util.HashSet<>();
        List<LeftOut> leftOut = new ArrayList<>();
        List<BrokenArticle> unchecked = new ArrayList<>(); // broken articles whose province is still to check
        Schedule schedule = Schedule.none();
        PlausibilityCheck plausibility = new PlausibilityCheck(config.plausibility(), options.now(), config.timeZone());
        for (ArticleFile file : ordered) {
            if (file instanceof BrokenArticle item) {
                plausibility.check(item.source(), item.known(), problems);
                Optional<String> url = addresses.url(item);
                leftOut.add(new LeftOut(item.source(), item.known(), url, LeftOut.Reason.ERRORS));
                if (reasonToLeaveOut(item.known(), options).isPresent()) {
                    continue; // left out once corrected too: checked no more than a draft without errors
                }
                unchecked.add(item);
                url.ifPresent(u -> addresses.take(item, u));
                continue;
            }
            ParsedArticle item = (ParsedArticle) file;
            plausibility.check(item, problems);
            schedule = schedule(item, options, schedule);
            Optional<LeftOut.Reason> reason = reasonToLeaveOut(PartialFrontMatter.of(item.front()), options);
            if (reason.isPresent()) {
                hiddenFolders.add(item.source().withoutExtension());
                // its URL only names it in messages about links to it: a problem with it is not reported
                leftOut.add(new LeftOut(item.source(), PartialFrontMatter.of(item.front()),
                        addresses.url(item.source(), item.front().slug(), new Problems()), reason.get()));
                continue;
            }
            Optional<String> url = addresses.url(item.source(), item.front().slug(), problems);
            // where the slug is written: worked out only for a URL taken already (most front matters are never asked)
            java.util.function.Supplier<SourcePosition> slug = () -> item.front().positionOf("slug",
                    SourcePosition.of(item.source().path(), 1, 1));
            if (url.isEmpty() || !addresses.take(url.get(), item.source(), slug)) {
                // not published because of that error: a link to its file is a link to a broken article
                leftOut.add(new LeftOut(item.source(), PartialFrontMatter.of(item.front()), Optional.empty(),
                        LeftOut.Reason.ERRORS));
                continue;
            }
            Article article = new Article(item.source(), item.front(), url.get(), item.bodyOffset(), item.bodyFirstLine(),
                    item.checksum());
            byUrl.put(article.url(), article);
            articles.add(article);
            byAssetFolder.put(article.assetFolder(), article);
        }
        addresses.end();
        articles.sort(NEWEST_FIRST);
        List<SourceFile> published = assetFiles.stream().filter(file -> !inFolder(file, hiddenFolders)).toList();
        List<Asset> assets = assets(published, byAssetFolder, byUrl, problems);
        TaxonomyBuilder builder = new TaxonomyBuilder(vocabulary, problems);
        List<Taxonomy> taxonomies = taxonomies(builder, config.taxonomies(), articles);
        if (config.taxonomies().stream().anyMatch(taxonomy -> taxonomy.name().equals(TaxonomyConfig.PROVINCE))) {
            unchecked.forEach(item -> builder.checkProvince(item.source(), item.known()));
        }
        return complete(config, articles, assets, byUrl, taxonomies, leftOut, schedule, builder.names(), problems);
    }

    /**
     * The site, from what assembly decides (which articles are published, in which order and under which URL, the
     * files copied, the articles left out, the terms and when the site next changes): the parts worked out from
     * those alone are added, the related articles' index, the conference index, the archive, each article's names
     * and the authors. A model taken from the build cache ({@link StoredSite}) is completed the same way.
     */
    static Site complete(SiteConfig config, List<Article> articles, List<Asset> assets, Map<String, Article> byUrl,
            List<Taxonomy> taxonomies, List<LeftOut> leftOut, Schedule schedule, Comparator<String> termNames,
            Problems problems) {
        // the related articles' index and the conference index read only the articles and the terms: each is built
        // on a thread of its own while this one makes the rest
        CompletableFuture<Related> related = CompletableFuture.supplyAsync(
                () -> new Related(articles, taxonomies, config.related()), ON_ITS_OWN_THREAD);
        CompletableFuture<Conferences> conferences = CompletableFuture.supplyAsync(
                () -> conferences(config, articles, taxonomies, termNames), ON_ITS_OWN_THREAD);
        Archive archive = Archive.of("/" + config.segments().archive() + "/", articles);
        Map<String, ArticleNames> names = new HashMap<>();
        articles.forEach(article -> names.put(article.url(), ArticleNames.of(article, taxonomies)));
        Authors authors = Authors.of(config.segments().authors(), articles, termNames, problems);
        return new Site(config, articles, assets, byUrl, taxonomies, archive, joined(related), joined(conferences),
                leftOut, schedule, names, authors);
    }

    /**
     * Each taxonomy's terms, in site.yaml order: each but the last is built on a thread of its own, the last on this
     * one (they read only the articles, and a build of one taxonomy shares nothing with another's).
     */
    private static List<Taxonomy> taxonomies(TaxonomyBuilder builder, List<TaxonomyConfig> configs,
            List<Article> articles) {
        List<CompletableFuture<Taxonomy>> others = new ArrayList<>();
        for (TaxonomyConfig taxonomy : configs.subList(0, Math.max(0, configs.size() - 1))) {
            others.add(CompletableFuture.supplyAsync(() -> builder.build(taxonomy, articles), ON_ITS_OWN_THREAD));
        }
        Optional<Taxonomy> last = configs.isEmpty() ? Optional.empty()
                : Optional.of(builder.build(configs.get(configs.size() - 1), articles));
        List<Taxonomy> taxonomies = new ArrayList<>();
        others.forEach(taxonomy -> taxonomies.add(joined(taxonomy)));
        last.ifPresent(taxonomies::add);
        return taxonomies;
    }

    /**
     * Runs a part of the assembly on a new daemon thread: the common pool has one thread on two cores, which the
     * parts would wait for in turn.
     */
    private static final Executor ON_ITS_OWN_THREAD = work -> {
        Thread thread = new Thread(work, "gazette-site");
        thread.setDaemon(true);
        thread.start();
    };

    private static <T> T joined(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** Why an article stays out of the site, if it does: draft, then scheduled, then expired. */
    private static Optional<LeftOut.Reason> reasonToLeaveOut(PartialFrontMatter front, Options options) {
        if (front.draft().orElse(false) && !options.includeDrafts()) {
            return Optional.of(LeftOut.Reason.DRAFT);
        }
        // of an article with errors, only what is known counts: without a date it is not known to be scheduled
        if (!options.includeFuture() && front.date().isPresent() && after(front.date().get(), options.now())) {
            return Optional.of(LeftOut.Reason.SCHEDULED);
        }
        if (!options.includeExpired() && front.expires().isPresent() && !after(front.expires().get(), options.now())) {
            return Optional.of(LeftOut.Reason.EXPIRED);
        }
        return Optional.empty();
    }

    /**
     * The schedule with this article's future changes taken into account: its publication when it is dated after
     * the build time, its expiry when that is after the build time. Drafts never change by themselves.
     */
    private static Schedule schedule(ParsedArticle item, Options options, Schedule schedule) {
        FrontMatter front = item.front();
        if (front.draft() && !options.includeDrafts()) {
            return schedule;
        }
        Schedule next = schedule;
        if (!options.includeFuture() && after(front.date(), options.now())) {
            next = next.earliest(new Schedule.Change(front.date(), Schedule.Kind.PUBLISH, item.source().relative()));
        }
        if (!options.includeExpired() && front.expires().isPresent() && after(front.expires().get(), options.now())) {
            next = next.earliest(new Schedule.Change(front.expires().get(), Schedule.Kind.EXPIRE,
                    item.source().relative()));
        }
        return next;
    }

    private static boolean after(ArticleDate date, Instant now) {
        return date.value().toInstant().isAfter(now);
    }

    private static Conferences conferences(SiteConfig config, List<Article> articles, List<Taxonomy> taxonomies,
            Comparator<String> names) {
        Optional<Taxonomy> provinces = taxonomies.stream()
                .filter(t -> t.name().equals(TaxonomyConfig.PROVINCE)).findFirst();
        List<Conferences.Entry> entries = new ArrayList<>();
        for (Article article : articles) {
            article.front().conference().ifPresent(conference -> {
                Optional<Term> province = provinces.flatMap(t -> t.termsOf(article).stream().findFirst());
                entries.add(new Conferences.Entry(article, conference, province));
            });
        }
        entries.sort(Conferences.NEWEST_FIRST);
        List<Conference.Kind> kinds = new ArrayList<>();
        for (String word : config.conferenceKinds()) {
            kinds.add(Conference.Kind.values()[Conference.Kind.words().indexOf(word)]);
        }
        return Conferences.of("/" + config.segments().conferences() + "/", kinds, entries, provinces, names);
    }

    /** Files Gazette writes itself at the top of the site. */
    public static final List<String> GENERATED_FILES = List.of("404.html", "atom.xml", "sitemap.xml", "robots.txt",
            Schedule.FILE);

    /**
     * An article or file whose URL is also a list page's, or a generated file's, is an error.
     *
     * @param lists the site path of every list page, as the registry of outputs lists them
     */
    public static void checkCollisions(Site site, Collection<String> lists, Problems problems) {
        for (Article article : site.articles()) {
            if (lists.contains(article.url())) {
                SourcePosition where = article.front().positionOf("slug", SourcePosition.of(article.source().path(), 1, 1));
                problems.error(where, STAGE, Message.of("site.article.list-address", article.url()));
            }
        }
        // a broken article's URL too: correcting its errors must not bring this one to light
        for (LeftOut article : site.leftOut()) {
            if (article.broken() && article.url().isPresent() && lists.contains(article.url().get())) {
                SourcePosition where = article.front().positionOf("slug", SourcePosition.of(article.source().path(), 1, 1));
                problems.error(where, STAGE, Message.of("site.article.list-address", article.url().get()));
            }
        }
        Set<String> taken = new HashSet<>(GENERATED_FILES);
        lists.forEach(url -> {
            taken.add(url.substring(1) + "index.html");
            taken.add(url.substring(1) + "atom.xml");
        });
        for (Asset asset : site.assets()) {
            if (taken.contains(asset.outputPath())) {
                problems.error(SourcePosition.of(asset.source().path()), STAGE,
                        Message.of("site.file.generated", asset.outputPath()));
            }
        }
    }

    /** Whether a file lies in one of {@code folders} (the asset folders of articles left out). */
    private static boolean inFolder(SourceFile file, java.util.Set<String> folders) {
        for (String folder = file.folder(); !folder.isEmpty(); folder = folder.contains("/")
                ? folder.substring(0, folder.lastIndexOf('/')) : "") {
            if (folders.contains(folder)) {
                return true;
            }
        }
        return false;
    }

    private static List<Asset> assets(List<SourceFile> files, Map<String, Article> byAssetFolder,
            Map<String, Article> byUrl, Problems problems) {
        List<Asset> assets = new ArrayList<>();
        Map<String, SourceFile> byOutput = new HashMap<>();
        for (SourceFile file : files) {
            String output = outputPath(file, byAssetFolder);
            SourceFile other = byOutput.putIfAbsent(output, file);
            if (other != null) {
                problems.error(SourcePosition.of(file.path()), STAGE, Message.of("site.file.clash", other.relative(), output));
                continue;
            }
            if (output.endsWith("/index.html") && byUrl.containsKey("/" + output.substring(0, output.length() - 10))) {
                problems.error(SourcePosition.of(file.path()), STAGE, Message.of("site.file.article-page", output));
                continue;
            }
            assets.add(new Asset(file, output));
        }
        assets.sort(Comparator.comparing(Asset::outputPath));
        return assets;
    }

    /** Files in an article's asset folder go beside its page (which may have another slug); others keep their path. */
    private static String outputPath(SourceFile file, Map<String, Article> byAssetFolder) {
        String folder = file.folder();
        String rest = file.name();
        while (!folder.isEmpty()) {
            Article owner = byAssetFolder.get(folder);
            if (owner != null) {
                return owner.url().substring(1) + rest;
            }
            int slash = folder.lastIndexOf('/');
            rest = folder.substring(slash + 1) + "/" + rest;
            folder = slash < 0 ? "" : folder.substring(0, slash);
        }
        return file.relative();
    }
}
