package vn.gazette.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateModelException;
import java.util.ArrayList;
import java.util.List;
import vn.gazette.config.SiteConfig;
import vn.gazette.content.FrontMatter;
import vn.gazette.site.Article;
import vn.gazette.site.Pager;

/**
 * Builds the read-only view objects templates see: plain records of text, with every URL, date text and page
 * link worked out beforehand. Templates get no services and no file access. Thread-safe.
 *
 * <p>View records use {@code null} for "not set", because that is what FreeMarker's {@code ??} and {@code !}
 * test for; nowhere else in Gazette is null a value.
 */
public final class Views {

    /** The site, the same on every page. */
    public record SiteView(String title, String description, String language, String baseUrl, String homeUrl,
            String cssUrl) {
    }

    /** What every page has: for the {@code <head>} and the header. */
    public record PageView(String kind, String title, String url, String canonical, String description) {
    }

    /** An article in a list. */
    public record CardView(String title, String url, String dateIso, String dateText, String summary, String province) {
    }

    /** A link with a label, for tags and page numbers. */
    public record LinkView(String label, String url, boolean current) {
    }

    /** A page of a list. */
    public record PagerView(int number, int total, List<CardView> items, String previousUrl, String nextUrl,
            List<LinkView> pages) {
    }

    /** A whole article page. */
    public record ArticleView(String title, String url, String dateIso, String dateText, String province,
            String author, String summary, List<LinkView> tags, TemplateHTMLOutputModel body) {
    }

    private final SiteConfig config;
    private final DateText dates;
    private final SiteView site;

    public Views(SiteConfig config, DateText dates) {
        this.config = config;
        this.dates = dates;
        this.site = new SiteView(config.title(), config.description(), config.languageCode(), config.baseUrl().toString(),
                config.link("/"), config.link("/css/gazette.css"));
    }

    public SiteView site() {
        return site;
    }

    public PageView page(String kind, String title, String sitePath, String description) {
        return new PageView(kind, title, config.link(sitePath), config.absoluteUrl(sitePath),
                description == null || description.isEmpty() ? null : description);
    }

    public CardView card(Article article) {
        FrontMatter front = article.front();
        return new CardView(article.title(), config.link(article.url()), article.date().iso(),
                dates.short_(article.date().localDate()), front.summary().orElse(null), front.province().orElse(null));
    }

    public PagerView pager(Pager<Article> pager) {
        List<CardView> cards = new ArrayList<>(pager.items().size());
        pager.items().forEach(a -> cards.add(card(a)));
        List<LinkView> pages = new ArrayList<>(pager.total());
        for (int n = 1; n <= pager.total(); n++) {
            pages.add(new LinkView(String.valueOf(n), config.link(pager.urls().get(n - 1)), n == pager.number()));
        }
        return new PagerView(pager.number(), pager.total(), cards, pager.previous().map(config::link).orElse(null),
                pager.next().map(config::link).orElse(null), pages);
    }

    public ArticleView article(Article article, String bodyHtml) {
        FrontMatter front = article.front();
        List<LinkView> tags = new ArrayList<>();
        for (String tag : front.tags()) {
            tags.add(new LinkView(tag, null, false));
        }
        return new ArticleView(article.title(), config.link(article.url()), article.date().iso(),
                dates.long_(article.date()), front.province().orElse(null), front.author().orElse(null),
                front.summary().orElse(null), tags, markup(bodyHtml));
    }

    static TemplateHTMLOutputModel markup(String html) {
        try {
            return HTMLOutputFormat.INSTANCE.fromMarkup(html);
        } catch (TemplateModelException e) {
            throw new IllegalStateException("HTML output format refused markup", e);
        }
    }
}
