package vn.gazette.render.pages;

import java.util.List;
import java.util.Map;
import vn.gazette.render.PageRenderer;
import vn.gazette.site.Article;
import vn.gazette.site.Pager;
import vn.gazette.site.Site;

/** The home page and its continuation pages ({@code /}, {@code /trang/2/} ...): every article, newest first. */
public final class HomePages extends ArticleListKind<HomePages.Input> {

    /** @param pager this page of the list */
    public record Input(Pager<Article> pager) implements Listing {
    }

    @Override
    public String name() {
        return "home";
    }

    @Override
    protected List<Input> inputs(Site site) {
        return site.homePages().stream().map(Input::new).toList();
    }

    @Override
    protected PageRenderer.Page page(Input input, PageRenderer pages) {
        Pager<Article> pager = input.pager();
        String title = pager.number() == 1 ? pages.site().config().title()
                : pages.numbered(pages.text("home.latest"), pager);
        return pages.list(name(), title, pager, pages.site().config().description(), List.of(), Map.of());
    }
}
