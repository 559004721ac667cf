package vn.gazette.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateModelException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.gazette.config.ReaderSettings;
import vn.gazette.config.SiteConfig;
import vn.gazette.config.TaxonomyConfig;
import vn.gazette.content.FrontMatter;
import vn.gazette.site.Archive;
import vn.gazette.site.Article;
import vn.gazette.site.ArticleNames;
import vn.gazette.site.Pager;
import vn.gazette.site.Site;
import vn.gazette.site.Taxonomy;
import vn.gazette.site.Term;

/**
 * Builds the read-only view objects templates see: plain records of text, with every URL, date text and page
 * link worked out beforehand. Templates get no services and no file access. Thread-safe.
 *
 * <p>View records use {@code null} for "not set", because that is what FreeMarker's {@code ??} and {@code !}
 * test for; nowhere else in Gazette is null a value.
 */
public final class Views {

    /**
     * The site, the same on every page.
     *
     * @param logoUrl      the masthead logo, or null
     * @param faviconUrl   the page icon
     * @param analyticsUrl the statistics script site.yaml names, or null (none)
     */
    public record SiteView(String title, String description, String language, String locale, String baseUrl,
            String homeUrl, String cssUrl, String feedUrl, String archiveUrl, List<LinkView> menu, String logoUrl,
            String faviconUrl, FooterView footer, String analyticsUrl) {
    }

    /** The footer's fixed lines from site.yaml; null where not set. */
    public record FooterView(String owner, String address, String licence, String phone, String phoneUrl,
            String email, String emailUrl, List<LinkView> links) {
    }

    /**
     * What every page has, for the {@code <head>} and the header.
     *
     * @param feeds  Atom feeds to announce with {@code <link rel="alternate">}
     * @param jsonLd schema.org data, one {@code <script type="application/ld+json">} each, already escaped
     * @param section the URL of the menu entry the page belongs to (the archive for a year page), or null
     * @param image   the image social networks show for the page (og:image), or null
     */
    public record PageView(String kind, String title, String url, String canonical, String description,
            String previousUrl, String nextUrl, List<LinkView> feeds, List<TemplateHTMLOutputModel> jsonLd,
            String section, ImageView image) {
        /** The same page with the image social networks show for it ({@code og:image}). */
        public PageView withImage(ImageView shared) {
            return new PageView(kind, title, url, canonical, description, previousUrl, nextUrl, feeds, jsonLd, section,
                    shared);
        }
    }

    /**
     * A published picture: {@code src} and {@code srcset} for an {@code <img>}, its size, and the absolute address
     * of its largest variant for social cards.
     *
     * @param lead whether it is an article's own image (false: the site's default image stands in)
     */
    public record ImageView(String src, String srcset, String sizes, int width, int height, String alt,
            String caption, String credit, String absoluteUrl, boolean lead) {
    }

    /** An article in a list; {@code image} is null when the article has none or the theme's cards show none. */
    public record CardView(String title, String url, String dateIso, String dateText, String summary, String province,
            ImageView image) {
    }

    /** A link with a label; {@code note} carries a count or a remark. */
    public record LinkView(String label, String url, boolean current, String note) {
    }

    /** A page of a list. */
    public record PagerView(int number, int total, List<CardView> items, String previousUrl, String nextUrl,
            List<LinkView> pages) {
    }

    /** A whole article page. */
    public record ArticleView(String title, String url, String dateIso, String dateText, String updatedIso,
            LinkView province, LinkView provinceNow, String author, String summary, List<LinkView> tags,
            TemplateHTMLOutputModel body, CardView older, CardView newer, List<CardView> related, ImageView image,
            boolean embeds) {
    }

    /** A term page's heading: the term, its taxonomy, and a province's history. */
    public record TermView(String name, String heading, String taxonomy, String taxonomyTitle, String taxonomyUrl, String feedUrl,
            int count, LinkView now, List<LinkView> merged) {
    }

    /** A taxonomy's index: every term with its count. */
    public record TaxonomyView(String name, String title, List<TermEntry> terms) {
    }

    /** A term on its taxonomy's index; {@code now} names today's province of a former one. */
    public record TermEntry(String name, String url, int count, String now) {
    }

    /** A year or month heading with the links to the neighbouring periods and, for a year, its months. */
    public record PeriodView(String title, int count, LinkView older, LinkView newer, List<LinkView> months) {
    }

    /** The archive index: every year with its months. */
    public record ArchiveView(List<YearView> years) {
    }

    /** A year on the archive index. */
    public record YearView(String label, String url, int count, List<LinkView> months) {
    }

    private final Site site;
    private final SiteConfig config;
    private final DateText dates;
    private final Map<String, String> messages;
    private final SiteView siteView;
    private final PictureViews pictures;
    /**
     * Each article's card, made once, when a page first shows it: an article is on a card of many lists (its tags,
     * province, year, month), and a build that leaves most pages as they were shows few. By address, for the article
     * of that address (an article's own hash code walks its whole front matter); another article of the same address
     * gets a card of its own.
     */
    private final Map<String, Map.Entry<Article, CardView>> cards = new java.util.concurrent.ConcurrentHashMap<>();

    public Views(Site site, DateText dates, Map<String, String> messages, PictureViews pictures) {
        this.site = site;
        this.pictures = pictures;
        this.config = site.config();
        this.dates = dates;
        this.messages = Map.copyOf(messages);
        ReaderSettings reader = config.reader();
        this.siteView = new SiteView(config.title(), config.description(), config.languageCode(),
                config.languageCode().equals("vi") ? "vi_VN" : "en_GB", config.baseUrl().toString(), config.link("/"),
                config.link("/css/gazette.css"), config.link("/atom.xml"),
                site.archive().years().isEmpty() ? null : config.link(site.archive().url()),
                reader.menu().isEmpty() ? defaultMenu() : links(reader.menu()), address(reader.logo()),
                reader.favicon().isEmpty() ? config.link("/favicon.svg") : address(reader.favicon()), footer(reader),
                address(reader.analytics()));
    }

    private List<LinkView> defaultMenu() {
        List<LinkView> menu = new ArrayList<>();
        menu.add(new LinkView(text("nav.home"), config.link("/"), false, null));
        for (Taxonomy taxonomy : site.taxonomies()) {
            if (!taxonomy.terms().isEmpty()) {
                menu.add(new LinkView(taxonomy.config().title(config.languageCode()), config.link(taxonomy.url()), false,
                        null));
            }
        }
        if (!site.archive().years().isEmpty()) {
            menu.add(new LinkView(text("nav.archive"), config.link(site.archive().url()), false, null));
        }
        if (!site.conferences().entries().isEmpty()) {
            menu.add(new LinkView(text("conf.title"), config.link(site.conferences().url()), false, null));
        }
        if (!site.authors().authors().isEmpty()) {
            menu.add(new LinkView(text("nav.authors"), config.link(site.authors().url()), false, null));
        }
        return menu;
    }

    /** A site.yaml address as pages link it: site paths get the base path; null for none. */
    private String address(String url) {
        return url.isEmpty() ? null : url.startsWith("/") ? config.link(url) : url;
    }

    private List<LinkView> links(List<ReaderSettings.Link> links) {
        return links.stream().map(l -> new LinkView(l.label(), address(l.url()), false, null)).toList();
    }

    private FooterView footer(ReaderSettings reader) {
        ReaderSettings.Footer f = reader.footer();
        return new FooterView(blank(f.owner()), blank(f.address()), blank(f.licence()), blank(f.phone()),
                f.phone().isEmpty() ? null : "tel:" + f.phone().replaceAll("[^0-9+]", ""), blank(f.email()),
                f.email().isEmpty() ? null : "mailto:" + f.email(), links(f.links()));
    }

    private static String blank(String text) {
        return text.isEmpty() ? null : text;
    }

    /** The menu entry a page is under: the archive for years and months, else the longest menu path it starts with. */
    private String section(String kind, String url) {
        if ((kind.equals("year") || kind.equals("month")) && siteView.archiveUrl() != null) {
            return siteView.archiveUrl();
        }
        String best = null;
        for (LinkView item : siteView.menu()) {
            String link = item.url();
            boolean under = link.equals(url) || !link.equals(siteView.homeUrl()) && url.startsWith(link);
            if (link.startsWith("/") && under && (best == null || link.length() > best.length())) {
                best = link;
            }
        }
        return best;
    }

    public String text(String key) {
        return messages.getOrDefault(key, key);
    }

    public SiteView site() {
        return siteView;
    }

    public PageView page(String kind, String title, String sitePath, String description) {
        return page(kind, title, sitePath, description, null, null, List.of(), List.of());
    }

    public PageView page(String kind, String title, String sitePath, String description, String previous, String next,
            List<LinkView> feeds, List<String> jsonLd) {
        List<LinkView> allFeeds = new ArrayList<>();
        allFeeds.add(new LinkView(config.title(), config.link("/atom.xml"), false, null));
        allFeeds.addAll(feeds);
        return new PageView(kind, title, config.link(sitePath), config.absoluteUrl(sitePath),
                description == null || description.isEmpty() ? null : description,
                previous == null ? null : config.link(previous), next == null ? null : config.link(next), allFeeds,
                jsonLd.stream().map(Views::markup).toList(), section(kind, config.link(sitePath)),
                pictures.siteDefault());
    }

    public CardView card(Article article) {
        Map.Entry<Article, CardView> known = cards.get(article.url());
        if (known != null && known.getKey() == article) {
            return known.getValue();
        }
        CardView card = newCard(article);
        if (known == null) {
            cards.putIfAbsent(article.url(), Map.entry(article, card));
        }
        return card;
    }

    private CardView newCard(Article article) {
        FrontMatter front = article.front();
        return new CardView(article.title(), config.link(article.url()), article.date().iso(),
                dates.short_(article.date().localDate()), front.summary().orElse(null), provinceName(article),
                pictures.card(article));
    }

    /** The province as shown ("tỉnh Lạng Sơn" is shown as the vocabulary names it, Lạng Sơn), or null. */
    public String provinceName(Article article) {
        return site.names(article).province().orElse(null);
    }

    public PagerView pager(Pager<Article> pager) {
        List<CardView> cards = new ArrayList<>(pager.items().size());
        pager.items().forEach(a -> cards.add(card(a)));
        PagerView links = pages(pager);
        return new PagerView(links.number(), links.total(), cards, links.previousUrl(), links.nextUrl(), links.pages());
    }

    /** The pagination of any list, without its items. */
    public PagerView pages(Pager<?> pager) {
        List<LinkView> pages = new ArrayList<>();
        int last = 0;
        for (int n = 1; n <= pager.total(); n++) {
            // the first and last pages and two on either side of this one: a fixed number of links per page
            if (n == 1 || n == pager.total() || Math.abs(n - pager.number()) <= 2) {
                if (n > last + 1) {
                    pages.add(new LinkView("…", null, false, null));
                }
                pages.add(new LinkView(String.valueOf(n), config.link(pager.urls().get(n - 1)), n == pager.number(), null));
                last = n;
            }
        }
        return new PagerView(pager.number(), pager.total(), List.of(), pager.previous().map(config::link).orElse(null),
                pager.next().map(config::link).orElse(null), pages);
    }

    /**
     * A whole article page.
     *
     * @param older   the article published just before it
     * @param newer   the article published just after it
     * @param related its related articles, best first
     * @param image   its lead image (or the site's default, which the page does not show), or null
     * @param embeds  whether its body has click-to-load embeds
     */
    public ArticleView article(Article article, String bodyHtml, Optional<Article> older, Optional<Article> newer,
            List<Article> related, ImageView image, boolean embeds) {
        FrontMatter front = article.front();
        ArticleNames names = site.names(article);
        List<LinkView> tags = new ArrayList<>();
        names.terms().forEach(named -> tags.add(new LinkView(named.term().name(), config.link(named.term().url()), false,
                named.taxonomy())));
        LinkView province = names.provinceTerm().map(term -> new LinkView(term.name(), config.link(term.url()), false,
                null)).orElse(names.province().map(name -> new LinkView(name, null, false, null)).orElse(null));
        LinkView provinceNow = names.provinceNow().map(now -> new LinkView(now.name(), config.link(now.url()), false,
                null)).orElse(null);
        List<CardView> cards = new ArrayList<>();
        related.forEach(a -> cards.add(card(a)));
        return new ArticleView(article.title(), config.link(article.url()), article.date().iso(),
                dates.long_(article.date()), front.updated().map(d -> d.iso()).orElse(null), province, provinceNow,
                front.author().orElse(null), front.summary().orElse(null), tags, markup(bodyHtml),
                older.map(this::card).orElse(null), newer.map(this::card).orElse(null), cards,
                image != null && image.lead() ? image : null, embeds);
    }

    /** A term page's heading; {@code taxonomyUrl} is its taxonomy's index page. */
    public TermView term(TaxonomyConfig taxonomy, String taxonomyUrl, Term term) {
        List<LinkView> merged = new ArrayList<>();
        term.merged().forEach(m -> merged.add(new LinkView(m.name(), config.link(m.url()), false, null)));
        return new TermView(term.name(), capitalised(term.name()), taxonomy.name(), taxonomy.title(config.languageCode()),
                config.link(taxonomyUrl), config.link(term.feedUrl()), term.articles().size(),
                term.now().map(now -> new LinkView(now.name(), config.link(now.url()), false, null)).orElse(null), merged);
    }

    /** "Thông tin đối ngoại" for the term "thông tin đối ngoại": a heading starts with a capital. */
    public String capitalised(String name) {
        if (name.isEmpty()) {
            return name;
        }
        int first = name.offsetByCodePoints(0, 1);
        return name.substring(0, first).toUpperCase(config.language()) + name.substring(first);
    }

    public TaxonomyView taxonomy(Taxonomy taxonomy) {
        List<TermEntry> terms = new ArrayList<>();
        for (Term term : taxonomy.terms()) {
            terms.add(new TermEntry(term.name(), config.link(term.url()), term.articles().size(),
                    term.now().map(Term.Link::name).orElse(null)));
        }
        return new TaxonomyView(taxonomy.name(), taxonomy.config().title(config.languageCode()), terms);
    }

    public ArchiveView archive(Archive archive) {
        List<YearView> years = new ArrayList<>();
        for (Archive.Year year : archive.years()) {
            years.add(new YearView(String.valueOf(year.year()), config.link(year.url()), year.articles().size(),
                    months(year)));
        }
        return new ArchiveView(years);
    }

    private List<LinkView> months(Archive.Year year) {
        List<LinkView> months = new ArrayList<>();
        for (Archive.Month month : year.months()) {
            months.add(new LinkView(dates.monthInYear(month.month()), config.link(month.url()), false,
                    String.valueOf(month.articles().size())));
        }
        return months;
    }

    /** A year's heading, with the neighbouring years that have articles. */
    public PeriodView year(Archive.Year year, Optional<Archive.Year> older, Optional<Archive.Year> newer) {
        return new PeriodView(text("archive.year").replace("{yyyy}", String.valueOf(year.year())), year.articles().size(),
                older.map(y -> new LinkView(String.valueOf(y.year()), config.link(y.url()), false, null))
                        .orElse(null),
                newer.map(y -> new LinkView(String.valueOf(y.year()), config.link(y.url()), false, null))
                        .orElse(null),
                months(year));
    }

    /** A month's heading, with the neighbouring months that have articles. */
    public PeriodView month(Archive.Month month, Optional<Archive.Month> older, Optional<Archive.Month> newer) {
        return new PeriodView(dates.month(month.year(), month.month()), month.articles().size(),
                older.map(m -> new LinkView(dates.month(m.year(), m.month()), config.link(m.url()), false,
                        null)).orElse(null),
                newer.map(m -> new LinkView(dates.month(m.year(), m.month()), config.link(m.url()), false,
                        null)).orElse(null),
                List.of());
    }

    static TemplateHTMLOutputModel markup(String html) {
        try {
            return HTMLOutputFormat.INSTANCE.fromMarkup(html);
        } catch (TemplateModelException e) {
            throw new IllegalStateException("HTML output format refused markup", e);
        }
    }
}
