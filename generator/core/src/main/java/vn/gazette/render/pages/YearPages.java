package vn.gazette.render.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.gazette.render.PageRenderer;
import vn.gazette.render.Views;
import vn.gazette.site.Archive;
import vn.gazette.site.Article;
import vn.gazette.site.Pager;
import vn.gazette.site.Site;

/** The pages of a year ({@code /2023/}): its months with counts, then its articles. */
public final class YearPages extends ArticleListKind<YearPages.Input> {

    /**
     * @param year  the year
     * @param older the year before it that has articles
     * @param newer the year after it that has articles
     * @param pager this page of its articles
     */
    public record Input(Archive.Year year, Optional<Archive.Year> older, Optional<Archive.Year> newer,
            Pager<Article> pager) implements Listing {
    }

    @Override
    public String name() {
        return "year";
    }

    @Override
    protected List<Input> inputs(Site site) {
        List<Input> inputs = new ArrayList<>();
        Archive archive = site.archive();
        for (Archive.Year year : archive.years()) {
            for (Pager<Article> pager : site.pages(year.url(), year.articles())) {
                inputs.add(new Input(year, archive.older(year), archive.newer(year), pager));
            }
        }
        return inputs;
    }

    @Override
    protected PageRenderer.Page page(Input input, PageRenderer pages) {
        Views.PeriodView view = pages.views().year(input.year(), input.older(), input.newer());
        return pages.list(name(), pages.numbered(view.title(), input.pager()), input.pager(), "", List.of(),
                Map.of("period", view));
    }
}
