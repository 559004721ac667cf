package vn.gazette.render;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.gazette.site.Archive;
import vn.gazette.site.Conferences;
import vn.gazette.site.Article;
import vn.gazette.site.Pager;
import vn.gazette.site.Site;
import vn.gazette.site.Taxonomy;
import vn.gazette.site.Term;

/**
 * Renders each kind of page with the template of its name: {@code home}, {@code article}, {@code taxonomy} (all
 * terms), {@code term}, {@code archive} (all years and months), {@code year}, {@code month} and {@code 404}.
 * Every template gets {@code site}, {@code page} and {@code t} (the UI strings), plus what its kind needs.
 * Thread-safe.
 */
public final class PageRenderer {

    private final Site site;
    private final Theme theme;
    private final TemplateRenderer templates;
    private final Views views;
    private final StructuredData data;
    private final Path configFile;
    private final ConferenceViews conferences;
    private final java.util.Comparator<String> names;
    private final FrontPage front;
    private final List<Views.LinkView> letters;

    /**
     * @param configFile named in template messages for pages that come from no article
     * @param names      the order of names (Vietnamese collation)
     */
    public PageRenderer(Site site, Theme theme, TemplateRenderer templates, Path configFile,
            java.util.Comparator<String> names) {
        this.site = site;
        this.theme = theme;
        this.templates = templates;
        this.views = new Views(site, new DateText(theme.messages()), theme.messages());
        this.data = new StructuredData(site.config());
        this.configFile = configFile;
        this.conferences = new ConferenceViews(site, new DateText(theme.messages()), theme.messages(), names);
        this.names = names;
        this.front = new FrontPage(site, views, conferences);
        this.letters = SpeakerLetters.of(site);
    }

    private String text(String key) {
        return views.text(key);
    }

    public Page article(Article article, String bodyHtml) {
        Optional<Conferences.Entry> conference = site.conferences().entry(article);
        List<String> jsonLd = new java.util.ArrayList<>();
        jsonLd.add(data.newsArticle(article, views.provinceName(article)));
        conference.ifPresent(entry -> jsonLd.add(data.event(entry)));
        Map<String, Object> model = base(views.page("article", article.title(), article.url(),
                article.front().summary().orElse(""), null, null, List.of(), jsonLd));
        model.put("article", views.article(article, bodyHtml));
        conference.ifPresent(entry -> model.put("facts", conferences.facts(entry)));
        return new Page("article.ftlh", model, article.source().path());
    }

    /** One page of the home list; the first is the site's front page. */
    public Page home(Pager<Article> pager) {
        String title = pager.number() == 1 ? site.config().title() : numbered(text("home.latest"), pager);
        Map<String, Object> extra = pager.number() == 1 ? Map.of("front", front.view()) : Map.of();
        return list("home", title, pager, site.config().description(), List.of(), extra);
    }

    public Page term(Taxonomy taxonomy, Term term, Pager<Article> pager) {
        Views.TermView view = views.term(taxonomy, term);
        String title = numbered(view.taxonomyTitle() + ": " + view.heading(), pager);
        List<Views.LinkView> feeds = List.of(new Views.LinkView(site.config().title() + " – " + term.name(),
                view.feedUrl(), false, null));
        return list("term", title, pager, "", feeds, Map.of("term", view));
    }

    public Page taxonomy(Taxonomy taxonomy) {
        Views.TaxonomyView view = views.taxonomy(taxonomy);
        Map<String, Object> model = base(views.page("taxonomy", view.title(), taxonomy.url(), ""));
        model.put("taxonomy", view);
        return new Page("taxonomy.ftlh", model, configFile);
    }

    public Page archive(Archive archive) {
        Map<String, Object> model = base(views.page("archive", text("archive.title"), archive.url(), ""));
        model.put("archive", views.archive(archive));
        return new Page("archive.ftlh", model, configFile);
    }

    public Page year(Archive archive, Archive.Year year, Pager<Article> pager) {
        Views.PeriodView view = views.year(archive, year);
        return list("year", numbered(view.title(), pager), pager, "", List.of(), Map.of("period", view));
    }

    public Page month(Archive archive, Archive.Month month, Pager<Article> pager) {
        Views.PeriodView view = views.month(archive, month);
        return list("month", numbered(view.title(), pager), pager, "", List.of(), Map.of("period", view));
    }

    /** A page of the conference index or of one of its views (a year, a province, a kind). */
    public Page conferences(Site.ConferencePage page) {
        boolean first = page.pager().number() == 1;
        boolean main = page.group().url().equals(site.conferences().url());
        ConferenceChart.Chart chart = main && first ? ConferenceChart.chart(site.conferences().main(), names,
                text("conf.chart"), text("conf.chartOther"), text("conf.noProvince")) : null;
        ConferenceViews.IndexView index = conferences.index(page.group(), page.pager(), chart);
        Map<String, Object> model = base(views.page("conferences", numbered(index.heading(), page.pager()), page.url(),
                index.summary() != null ? index.summary().text() : "", page.pager().previous().orElse(null),
                page.pager().next().orElse(null), List.of(), List.of()));
        model.put("conferences", index);
        model.put("list", views.pages(page.pager()));
        return new Page("conferences.ftlh", model, configFile);
    }

    /** A page of the speakers index: speakers with their latest conferences and a link to each one's page. */
    public Page speakers(Pager<Conferences.SpeakerRecord> pager) {
        Map<String, Object> model = base(views.page("speakers", numbered(text("conf.speakers"), pager), pager.url(), "",
                pager.previous().orElse(null), pager.next().orElse(null), List.of(), List.of()));
        model.put("speakers", conferences.speakers(pager));
        model.put("list", views.pages(pager));
        model.put("indexUrl", site.config().link(site.conferences().url()));
        model.put("letters", letters);
        return new Page("speakers.ftlh", model, configFile);
    }

    /** The newest articles the not-found page offers. */
    static final int NOT_FOUND_LATEST = 5;

    public Page notFound() {
        Map<String, Object> model = base(views.page("404", text("notFound.title"), "/404.html", ""));
        model.put("latest", site.articles().stream().limit(NOT_FOUND_LATEST).map(views::card).toList());
        return new Page("404.ftlh", model, configFile);
    }

    private Page list(String kind, String title, Pager<Article> pager, String description,
            List<Views.LinkView> feeds, Map<String, Object> extra) {
        Map<String, Object> model = base(views.page(kind, title, pager.url(), description, pager.previous().orElse(null),
                pager.next().orElse(null), feeds, List.of()));
        model.put("list", views.pager(pager));
        model.putAll(extra);
        return new Page(kind + ".ftlh", model, configFile);
    }

    /** A page ready to render: its template, its view objects, and the content file it comes from. */
    public record Page(String template, Map<String, Object> model, Path source) {
    }

    /** The digest of the theme and settings every page depends on (see {@link #fingerprint}). */
    public long siteDigest() throws java.io.IOException {
        return ModelDigest.site(theme, site.config());
    }

    /**
     * The keys of this site's pages, for a build that remembers the last one's (see {@link PageKeys}).
     *
     * @param related what the keys of an earlier build of the same site learnt of related articles; updated
     */
    public PageKeys keys(long siteDigest, Map<String, long[]> related) {
        return new PageKeys(site, siteDigest, views.site(), related);
    }

    /** Renders a page; empty when its template failed (the problem is reported by the template renderer). */
    public Optional<String> render(Page page) {
        return templates.render(page.template(), page.model(), page.source());
    }

    /**
     * A digest of everything a page's HTML depends on: the theme and settings (see {@link ModelDigest#site}) and
     * the page's own view objects. The same digest means the same HTML, so the page need not be rendered again.
     */
    public long fingerprint(Page page, long siteDigest) {
        ModelDigest digest = new ModelDigest();
        digest.add(siteDigest);
        digest.add(page.template());
        page.model().entrySet().stream().filter(e -> !e.getKey().equals("t"))
                .sorted(Map.Entry.comparingByKey()).forEach(e -> {
                    digest.add(e.getKey());
                    digest.add(e.getValue());
                });
        return digest.value();
    }

    private String numbered(String title, Pager<?> pager) {
        return pager.number() == 1 ? title
                : title + " – " + text("list.page").replace("{n}", String.valueOf(pager.number()));
    }

    private Map<String, Object> base(Views.PageView page) {
        Map<String, Object> model = new HashMap<>();
        model.put("site", views.site());
        model.put("page", page);
        model.put("t", theme.messages());
        return model;
    }
}
