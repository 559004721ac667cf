package vn.gazette.render.pages;

import java.util.List;
import java.util.Map;
import vn.gazette.render.PageRenderer;
import vn.gazette.site.Archive;
import vn.gazette.site.Article;
import vn.gazette.site.Site;

/** The archive index ({@code /luu-tru/}): every year and month with counts. */
public final class ArchivePages extends PageKind<ArchivePages.Input> {

    /** @param archive the archive, with at least one year */
    public record Input(Archive archive) {
    }

    @Override
    public String name() {
        return "archive";
    }

    @Override
    protected List<Input> inputs(Site site) {
        return site.archive().years().isEmpty() ? List.of() : List.of(new Input(site.archive()));
    }

    @Override
    protected String url(Input input) {
        return input.archive().url();
    }

    @Override
    protected PageRenderer.Page page(Input input, PageRenderer pages) {
        Map<String, Object> model = pages.base(pages.views().page(name(), pages.text("archive.title"),
                input.archive().url(), ""));
        model.put("archive", pages.views().archive(input.archive()));
        return pages.page(name(), model);
    }

    @Override
    protected List<Article> dating(Input input) {
        return input.archive().years().get(0).articles().subList(0, 1);
    }
}
