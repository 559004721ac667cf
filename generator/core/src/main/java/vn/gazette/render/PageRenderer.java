package vn.gazette.render;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import vn.gazette.site.Article;
import vn.gazette.site.Pager;
import vn.gazette.site.Site;

/**
 * Renders each kind of page with its template: {@code home.ftlh}, {@code article.ftlh}, {@code 404.ftlh}. Every
 * template gets {@code site}, {@code page} and {@code t} (the UI strings), plus what its kind needs. Thread-safe.
 */
public final class PageRenderer {

    private final Site site;
    private final Theme theme;
    private final TemplateRenderer templates;
    private final Views views;

    public PageRenderer(Site site, Theme theme, TemplateRenderer templates) {
        this.site = site;
        this.theme = theme;
        this.templates = templates;
        this.views = new Views(site.config(), new DateText(theme.messages()));
    }

    public Optional<String> article(Article article, String bodyHtml) {
        Map<String, Object> model = base("article", article.title(), article.url(),
                article.front().summary().orElse(""));
        model.put("article", views.article(article, bodyHtml));
        return templates.render("article.ftlh", model, article.source().path());
    }

    /** One page of the home list; the first is the site's front page. */
    public Optional<String> home(Pager<Article> pager, Path configFile) {
        String title = pager.number() == 1 ? site.config().title()
                : theme.messages().getOrDefault("list.page", "Trang {n}").replace("{n}", String.valueOf(pager.number()));
        Map<String, Object> model = base("home", title, pager.url(), site.config().description());
        model.put("list", views.pager(pager));
        return templates.render("home.ftlh", model, configFile);
    }

    public Optional<String> notFound(Path configFile) {
        Map<String, Object> model = base("404", theme.messages().getOrDefault("notFound.title", "404"), "/404.html", "");
        return templates.render("404.ftlh", model, configFile);
    }

    private Map<String, Object> base(String kind, String title, String url, String description) {
        Map<String, Object> model = new HashMap<>();
        model.put("site", views.site());
        model.put("page", views.page(kind, title, url, description));
        model.put("t", theme.messages());
        return model;
    }
}
