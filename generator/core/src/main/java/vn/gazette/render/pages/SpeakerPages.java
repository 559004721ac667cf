package vn.gazette.render.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.gazette.render.PageRenderer;
import vn.gazette.site.Article;
import vn.gazette.site.Conferences;
import vn.gazette.site.Pager;
import vn.gazette.site.Site;

/** The speakers index ({@code /hoi-nghi-tap-huan/bao-cao-vien/}): speakers with their latest conferences. */
public final class SpeakerPages extends PageKind<SpeakerPages.Input> {

    /**
     * @param pager    this page of the speakers
     * @param indexUrl the conference index
     * @param speakers every speaker, for the A–Z jump
     */
    public record Input(Pager<Conferences.SpeakerRecord> pager, String indexUrl, List<String> speakers) {
    }

    @Override
    public String name() {
        return "speakers";
    }

    @Override
    protected List<Input> inputs(Site site) {
        return site.speakerPages().stream().map(pager -> new Input(pager, site.conferences().url(),
                site.conferences().speakers().stream().map(Conferences.SpeakerRecord::url).toList())).toList();
    }

    @Override
    protected String url(Input input) {
        return input.pager().url();
    }

    @Override
    protected PageRenderer.Page page(Input input, PageRenderer pages) {
        Pager<Conferences.SpeakerRecord> pager = input.pager();
        Map<String, Object> model = pages.base(pages.views().page(name(), pages.numbered(pages.text("conf.speakers"),
                pager), pager.url(), "", pager.previous().orElse(null), pager.next().orElse(null), List.of(), List.of()));
        model.put("speakers", pages.conferenceViews().speakers(pager));
        model.put("list", pages.views().pages(pager));
        model.put("indexUrl", pages.site().config().link(input.indexUrl()));
        model.put("letters", pages.speakerLetters());
        return pages.page(name(), model);
    }

    @Override
    protected List<Article> dating(Input input) {
        List<Article> shown = new ArrayList<>();
        input.pager().items().forEach(s -> shown.add(s.entries().get(0).article()));
        return newest(shown);
    }
}
