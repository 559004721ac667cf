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

/** The pages of a month ({@code /2023/09/}): its articles. */
public final class MonthPages extends ArticleListKind<MonthPages.Input> {

    /**
     * @param month the month
     * @param older the month before it that has articles
     * @param newer the month after it that has articles
     * @param pager this page of its articles
     */
    public record Input(Archive.Month month, Optional<Archive.Month> older, Optional<Archive.Month> newer,
            Pager<Article> pager) implements Listing {
    }

    @Override
    public String name() {
        return "month";
    }

    @Override
    protected List<Input> inputs(Site site) {
        List<Input> inputs = new ArrayList<>();
        Archive archive = site.archive();
        for (Archive.Month month : archive.months()) {
            for (Pager<Article> pager : site.pages(month.url(), month.articles())) {
                inputs.add(new Input(month, archive.older(month), archive.newer(month), pager));
            }
        }
        return inputs;
    }

    @Override
    protected PageRenderer.Page page(Input input, PageRenderer pages) {
        Views.PeriodView view = pages.views().month(input.month(), input.older(), input.newer());
        return pages.list(name(), pages.numbered(view.title(), input.pager()), input.pager(), "", List.of(),
                Map.of("period", view));
    }
}
