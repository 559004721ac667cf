package vn.gazette.render.pages;

import java.util.List;
import java.util.Map;
import vn.gazette.render.PageRenderer;
import vn.gazette.site.Article;
import vn.gazette.site.Conferences;
import vn.gazette.site.Pager;
import vn.gazette.site.Site;

/** The home page and its continuation pages ({@code /}, {@code /trang/2/} ...): every article, newest first. */
public final class HomePages extends ArticleListKind<HomePages.Input> {

    /**
     * @param pager       this page of the list
     * @param front       on the first page, every article (the lead story and the sections may show any); else empty
     * @param conferences on the first page, the main conference index (its teaser); else empty
     */
    public record Input(Pager<Article> pager, List<Article> front, List<Conferences.Entry> conferences)
            implements Listing {
    }

    @Override
    public String name() {
        return "home";
    }

    @Override
    protected List<Input> inputs(Site site) {
        return site.homePages().stream().map(pager -> pager.number() == 1
                ? new Input(pager, site.articles(), site.conferences().main())
                : new Input(pager, List.of(), List.of())).toList();
    }

    @Override
    protected PageRenderer.Page page(Input input, PageRenderer pages) {
        Pager<Article> pager = input.pager();
        String title = pager.number() == 1 ? pages.site().config().title()
                : pages.numbered(pages.text("home.latest"), pager);
        Map<String, Object> front = pager.number() == 1 ? Map.of("front", pages.front()) : Map.of();
        return pages.list(name(), title, pager, pages.site().config().description(), List.of(), front);
    }
}
