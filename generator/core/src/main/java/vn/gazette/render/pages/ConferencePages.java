package vn.gazette.render.pages;

import java.util.List;
import java.util.Map;
import vn.gazette.render.ConferenceChart;
import vn.gazette.render.ConferenceViews;
import vn.gazette.render.PageRenderer;
import vn.gazette.site.Article;
import vn.gazette.site.Conferences;
import vn.gazette.site.Site;

/**
 * The conference index and its views ({@code /hoi-nghi-tap-huan/}, a year, a province, a kind, a speaker), each
 * paginated; the first page of the main index has the chart.
 */
public final class ConferencePages extends PageKind<ConferencePages.Input> {

    /**
     * @param page        the group and the page of it
     * @param conferences the record, for the navigation between groups, the summary and the chart
     */
    public record Input(Site.ConferencePage page, Conferences conferences) {
    }

    @Override
    public String name() {
        return "conferences";
    }

    @Override
    protected List<Input> inputs(Site site) {
        return site.conferencePages().stream().map(page -> new Input(page, site.conferences())).toList();
    }

    @Override
    protected String url(Input input) {
        return input.page().url();
    }

    @Override
    protected PageRenderer.Page page(Input input, PageRenderer pages) {
        Site.ConferencePage page = input.page();
        Conferences conferences = input.conferences();
        boolean main = page.group().url().equals(conferences.url());
        ConferenceChart.Chart chart = main && page.pager().number() == 1 ? ConferenceChart.chart(conferences.main(),
                pages.names(),
                pages.text("conf.chart"), pages.text("conf.chartOther"), pages.text("conf.noProvince")) : null;
        ConferenceViews.IndexView index = pages.conferenceViews().index(conferences, page.group(), page.pager(), chart);
        Map<String, Object> model = pages.base(pages.views().page(name(), pages.numbered(index.heading(), page.pager()),
                page.url(), index.summary() != null ? index.summary().text() : "",
                page.pager().previous().orElse(null), page.pager().next().orElse(null), List.of(), List.of()));
        model.put("conferences", index);
        model.put("list", pages.views().pages(page.pager()));
        return pages.page(name(), model);
    }

    @Override
    protected List<Article> dating(Input input) {
        return input.page().entries().stream().map(Conferences.Entry::article).toList();
    }
}
