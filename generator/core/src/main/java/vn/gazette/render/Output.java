package vn.gazette.render;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import vn.gazette.site.Article;

/**
 * One file a build publishes, as the registry of outputs lists it ({@code vn.gazette.publish.Outputs}): its path in
 * the output folder, the kind that makes it, the <em>input</em> it is made from (a record holding everything its
 * view or bytes are made of; its digest is the file's incremental key, see {@link OutputKeys}), and how to make it.
 * Immutable; making it is thread-safe.
 */
public sealed interface Output permits Output.Page, Output.ArticlePage, Output.File {

    /** The path in the output folder, e.g. {@code the/tap-huan/index.html}. */
    String path();

    /** The name of the kind that makes it ({@code home}, {@code term}, {@code atom} ...). */
    String kind();

    /** What it is made from: a record; the same input (and theme and settings) makes the same file. */
    Record input();

    /**
     * A page rendered with a template.
     *
     * @param url    its site path
     * @param dating the articles whose latest change is the page's {@code lastmod} in the sitemap
     * @param listed whether the sitemap lists it (the 404 page is not)
     */
    record Page(String kind, String path, String url, Record input, Supplier<PageRenderer.Page> page,
            List<Article> dating, boolean listed) implements Output {
        public Page {
            Objects.requireNonNull(page, "page");
            dating = List.copyOf(dating);
        }
    }

    /**
     * An article's page: made like a page, from the article's body once it is read and its links rewritten.
     *
     * @param article the article
     */
    record ArticlePage(String kind, String path, String url, Record input, Article article,
            Function<String, PageRenderer.Page> page) implements Output {
    }

    /** A file Gazette writes itself, text or binary (a feed, the sitemap, an export). */
    record File(String kind, String path, Record input, Supplier<byte[]> bytes) implements Output {
    }
}
