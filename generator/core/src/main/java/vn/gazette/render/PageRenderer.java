package vn.gazette.render;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.gazette.image.ImageStage;
import vn.gazette.site.Archive;
import vn.gazette.site.Conferences;
import vn.gazette.site.Article;
import vn.gazette.site.Pager;
import vn.gazette.site.Site;
import vn.gazette.site.Taxonomy;
import vn.gazette.site.Term;

/**
 * What every page kind ({@link vn.gazette.render.pages}) renders with: the views, the model every template gets
 * ({@code site}, {@code page} and {@code t}, the UI strings), the template renderer and the page fingerprint.
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
    private final SearchPage search;
    private final PictureViews pictures;
    private final ImageStage.Pictures images;

    /**
     * @param configFile named in template messages for pages that come from no article
     * @param names      the order of names (Vietnamese collation)
     */
    public PageRenderer(Site site, Theme theme, TemplateRenderer templates, Path configFile,
            java.util.Comparator<String> names) {
        this(site, theme, templates, configFile, names, new ImageStage.Pictures(Map.of(), Map.of()));
    }

    /** @param pictures the published images, for lead images, cards and social cards */
    public PageRenderer(Site site, Theme theme, TemplateRenderer templates, Path configFile,
            java.util.Comparator<String> names, ImageStage.Pictures pictures) {
        this.site = site;
        this.theme = theme;
        this.templates = templates;
        this.images = pictures;
        this.pictures = new PictureViews(site.config(), pictures);
        this.views = new Views(site, new DateText(theme.messages()), theme.messages(), this.pictures);
        this.data = new StructuredData(site.config());
        this.configFile = configFile;
        this.conferences = new ConferenceViews(site, new DateText(theme.messages()), theme.messages(), names);
        this.names = names;
        this.front = new FrontPage(site, views, conferences);
        this.letters = SpeakerLetters.of(site);
        this.search = SearchPage.of(site, theme.messages());
    }

    /** What the search page and every header's search box are given. */
    public SearchPage searchPage() {
        return search;
    }

    /** A UI string of the theme. */
    public String text(String key) {
        return views.text(key);
    }

    public Site site() {
        return site;
    }

    /** The published images and their variants (the image stage's result). */
    public ImageStage.Pictures images() {
        return images;
    }

    /** An article's lead image, or the site's default standing in for social cards, or null. */
    public Views.ImageView leadImage(Article article) {
        return pictures.lead(article);
    }

    public Views views() {
        return views;
    }

    public ConferenceViews conferenceViews() {
        return conferences;
    }

    /** The front page's lead story, sections and conference teaser. */
    public FrontPage.FrontView front() {
        return front.view();
    }

    /** The A–Z jump of the speakers index. */
    public List<Views.LinkView> speakerLetters() {
        return letters;
    }

    public StructuredData structuredData() {
        return data;
    }

    /** The order of names (Vietnamese collation). */
    public java.util.Comparator<String> names() {
        return names;
    }

    /** A page that comes from no article (problems in its template name site.yaml). */
    public Page page(String kind, Map<String, Object> model) {
        return new Page(kind + ".ftlh", model, configFile);
    }

    /** A page of a list of articles, with the template of its kind. */
    public Page list(String kind, String title, Pager<Article> pager, String description,
            List<Views.LinkView> feeds, Map<String, Object> extra) {
        Map<String, Object> model = base(views.page(kind, title, pager.url(), description, pager.previous().orElse(null),
                pager.next().orElse(null), feeds, List.of()));
        model.put("list", views.pager(pager));
        model.putAll(extra);
        return page(kind, model);
    }

    /** A page ready to render: its template, its view objects, and the content file it comes from. */
    public record Page(String template, Map<String, Object> model, Path source) {
    }

    /** The digest of the theme and settings every page depends on (see {@link #fingerprint}). */
    public long siteDigest() throws java.io.IOException {
        return ModelDigest.site(theme, site.config());
    }

    /**
     * The keys of this site's outputs, for a build that remembers the last one's (see {@link OutputKeys}).
     *
     * @param related what the keys of an earlier build of the same site learnt of related articles; updated
     * @param fronts   the digests of the articles' front matters an earlier build made; updated
     * @param workers  digest the articles' stamps in parallel
     */
    public OutputKeys keys(long siteDigest, Map<String, long[]> related, Map<String, long[]> fronts,
            vn.gazette.internal.Workers workers) throws java.io.IOException {
        return new OutputKeys(site, siteDigest, views.site(), related, fronts, workers);
    }

    /**
     * Renders a page as UTF-8; empty when its template failed (the problem is reported by the template renderer).
     */
    public Optional<byte[]> render(Page page) {
        return templates.render(page.template(), page.model(), page.source());
    }

    /** The file of the template a page is rendered with (the site's override, else the theme's). */
    public Path templateFile(Page page) {
        return theme.templateFile(page.template());
    }

    /** The template position that wrote the character at {@code offset} of the page (see the safety pass). */
    public Optional<vn.gazette.problem.SourcePosition> locate(Page page, int offset) {
        return templates.locate(page.template(), page.model(), offset);
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

    /** The title of a page of a list: the list's, with the page number after the first page. */
    public String numbered(String title, Pager<?> pager) {
        return pager.number() == 1 ? title
                : title + " – " + text("list.page").replace("{n}", String.valueOf(pager.number()));
    }

    /** The model every template gets: {@code site}, {@code page} and {@code t}. */
    public Map<String, Object> base(Views.PageView page) {
        Map<String, Object> model = new HashMap<>();
        model.put("site", views.site());
        model.put("page", page);
        model.put("t", theme.messages());
        if (site.config().search()) {
            model.put("search", search);
        }
        return model;
    }
}
