package vn.gazette.render.pages;

import java.util.List;
import java.util.Map;
import vn.gazette.render.Output;
import vn.gazette.render.OutputKind;
import vn.gazette.render.PageRenderer;
import vn.gazette.render.SearchPage;
import vn.gazette.site.Site;

/**
 * The search page ({@code /tim-kiem/}, {@code segments.search}): the theme's script reads the index the search stage
 * writes; without JavaScript the page links the indexes instead. Its input is what it shows of the site: the
 * indexes it links and the external engine.
 */
public final class SearchPages implements OutputKind {

    @Override
    public String name() {
        return "search";
    }

    @Override
    public List<Output> outputs(Site site, PageRenderer pages, List<Output> earlier) {
        if (!site.config().search()) {
            return List.of();
        }
        String url = SearchPage.path(site.config());
        return List.of(new Output.Page(name(), url.substring(1) + "index.html", url, pages.searchPage(),
                () -> page(pages, url), List.of(), true));
    }

    private PageRenderer.Page page(PageRenderer pages, String url) {
        Map<String, Object> model = pages.base(pages.views().page(name(), pages.text("search.title"), url, ""));
        return pages.page(name(), model);
    }
}
