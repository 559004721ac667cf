package vn.gazette.publish;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import vn.gazette.problem.Problems;
import vn.gazette.render.Output;
import vn.gazette.render.OutputKind;
import vn.gazette.render.PageRenderer;
import vn.gazette.render.pages.ArchivePages;
import vn.gazette.render.pages.ArticlePages;
import vn.gazette.render.pages.AuthorPages;
import vn.gazette.render.pages.ConferenceFiles;
import vn.gazette.render.pages.ConferencePages;
import vn.gazette.render.pages.Feeds;
import vn.gazette.render.pages.HomePages;
import vn.gazette.render.pages.ImageVariants;
import vn.gazette.render.pages.MonthPages;
import vn.gazette.render.pages.NotFoundPage;
import vn.gazette.render.pages.SearchPages;
import vn.gazette.render.pages.SiteFiles;
import vn.gazette.render.pages.SpeakerPages;
import vn.gazette.render.pages.TaxonomyPages;
import vn.gazette.render.pages.TermPages;
import vn.gazette.render.pages.YearPages;
import vn.gazette.site.Site;
import vn.gazette.site.SiteAssembler;

/**
 * The registry of outputs: the one ordered list of every file a build makes (besides the files it copies), built
 * once from the site model. The URL-clash check, the sitemap, the renderer, the incremental keys and the publisher
 * all read it. To add a kind of output, write its class ({@link vn.gazette.render.pages.PageKind} for a page,
 * {@link vn.gazette.render.pages.FileKind} for a file) and add it to {@link #KINDS}. Immutable.
 */
public final class Outputs {

    /**
     * Every kind of output, in publishing order. The sitemap lists the pages of the kinds before it in this order
     * (the lists, then the articles), so it comes after them.
     */
    public static final List<OutputKind> KINDS = List.of(
            new HomePages(),
            new TaxonomyPages(),
            new TermPages(),
            new ConferencePages(),
            new SpeakerPages(),
            new ArchivePages(),
            new YearPages(),
            new MonthPages(),
            new AuthorPages(),
            new ArticlePages(),
            new SearchPages(),
            new Feeds(),
            new ConferenceFiles(),
            new ImageVariants(),
            new NotFoundPage(),
            new SiteFiles());

    private final List<Output> all;

    private Outputs(List<Output> all) {
        this.all = List.copyOf(all);
    }

    /**
     * Lists every output of a site, and reports an article or file that would be published where a list page or
     * a generated file is.
     */
    public static Outputs of(Site site, PageRenderer pages, Problems problems) {
        // the kinds that do not read the outputs before them are listed at the same time, then in order each that does
        List<Output>[] listed = listedApart(site, pages);
        List<Output> all = new ArrayList<>();
        for (int i = 0; i < KINDS.size(); i++) {
            all.addAll(listed[i] != null ? listed[i] : KINDS.get(i).outputs(site, pages, List.copyOf(all)));
        }
        Set<String> lists = new HashSet<>();
        for (Output output : all) {
            if (output instanceof Output.Page page && page.listed()) {
                lists.add(page.url());
            }
        }
        SiteAssembler.checkCollisions(site, lists, problems);
        return new Outputs(all);
    }

    /** The outputs of each kind that does not read the ones before it, listed in parallel; null for the others. */
    @SuppressWarnings("unchecked")
    private static List<Output>[] listedApart(Site site, PageRenderer pages) {
        List<Output>[] listed = new List[KINDS.size()];
        IntStream.range(0, KINDS.size()).filter(i -> !KINDS.get(i).readsEarlier()).parallel()
                .forEach(i -> listed[i] = KINDS.get(i).outputs(site, pages, List.of()));
        return listed;
    }

    /** Every output, in order. */
    public List<Output> all() {
        return all;
    }

    public int size() {
        return all.size();
    }
}
