package vn.gazette.render.pages;

import java.util.List;
import java.util.Map;
import vn.gazette.render.Output;
import vn.gazette.render.OutputKind;
import vn.gazette.render.PageRenderer;
import vn.gazette.site.Article;
import vn.gazette.site.Site;

/** The not-found page, {@code /404.html}: not a folder, and not in the sitemap. */
public final class NotFoundPage implements OutputKind {

    /** @param latest the newest articles, which the page offers */
    public record Input(List<Article> latest) {
    }

    /** The newest articles the page offers. */
    public static final int LATEST = 5;

    @Override
    public String name() {
        return "404";
    }

    @Override
    public List<Output> outputs(Site site, PageRenderer pages, List<Output> earlier) {
        return List.of(new Output.Page(name(), "404.html", "/404.html", new Input(site.articles().stream().limit(LATEST).toList()), () -> page(pages), List.of(),
                false));
    }

    private PageRenderer.Page page(PageRenderer pages) {
        Map<String, Object> model = pages.base(pages.views().page(name(), pages.text("notFound.title"), "/404.html", ""));
        model.put("latest", pages.site().articles().stream().limit(LATEST).map(pages.views()::card).toList());
        return pages.page(name(), model);
    }
}
