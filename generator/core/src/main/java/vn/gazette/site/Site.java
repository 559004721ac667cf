package vn.gazette.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.gazette.config.SiteConfig;

/**
 * The assembled site: what will be published, in order. Immutable and thread-safe, shared by every rendering
 * worker.
 *
 * @param config     the settings
 * @param articles   published articles, newest first (ties by URL, so the order never depends on the file system)
 * @param assets     files copied as they are
 * @param byUrl      every article by its site path
 * @param taxonomies the taxonomies in site.yaml order (tags, province, then the site's own)
 * @param archive    articles by year and month
 * @param related    the related-articles ranking
 * @param conferences the conference record: every article with a {@code conference:} block
 * @param leftOut    the articles left out (drafts, scheduled, expired), by file
 * @param schedule   when the site will next change by itself
 * @param names      how each article's province and terms are shown, by its URL
 * @param authors    the authors, from the {@code author} field
 * @param checksums  the checksums of the articles' files read since the site was assembled, by URL, where they differ
 *                   from the articles' own: a body changed, and nothing the model is made of (see {@link #checksum})
 */
public record Site(SiteConfig config, List<Article> articles, List<Asset> assets, Map<String, Article> byUrl,
        List<Taxonomy> taxonomies, Archive archive, Related related, Conferences conferences, List<LeftOut> leftOut,
        Schedule schedule, Map<String, ArticleNames> names, Authors authors, Map<String, Long> checksums) {

    /** A site as assembled: each article's checksum is its own. */
    public Site(SiteConfig config, List<Article> articles, List<Asset> assets, Map<String, Article> byUrl,
            List<Taxonomy> taxonomies, Archive archive, Related related, Conferences conferences,
            List<LeftOut> leftOut, Schedule schedule, Map<String, ArticleNames> names, Authors authors) {
        this(config, articles, assets, byUrl, taxonomies, archive, related, conferences, leftOut, schedule, names,
                authors, Map.of());
    }

    public Site {
        Objects.requireNonNull(config, "config");
        articles = List.copyOf(articles);
        assets = List.copyOf(assets);
        byUrl = Map.copyOf(byUrl);
        taxonomies = List.copyOf(taxonomies);
        Objects.requireNonNull(archive, "archive");
        Objects.requireNonNull(related, "related");
        Objects.requireNonNull(conferences, "conferences");
        leftOut = List.copyOf(leftOut);
        Objects.requireNonNull(schedule, "schedule");
        names = Map.copyOf(names);
        Objects.requireNonNull(authors, "authors");
        checksums = Map.copyOf(checksums);
    }

    /**
     * The checksum of an article's file as this build read it, which the article's body is read with and its page's
     * key counts: the article's own, unless the body changed after the model was assembled ({@link #withChecksums}).
     */
    public long checksum(Article article) {
        Long changed = checksums.get(article.url());
        return changed != null ? changed : article.checksum();
    }

    /**
     * This same model (every part the same object) for files of which only the bodies changed: {@code changed} gives
     * the checksum each such article's file has now, by URL.
     */
    public Site withChecksums(Map<String, Long> changed) {
        return new Site(config, articles, assets, byUrl, taxonomies, archive, related, conferences, leftOut, schedule,
                names, authors, changed);
    }

    /** Whether {@code other} is this same model, every part the same object, whatever its checksums. */
    public boolean sameModel(Site other) {
        return other.config == config && other.articles == articles && other.assets == assets && other.byUrl == byUrl
                && other.taxonomies == taxonomies && other.archive == archive && other.related == related
                && other.conferences == conferences && other.leftOut == leftOut && other.schedule == schedule
                && other.names == names && other.authors == authors;
    }

    /** How an article's province and terms are shown (see {@link ArticleNames}). */
    public ArticleNames names(Article article) {
        ArticleNames found = names.get(article.url());
        if (found == null) {
            throw new IllegalArgumentException("not an article of this site: " + article.url());
        }
        return found;
    }

    public Optional<Article> article(String url) {
        return Optional.ofNullable(byUrl.get(url));
    }

    public Optional<Taxonomy> taxonomy(String name) {
        return taxonomies.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /** The home page and its continuation pages: every article, newest first. */
    public List<Pager<Article>> homePages() {
        return Pager.paginate(articles, config.pageSize(), "/", config.segments().page(), true);
    }

    /** The pages of any list of articles published at {@code url}. */
    public List<Pager<Article>> pages(String url, List<Article> list) {
        return Pager.paginate(list, config.pageSize(), url, config.segments().page(), false);
    }

    /** The article published just before this one (older), for "bài trước". */
    public Optional<Article> older(Article article) {
        int i = position(article);
        return i >= 0 && i + 1 < articles.size() ? Optional.of(articles.get(i + 1)) : Optional.empty();
    }

    /** The article published just after this one (newer), for "bài sau". */
    public Optional<Article> newer(Article article) {
        int i = position(article);
        return i > 0 ? Optional.of(articles.get(i - 1)) : Optional.empty();
    }

    private int position(Article article) {
        int i = java.util.Collections.binarySearch(articles, article, SiteAssembler.NEWEST_FIRST);
        return i >= 0 && articles.get(i) == article ? i : -1;
    }

    /** The terms an article is filed under in one taxonomy, in the order it names them. */
    public List<Term> terms(Article article, Taxonomy taxonomy) {
        return taxonomy.termsOf(article);
    }

    /**
     * A page of the conference index: the main index, a kind, a year or a province, with its pagination.
     *
     * @param group   the group the page shows ({@code null} label for the main index)
     * @param pager   this page of it
     */
    public record ConferencePage(Conferences.Group group, Pager<Conferences.Entry> pager) {
        public String url() {
            return pager.url();
        }

        public List<Conferences.Entry> entries() {
            return pager.items();
        }
    }

    /** Speakers shown on one page of the speakers index: a list of names, so more per page than articles. */
    public static final int SPEAKERS_PER_PAGE_FACTOR = 5;

    /** The pages of the speakers index (each speaker also has a page of their own among the conference pages). */
    public List<Pager<Conferences.SpeakerRecord>> speakerPages() {
        if (conferences.speakers().isEmpty() && conferences.entries().isEmpty()) {
            return List.of();
        }
        return Pager.paginate(conferences.speakers(), config.pageSize() * SPEAKERS_PER_PAGE_FACTOR,
                conferences.speakersUrl(), config.segments().page(), true);
    }

    /** Every page of the conference index and its views, in a stable order. */
    public List<ConferencePage> conferencePages() {
        List<ConferencePage> pages = new ArrayList<>();
        if (conferences.entries().isEmpty()) {
            return pages;
        }
        List<Conferences.Group> groups = new ArrayList<>();
        groups.add(new Conferences.Group("", conferences.url(), conferences.main()));
        groups.addAll(conferences.years());
        groups.addAll(conferences.provinces());
        groups.addAll(conferences.otherKinds());
        conferences.speakers().forEach(s -> groups.add(new Conferences.Group(s.name(), s.url(), s.entries())));
        for (Conferences.Group group : groups) {
            List<Pager<Conferences.Entry>> pagers = Pager.paginate(group.entries(), config.pageSize(), group.url(),
                    config.segments().page(), group.url().equals(conferences.url()));
            pagers.forEach(pager -> pages.add(new ConferencePage(group, pager)));
        }
        return pages;
    }
}
