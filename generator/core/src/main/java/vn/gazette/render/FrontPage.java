package vn.gazette.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.gazette.config.ReaderSettings;
import vn.gazette.site.Article;
import vn.gazette.site.Conferences;
import vn.gazette.site.Site;
import vn.gazette.site.Taxonomy;
import vn.gazette.site.Term;

/**
 * The front page's parts above the list of latest articles: the lead story (the newest article marked
 * {@code featured: true}, else the newest), the sections site.yaml asks for (the latest articles of a province or a
 * tag), and a teaser of the conference index. Thread-safe.
 */
final class FrontPage {

    /** Conferences the teaser shows. */
    static final int TEASER_ROWS = 3;

    /**
     * What the front page shows above its list.
     *
     * @param lead        the lead story, or null on a site without articles
     * @param sections    the configured sections that have articles
     * @param conferences the conference teaser, or null on a site without conferences
     */
    public record FrontView(Views.CardView lead, List<SectionView> sections, TeaserView conferences) {
    }

    /** A section: its heading, the term page it links to, and its latest articles. */
    public record SectionView(String title, String url, List<Views.CardView> items) {
    }

    /** The conference teaser: the index's numbers, its newest conferences, and the link to it. */
    public record TeaserView(String summary, List<ConferenceViews.RowView> rows, String url) {
    }

    private final Site site;
    private final Views views;
    private final ConferenceViews conferences;

    FrontPage(Site site, Views views, ConferenceViews conferences) {
        this.site = site;
        this.views = views;
        this.conferences = conferences;
    }

    FrontView view() {
        Article lead = lead(site).orElse(null);
        List<SectionView> sections = new ArrayList<>();
        for (ReaderSettings.Section section : site.config().reader().sections()) {
            term(section).ifPresent(term -> sections.add(new SectionView(
                    section.title().isEmpty() ? views.capitalised(term.name()) : section.title(),
                    site.config().link(term.url()),
                    term.articles().stream().limit(section.count()).map(views::card).toList())));
        }
        Conferences record = site.conferences();
        TeaserView teaser = record.main().isEmpty() ? null : new TeaserView(
                conferences.summary(record.main()).text(),
                record.main().stream().limit(TEASER_ROWS).map(conferences::row).toList(),
                site.config().link(record.url()));
        return new FrontView(lead == null ? null : views.card(lead), sections, teaser);
    }

    /** The newest article marked featured, else the newest article. */
    static Optional<Article> lead(Site site) {
        return site.articles().stream().filter(a -> a.front().featured()).findFirst()
                .or(() -> site.articles().stream().findFirst());
    }

    /** The term a section names; a section naming no term of the site is left out. */
    Optional<Term> term(ReaderSettings.Section section) {
        return site.taxonomy(section.taxonomy()).flatMap((Taxonomy t) -> t.term(section.term()));
    }
}
