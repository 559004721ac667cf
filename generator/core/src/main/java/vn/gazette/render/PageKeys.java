package vn.gazette.render;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.gazette.site.Archive;
import vn.gazette.site.Article;
import vn.gazette.site.Conferences;
import vn.gazette.site.LeftOut;
import vn.gazette.site.Pager;
import vn.gazette.site.Site;
import vn.gazette.site.Taxonomy;
import vn.gazette.site.Term;

/**
 * A cheap key for each page, made from what the page is made from rather than from the page's views: the same key
 * means the same views, so a page whose key did not change since the last build need not even be looked at. Where
 * {@link PageRenderer#fingerprint} walks a page's view objects (and needs the article's body), a key combines a
 * few precomputed numbers: one <em>stamp</em> per article (its file's checksum, its address and the names and
 * addresses of its terms), the digest of the theme and settings, and the numbers of the page's own list.
 *
 * <p>Each method here mirrors the view that {@link Views}, {@link ConferenceViews} and {@link PageRenderer} make for
 * the same page, and must take in everything that view reads; the incremental-build tests compare incremental
 * builds with clean ones after every kind of edit to hold the two together. Keys are only compared within one
 * running process (a preview server), never stored. Thread-safe once made.
 */
public final class PageKeys {

    private final Site site;
    private final long global;
    private final long links;
    private final long conferenceNavigation;
    private final long conferenceMain;
    private final long speakerNames;
    private final Map<Article, Long> stamps = new IdentityHashMap<>();
    private final Map<Article, Long> frontStamps = new IdentityHashMap<>();
    private final long[] stampsInOrder;
    private final Map<String, long[]> related;

    /**
     * @param siteDigest the digest of the theme and settings ({@link PageRenderer#siteDigest})
     * @param siteView   what every page shows of the site (its menu depends on which indexes exist)
     * @param related    the related articles' part of each article's key, by address, with what the ranking read
     *                   ({@link vn.gazette.site.Related#inputs}) when it was made: kept from build to build, so
     *                   the ranking is redone only for articles near a change
     */
    PageKeys(Site site, long siteDigest, Views.SiteView siteView, Map<String, long[]> related) {
        this.site = site;
        this.related = related;
        ModelDigest chrome = new ModelDigest();
        chrome.add(siteView);
        this.global = new Hash().add(siteDigest).add(chrome.value()).value();
        this.stampsInOrder = new long[site.articles().size()];
        for (int i = 0; i < stampsInOrder.length; i++) {
            Article article = site.articles().get(i);
            stampsInOrder[i] = stampOf(article, article.checksum());
            stamps.put(article, stampsInOrder[i]);
            // the front matter's own hash: unchanged by an edit of the body (and by nothing else in a session,
            // which keeps the front matter of an unchanged file as it read it)
            frontStamps.put(article, stampOf(article, article.front().hashCode()));
        }
        this.links = linksDigest(site);
        Hash navigation = new Hash();
        Conferences conferences = site.conferences();
        for (List<Conferences.Group> groups : List.of(conferences.years(), conferences.provinces(),
                conferences.otherKinds())) {
            for (Conferences.Group group : groups) {
                navigation.add(group.label()).add(group.url()).add(group.entries().size());
            }
            navigation.add(-1);
        }
        this.conferenceNavigation = navigation.value();
        Hash speakerHash = new Hash();
        conferences.speakers().forEach(s -> speakerHash.add(s.name()).add(s.url()));
        this.speakerNames = speakerHash.value();
        Hash main = new Hash();
        conferences.main().forEach(entry -> main.add(entry(entry)));
        this.conferenceMain = main.value();
    }

    /** What an article brings to every page that shows it: its file, its address and its terms as named today. */
    private long stampOf(Article article, long content) {
        Hash hash = new Hash().add(content).add(article.url()).add(article.source().relative());
        for (Taxonomy taxonomy : site.taxonomies()) {
            hash.add(taxonomy.name());
            for (Term term : taxonomy.termsOf(article)) {
                term(hash, term);
            }
        }
        return hash.value();
    }

    private static void term(Hash hash, Term term) {
        hash.add(term.name()).add(term.url());
        term.now().ifPresentOrElse(now -> hash.add(now.name()).add(now.url()), () -> hash.add(0));
    }

    /** What the rewriting of .md links in bodies reads: every article's file and address, and the left-out files. */
    private static long linksDigest(Site site) {
        Hash hash = new Hash();
        for (Article article : site.articles()) {
            hash.add(article.source().relative()).add(article.url());
        }
        for (LeftOut left : site.leftOut()) {
            hash.add(left.toString());
        }
        return hash.value();
    }

    private long stamp(Article article) {
        Long stamp = stamps.get(article);
        if (stamp == null) {
            throw new IllegalArgumentException("not an article of this site: " + article.url());
        }
        return stamp;
    }

    private long stamp(Optional<Article> article) {
        return article.map(this::stamp).orElse(0L);
    }

    /** A conference: its article, its province, and its speakers' pages (the facts box links them). */
    private long entry(Conferences.Entry entry) {
        Hash hash = new Hash().add(stamp(entry.article())).add(speakerNames);
        entry.province().ifPresentOrElse(term -> term(hash, term), () -> hash.add(0));
        return hash.value();
    }

    private Hash start(String kind) {
        return new Hash().add(global).add(kind);
    }

    private static <T> Hash pager(Hash hash, Pager<T> pager) {
        return hash.add(pager.url()).add(pager.urls().get(0)).add(pager.number()).add(pager.total());
    }

    private Hash articles(Hash hash, Pager<Article> pager) {
        pager(hash, pager);
        pager.items().forEach(article -> hash.add(stamp(article)));
        return hash;
    }

    /** An article's page: the article, its neighbours, its related articles and the addresses its links lead to. */
    public long article(Article article) {
        Hash hash = start("article").add(links).add(stamp(article)).add(stamp(site.older(article)))
                .add(stamp(site.newer(article))).add(related(article));
        site.conferences().entry(article).ifPresentOrElse(entry -> hash.add(entry(entry)), () -> hash.add(0));
        return hash.value();
    }

    /** The related articles' part of an article's key, ranked again only when the ranking's inputs changed. */
    private long related(Article article) {
        long inputs = new Hash().add(global).add(site.related().inputs(article, stampsInOrder)).value();
        long[] known = related.get(article.url());
        if (known != null && known[0] == inputs) {
            return known[1];
        }
        Hash hash = new Hash();
        site.related().of(article).forEach(other -> hash.add(stamp(other)));
        related.put(article.url(), new long[] {inputs, hash.value()});
        return hash.value();
    }

    /** The first page also shows the lead story, the sections and the conference teaser: every article is in it. */
    public long home(Pager<Article> pager) {
        Hash hash = articles(start("home"), pager);
        if (pager.number() == 1) {
            hash.add(everything()).add(conferenceMain);
        }
        return hash.value();
    }

    /** Every article's stamp, in order: for the few pages that may show any of them. */
    private long everything() {
        Hash hash = new Hash();
        for (long stamp : stampsInOrder) {
            hash.add(stamp);
        }
        return hash.value();
    }

    public long term(Taxonomy taxonomy, Term term, Pager<Article> pager) {
        Hash hash = start("term").add(taxonomy.name()).add(term.feedUrl()).add(term.articles().size());
        term(hash, term);
        term.merged().forEach(merged -> hash.add(merged.name()).add(merged.url()));
        return articles(hash, pager).value();
    }

    public long taxonomy(Taxonomy taxonomy) {
        Hash hash = start("taxonomy").add(taxonomy.name()).add(taxonomy.url());
        for (Term term : taxonomy.terms()) {
            term(hash, term);
            hash.add(term.articles().size());
        }
        return hash.value();
    }

    public long archive(Archive archive) {
        Hash hash = start("archive").add(archive.url());
        archive.years().forEach(year -> year(hash, year));
        return hash.value();
    }

    private static void year(Hash hash, Archive.Year year) {
        hash.add(year.year()).add(year.url()).add(year.articles().size());
        year.months().forEach(month -> month(hash, month));
    }

    private static void month(Hash hash, Archive.Month month) {
        hash.add(month.year()).add(month.month()).add(month.url()).add(month.articles().size());
    }

    public long year(Archive archive, Archive.Year year, Pager<Article> pager) {
        Hash hash = start("year");
        year(hash, year);
        archive.older(year).ifPresentOrElse(y -> hash.add(y.year()).add(y.url()), () -> hash.add(0));
        archive.newer(year).ifPresentOrElse(y -> hash.add(y.year()).add(y.url()), () -> hash.add(0));
        return articles(hash, pager).value();
    }

    public long month(Archive archive, Archive.Month month, Pager<Article> pager) {
        Hash hash = start("month");
        month(hash, month);
        archive.older(month).ifPresentOrElse(m -> month(hash, m), () -> hash.add(0));
        archive.newer(month).ifPresentOrElse(m -> month(hash, m), () -> hash.add(0));
        return articles(hash, pager).value();
    }

    /** A page of the conference index or of one of its groups; the first page of the index has the chart. */
    public long conferences(Site.ConferencePage page) {
        Hash hash = start("conferences").add(page.group().label()).add(page.group().url()).add(conferenceNavigation);
        pager(hash, page.pager());
        page.pager().items().forEach(entry -> hash.add(entry(entry)));
        boolean main = page.group().url().equals(site.conferences().url());
        if (main) {
            hash.add(conferenceMain);
        }
        return hash.value();
    }

    /** A page of the speakers index, with the A–Z jump over every speaker. */
    public long speakers(Pager<Conferences.SpeakerRecord> pager) {
        Hash hash = pager(start("speakers"), pager).add(speakerNames);
        for (Conferences.SpeakerRecord speaker : pager.items()) {
            hash.add(speaker.name()).add(speaker.slug()).add(speaker.url()).add(speaker.entries().size());
            speaker.entries().stream().limit(ConferenceViews.LATEST).forEach(entry -> hash.add(entry(entry)));
        }
        return hash.value();
    }

    /** The not-found page lists the newest articles. */
    public long notFound() {
        Hash hash = start("404");
        site.articles().stream().limit(PageRenderer.NOT_FOUND_LATEST).forEach(a -> hash.add(stamp(a)));
        return hash.value();
    }

    /**
     * A file made from the front matter of a list of articles only (a feed, an export): the body of an article
     * can change without changing it.
     */
    public long fronts(String kind, List<Article> articles) {
        Hash hash = start(kind);
        articles.forEach(article -> hash.add(frontStamps.get(article)));
        return hash.value();
    }

    /** The conference exports: every conference's article, by its front matter, and its province. */
    public long conferenceFronts(String kind) {
        Hash hash = start(kind);
        for (Conferences.Entry entry : site.conferences().entries()) {
            hash.add(frontStamps.get(entry.article()));
            entry.province().ifPresentOrElse(term -> term(hash, term), () -> hash.add(0));
        }
        return hash.value();
    }

    /** A 64-bit hash of numbers and text (a multiply-xorshift mix, not a checksum of bytes). Not thread-safe. */
    static final class Hash {
        private long state = 0x243F6A8885A308D3L;

        Hash add(long value) {
            state = mix(state ^ mix(value + 0x9E3779B97F4A7C15L));
            return this;
        }

        Hash add(String text) {
            long h = 0xCBF29CE484222325L ^ text.length();
            int i = 0;
            for (; i + 3 < text.length(); i += 4) {
                long chunk = (long) text.charAt(i) | (long) text.charAt(i + 1) << 16 | (long) text.charAt(i + 2) << 32
                        | (long) text.charAt(i + 3) << 48;
                h = mix(h ^ chunk);
            }
            for (; i < text.length(); i++) {
                h = mix(h ^ text.charAt(i));
            }
            return add(h);
        }

        long value() {
            return mix(state);
        }

        /** The finaliser of SplitMix64: every bit of the input affects every bit of the output. */
        private static long mix(long z) {
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            return z ^ (z >>> 31);
        }
    }
}
