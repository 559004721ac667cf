package vn.gazette.config;

import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import vn.gazette.problem.Severity;

/**
 * The site's settings, read from {@code content/site.yaml}: everything locale-, zone- and URL-dependent is
 * passed on from here, never taken from the machine. Immutable and thread-safe.
 *
 * @param title       the site's name, shown in every page header
 * @param description one sentence for the home page's meta description
 * @param baseUrl     absolute URL the site is published at, always ending with {@code /}
 * @param language    {@code vi} (default) or {@code en}: the theme's UI strings and date format
 * @param timeZone    the zone local dates are in (default Asia/Ho_Chi_Minh)
 * @param pageSize    articles per list page
 * @param rawHtml     what to do with HTML inside Markdown
 * @param feedSize    entries in each Atom feed
 * @param related     related articles shown under an article ("Tin liên quan")
 * @param segments    the URL segments of list pages
 * @param taxonomies  how articles are grouped (tags, province, and any a site declares)
 * @param conferenceKinds the {@code conference.kind} values the main conference index lists (other kinds get
 *                        an index of their own)
 * @param brokenLinks how a link, image or asset reference that does not resolve to a file of the site is
 *                    reported: an error (the default: the build fails) or a warning
 * @param files       which content files are published, and which output files the build keeps
 * @param plausibility what is warned about as implausible in articles
 * @param reader      the menu, logo, footer, front-page sections and reader checks ({@link ReaderSettings})
 * @param searchEngine an external search engine (https) the search page offers readers without JavaScript
 * @param images      how raster images are resized and published
 * @param embeds      the site's own embed providers, besides the built-in ones
 * @param search      whether the build writes the search index, the search page and every header's search box
 *                    ({@code search: false} in site.yaml turns them off)
 */
public record SiteConfig(String title, String description, URI baseUrl, Locale language, ZoneId timeZone,
        int pageSize, RawHtmlPolicy rawHtml, int feedSize, int related, Segments segments,
        List<TaxonomyConfig> taxonomies, List<String> conferenceKinds, Severity brokenLinks, FileRules files,
        Plausibility plausibility, java.util.Optional<URI> searchEngine, ReaderSettings reader, ImageSettings images,
        List<EmbedProvider> embeds, boolean search) {

    /** Settings with search. */
    public SiteConfig(String title, String description, URI baseUrl, Locale language, ZoneId timeZone, int pageSize,
            RawHtmlPolicy rawHtml, int feedSize, int related, Segments segments, List<TaxonomyConfig> taxonomies,
            List<String> conferenceKinds, Severity brokenLinks, FileRules files, Plausibility plausibility,
            java.util.Optional<URI> searchEngine, ReaderSettings reader, ImageSettings images,
            List<EmbedProvider> embeds) {
        this(title, description, baseUrl, language, timeZone, pageSize, rawHtml, feedSize, related, segments, taxonomies,
                conferenceKinds, brokenLinks, files, plausibility, searchEngine, reader, images, embeds, true);
    }

    /** Settings with the theme's default menu, footer and front page, the default image settings and no embeds. */
    public SiteConfig(String title, String description, URI baseUrl, Locale language, ZoneId timeZone, int pageSize,
            RawHtmlPolicy rawHtml, int feedSize, int related, Segments segments, List<TaxonomyConfig> taxonomies,
            List<String> conferenceKinds, Severity brokenLinks, FileRules files, Plausibility plausibility,
            java.util.Optional<URI> searchEngine) {
        this(title, description, baseUrl, language, timeZone, pageSize, rawHtml, feedSize, related, segments, taxonomies,
                conferenceKinds, brokenLinks, files, plausibility, searchEngine, ReaderSettings.DEFAULT,
                ImageSettings.DEFAULT, List.of());
    }

    /** Settings without an external search engine, with the theme's defaults and the given image settings. */
    public SiteConfig(String title, String description, URI baseUrl, Locale language, ZoneId timeZone, int pageSize,
            RawHtmlPolicy rawHtml, int feedSize, int related, Segments segments, List<TaxonomyConfig> taxonomies,
            List<String> conferenceKinds, Severity brokenLinks, FileRules files, Plausibility plausibility,
            ImageSettings images, List<EmbedProvider> embeds) {
        this(title, description, baseUrl, language, timeZone, pageSize, rawHtml, feedSize, related, segments, taxonomies,
                conferenceKinds, brokenLinks, files, plausibility, java.util.Optional.empty(), ReaderSettings.DEFAULT,
                images, embeds);
    }

    /** Settings without an external search engine. */
    public SiteConfig(String title, String description, URI baseUrl, Locale language, ZoneId timeZone, int pageSize,
            RawHtmlPolicy rawHtml, int feedSize, int related, Segments segments, List<TaxonomyConfig> taxonomies,
            List<String> conferenceKinds, Severity brokenLinks, FileRules files, Plausibility plausibility) {
        this(title, description, baseUrl, language, timeZone, pageSize, rawHtml, feedSize, related, segments, taxonomies,
                conferenceKinds, brokenLinks, files, plausibility, java.util.Optional.empty());
    }

    /** Settings with the default plausibility checks. */
    public SiteConfig(String title, String description, URI baseUrl, Locale language, ZoneId timeZone, int pageSize,
            RawHtmlPolicy rawHtml, int feedSize, int related, Segments segments, List<TaxonomyConfig> taxonomies,
            List<String> conferenceKinds, Severity brokenLinks, FileRules files) {
        this(title, description, baseUrl, language, timeZone, pageSize, rawHtml, feedSize, related, segments, taxonomies,
                conferenceKinds, brokenLinks, files, Plausibility.DEFAULT);
    }

    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    public static final int DEFAULT_PAGE_SIZE = 10;
    public static final int DEFAULT_FEED_SIZE = 20;
    public static final int DEFAULT_RELATED = 5;

    /**
     * URL segments of the list pages.
     *
     * @param page        before page numbers: {@code /the/x/trang/2/}
     * @param archive     the archive index: {@code /luu-tru/}
     * @param conferences the conference index: {@code /hoi-nghi-tap-huan/}
     * @param authors     the authors index: {@code /tac-gia/}
     * @param search      the search page: {@code /tim-kiem/} ({@code /search/} on an English site)
     */
    public record Segments(String page, String archive, String conferences, String authors, String search) {
        public static final Segments DEFAULT = new Segments("trang", "luu-tru", "hoi-nghi-tap-huan", "tac-gia",
                "tim-kiem");
        public static final String ENGLISH_SEARCH = "search";

        public Segments {
            Objects.requireNonNull(page, "page");
            Objects.requireNonNull(archive, "archive");
            Objects.requireNonNull(conferences, "conferences");
            Objects.requireNonNull(authors, "authors");
            Objects.requireNonNull(search, "search");
        }

        /** Segments with the default search page. */
        public Segments(String page, String archive, String conferences, String authors) {
            this(page, archive, conferences, authors, DEFAULT.search());
        }
    }

    /** The conference kinds the main conference index lists, unless site.yaml says otherwise. */
    public static final List<String> DEFAULT_CONFERENCE_KINDS = List.of("training");

    /** Settings with the default publishing rule. */
    public SiteConfig(String title, String description, URI baseUrl, Locale language, ZoneId timeZone, int pageSize,
            RawHtmlPolicy rawHtml, int feedSize, int related, Segments segments, List<TaxonomyConfig> taxonomies,
            List<String> conferenceKinds, Severity brokenLinks) {
        this(title, description, baseUrl, language, timeZone, pageSize, rawHtml, feedSize, related, segments, taxonomies,
                conferenceKinds, brokenLinks, FileRules.DEFAULT);
    }

    /** Settings whose broken links are errors. */
    public SiteConfig(String title, String description, URI baseUrl, Locale language, ZoneId timeZone, int pageSize,
            RawHtmlPolicy rawHtml, int feedSize, int related, Segments segments, List<TaxonomyConfig> taxonomies,
            List<String> conferenceKinds) {
        this(title, description, baseUrl, language, timeZone, pageSize, rawHtml, feedSize, related, segments, taxonomies,
                conferenceKinds, Severity.ERROR);
    }

    /** Settings with the default lists, feeds and taxonomies. */
    public SiteConfig(String title, String description, URI baseUrl, Locale language, ZoneId timeZone, int pageSize,
            RawHtmlPolicy rawHtml) {
        this(title, description, baseUrl, language, timeZone, pageSize, rawHtml, DEFAULT_FEED_SIZE, DEFAULT_RELATED,
                Segments.DEFAULT, TaxonomyConfig.defaults(), DEFAULT_CONFERENCE_KINDS);
    }

    public SiteConfig {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(rawHtml, "rawHtml");
        if (!baseUrl.isAbsolute() || !baseUrl.getPath().endsWith("/")) {
            throw new IllegalArgumentException("baseUrl must be absolute and end with '/': " + baseUrl);
        }
        if (pageSize < 1 || feedSize < 1 || related < 0) {
            throw new IllegalArgumentException("pageSize and feedSize must be positive, related not negative");
        }
        Objects.requireNonNull(segments, "segments");
        taxonomies = List.copyOf(taxonomies);
        conferenceKinds = List.copyOf(conferenceKinds);
        Objects.requireNonNull(brokenLinks, "brokenLinks");
        Objects.requireNonNull(files, "files");
        Objects.requireNonNull(plausibility, "plausibility");
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(searchEngine, "searchEngine");
        Objects.requireNonNull(images, "images");
        embeds = List.copyOf(embeds);
    }

    /** The taxonomy reading a front-matter key, if the site has one. */
    public java.util.Optional<TaxonomyConfig> taxonomy(String name) {
        return taxonomies.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /** The path part of {@link #baseUrl}, e.g. {@code /} or {@code /luu-tru/}: every site-absolute link starts with it. */
    public String basePath() {
        return baseUrl.getRawPath();
    }

    /** The absolute URL of a site path such as {@code /articles/2023/x/}. */
    public String absoluteUrl(String sitePath) {
        String path = sitePath.startsWith("/") ? sitePath.substring(1) : sitePath;
        return baseUrl.toString() + path;
    }

    /** The link to use in pages for a site path, with the base path of a site published below a domain's root. */
    public String link(String sitePath) {
        String path = sitePath.startsWith("/") ? sitePath.substring(1) : sitePath;
        return basePath() + path;
    }

    /** The two-letter language code, for {@code <html lang>}. */
    public String languageCode() {
        return language.getLanguage();
    }

    /** Whether a file of the output folder that no build wrote is one the site lists under {@code keep:}. */
    public java.util.function.Predicate<String> keptOutput() {
        return vn.gazette.internal.Glob.anyOf(files.keep());
    }

    public SiteConfig withBaseUrl(URI newBaseUrl) {
        return new SiteConfig(title, description, newBaseUrl, language, timeZone, pageSize, rawHtml, feedSize, related,
                segments, taxonomies, conferenceKinds, brokenLinks, files, plausibility, searchEngine, reader, images,
                embeds, search);
    }
}
