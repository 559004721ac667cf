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
 * @param reader      the menu, logo, footer, front-page sections and reader checks ({@link ReaderSettings})
 */
public record SiteConfig(String title, String description, URI baseUrl, Locale language, ZoneId timeZone,
        int pageSize, RawHtmlPolicy rawHtml, int feedSize, int related, Segments segments,
        List<TaxonomyConfig> taxonomies, List<String> conferenceKinds, Severity brokenLinks,
        ReaderSettings reader) {

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
     */
    public record Segments(String page, String archive, String conferences) {
        public static final Segments DEFAULT = new Segments("trang", "luu-tru", "hoi-nghi-tap-huan");

        public Segments {
            Objects.requireNonNull(page, "page");
            Objects.requireNonNull(archive, "archive");
            Objects.requireNonNull(conferences, "conferences");
        }
    }

    /** The conference kinds the main conference index lists, unless site.yaml says otherwise. */
    public static final List<String> DEFAULT_CONFERENCE_KINDS = List.of("training");

    /** Settings with the theme's default menu, footer and front page. */
    public SiteConfig(String title, String description, URI baseUrl, Locale language, ZoneId timeZone, int pageSize,
            RawHtmlPolicy rawHtml, int feedSize, int related, Segments segments, List<TaxonomyConfig> taxonomies,
            List<String> conferenceKinds, Severity brokenLinks) {
        this(title, description, baseUrl, language, timeZone, pageSize, rawHtml, feedSize, related, segments, taxonomies,
                conferenceKinds, brokenLinks, ReaderSettings.DEFAULT);
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
        Objects.requireNonNull(reader, "reader");
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

    public SiteConfig withBaseUrl(URI newBaseUrl) {
        return new SiteConfig(title, description, newBaseUrl, language, timeZone, pageSize, rawHtml, feedSize, related,
                segments, taxonomies, conferenceKinds, brokenLinks, reader);
    }
}
