package vn.gazette.render.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.gazette.config.SiteConfig;
import vn.gazette.render.FeedWriter;
import vn.gazette.render.Output;
import vn.gazette.render.OutputKind;
import vn.gazette.render.PageRenderer;
import vn.gazette.render.Views;
import vn.gazette.site.Article;
import vn.gazette.site.Authors;
import vn.gazette.site.Pager;
import vn.gazette.site.Site;

/**
 * The authors index ({@code /tac-gia/}, {@code segments.authors}): every author with a count, and a page per author
 * ({@code /tac-gia/to-thi-thuong/}, paginated) with its Atom feed; all pages use the template {@code authors.ftlh}
 * (with {@code authors}, the index, and on an author's pages {@code author} and {@code list}). Stateless and
 * thread-safe.
 */
public final class AuthorPages implements OutputKind {

    /** The index: every author. */
    public record IndexInput(Authors authors) {
    }

    /** One page of an author's articles. */
    public record AuthorInput(String indexUrl, Authors.Author author, Pager<Article> pager) {
    }

    /** An author's feed: their latest articles. */
    public record FeedInput(Authors.Author author, List<Article> latest) {
    }

    /** The index as templates see it: its title and address, and every author with their count. */
    public record IndexView(String title, String url, List<Views.TermEntry> authors) {
    }

    /** An author's page heading. */
    public record AuthorView(String name, int count, String feedUrl) {
    }

    @Override
    public String name() {
        return "authors";
    }

    @Override
    public List<Output> outputs(Site site, PageRenderer pages, List<Output> earlier) {
        Authors authors = site.authors();
        List<Output> outputs = new ArrayList<>();
        if (authors.authors().isEmpty()) {
            return outputs;
        }
        IndexInput index = new IndexInput(authors);
        List<Article> dating = authors.authors().stream().map(a -> a.articles().get(0)).toList();
        outputs.add(new Output.Page(name(), path(authors.url()), authors.url(), index, () -> index(index, pages),
                PageKind.newest(dating), true));
        for (Authors.Author author : authors.authors()) {
            for (Pager<Article> pager : site.pages(author.url(), author.articles())) {
                AuthorInput input = new AuthorInput(authors.url(), author, pager);
                outputs.add(new Output.Page(name(), path(pager.url()), pager.url(), input, () -> author(input, pages),
                        pager.items(), true));
            }
        }
        for (Authors.Author author : authors.authors()) {
            FeedInput feed = new FeedInput(author, author.articles().subList(0, Math.min(author.articles().size(),
                    site.config().feedSize())));
            outputs.add(new Output.File("atom", author.feedUrl().substring(1), feed, () -> FileKind.utf8(
                    new FeedWriter(pages.site().config()).feed(title(pages.site().config(), author), author.url(),
                            feed.latest()))));
        }
        return outputs;
    }

    private static String path(String url) {
        return url.substring(1) + "index.html";
    }

    private static String title(SiteConfig config, Authors.Author author) {
        return config.title() + " – " + author.name();
    }

    private IndexView view(Authors authors, PageRenderer pages) {
        SiteConfig config = pages.site().config();
        List<Views.TermEntry> entries = new ArrayList<>();
        authors.authors().forEach(a -> entries.add(new Views.TermEntry(a.name(), config.link(a.url()),
                a.articles().size(), null)));
        return new IndexView(pages.text("authors.title"), config.link(authors.url()), entries);
    }

    private PageRenderer.Page index(IndexInput input, PageRenderer pages) {
        IndexView view = view(input.authors(), pages);
        Map<String, Object> model = pages.base(pages.views().page(name(), view.title(), input.authors().url(), ""));
        model.put("authors", view);
        return pages.page(name(), model);
    }

    private PageRenderer.Page author(AuthorInput input, PageRenderer pages) {
        SiteConfig config = pages.site().config();
        Authors.Author author = input.author();
        String title = pages.numbered(pages.text("authors.author").replace("{name}", author.name()), input.pager());
        List<Views.LinkView> feeds = List.of(new Views.LinkView(title(config, author), config.link(author.feedUrl()),
                false, null));
        IndexView index = new IndexView(pages.text("authors.title"), config.link(input.indexUrl()), List.of());
        return pages.list(name(), title, input.pager(), "", feeds, Map.of("authors", index, "author",
                new AuthorView(author.name(), author.articles().size(), config.link(author.feedUrl()))));
    }
}
