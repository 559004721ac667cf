package vn.gazette.publish;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;
import vn.gazette.content.MarkdownDocument;
import vn.gazette.internal.Digest;
import vn.gazette.internal.Workers;
import vn.gazette.problem.Problems;
import vn.gazette.render.Output;
import vn.gazette.search.FoldedIndex;
import vn.gazette.search.IndexFiles;
import vn.gazette.search.SearchIndex;
import vn.gazette.site.Article;
import vn.gazette.site.Site;
import vn.gazette.transform.HtmlCleaner;

/**
 * The search index's part of publishing one build: it gives the index each article's cleaned body as its page is
 * made, or, for a page left as it was, the digest of the body the session remembers (so the body is not read
 * again), and at the end writes the index's files, or keeps the last build's when the index is made of the same
 * inputs ({@link SearchIndex#inputs}): each index file's fingerprint in the manifest is a digest of those inputs.
 * In a session it hands the index the search index the last build folded, and keeps this build's for the next
 * ({@link PublishMemo#takeSearchIndex}); when the index changed that one in place, the files it did not make again
 * are carried over under the new inputs' fingerprints. With {@code search: false} in site.yaml there is no index,
 * and it does nothing. Thread-safe for the rendering workers; {@link #write} is called once, after them.
 */
final class IndexPublisher {

    private final Site site;
    private final SitePublisher.Setup setup;
    private final HtmlCleaner cleaner;
    private final Problems problems;
    private final Optional<SearchIndex> index;
    private boolean kept;

    /** @param problems where a body that cannot be read again is reported */
    IndexPublisher(Site site, SitePublisher.Setup setup, HtmlCleaner cleaner, Problems problems) {
        this.site = site;
        this.setup = setup;
        this.cleaner = cleaner;
        this.problems = problems;
        Optional<FoldedIndex> previous = setup.memo().flatMap(PublishMemo::takeSearchIndex);
        this.index = site.config().search() ? Optional.of(new SearchIndex(site, setup.documents(), this::text,
                previous)) : Optional.empty();
    }

    Optional<SearchIndex> index() {
        return index;
    }

    /**
     * An article page is being made for {@code key} from this cleaned body. (The page then rewrites its links to
     * other articles, which changes only addresses inside tags; the index reads no tag, so it is given the body
     * before that, as when the body is read again for it.)
     */
    void made(Output.ArticlePage page, long key, long generation, String cleaned) throws IOException {
        if (index.isPresent()) {
            remember(page, key, generation, index.get().add(page.article(), cleaned));
        }
    }

    /** An article page whose body could not be read. */
    void skipped(Article article) throws IOException {
        if (index.isPresent()) {
            index.get().skip(article);
        }
    }

    /**
     * An article page is left as it was (it was made for the same key), and so is its body: its document is taken
     * from the cache by the body's digest without reading the body, unless the cache has lost it; by the document's
     * key itself, without even working out what the site says of the article, when the page was made for the same
     * model ({@code generation}, see {@link vn.gazette.render.KeyMemo.Keys#generation}), which says the same.
     */
    void kept(Output.ArticlePage page, long key, long generation) throws IOException {
        if (index.isEmpty()) {
            return;
        }
        SearchIndex search = index.get();
        Article article = page.article();
        long[] known = setup.memo().map(memo -> memo.indexed().get(page.path())).orElse(null);
        if (known != null && known[0] == key) {
            if (known[3] == generation && search.addByKey(article, known[2])) {
                return;
            }
            if (search.add(article, known[1])) {
                remember(page, key, generation, known[1]);
                return;
            }
        }
        Optional<String> text = text(article);
        if (text.isPresent()) {
            remember(page, key, generation, search.add(article, text.get()));
        } else {
            search.skip(article);
        }
    }

    /**
     * Tells the session which body the page made for {@code key} gave the index, and under which key the index
     * took its document (for the model of {@code generation}).
     */
    private void remember(Output.ArticlePage page, long key, long generation, long body) {
        setup.memo().ifPresent(memo -> memo.indexed().put(page.path(), new long[] {key, body,
                index.orElseThrow().keyOf(page.article()), generation}));
    }

    /**
     * The body of an article whose page is not being made, read again and cleaned as for its page. Its problems were
     * reported when the page was made, unless it cannot be read at all.
     */
    private Optional<String> text(Article article) throws IOException {
        Problems found = new Problems();
        Optional<MarkdownDocument> body = setup.reader().body(article.source(), article.bodyOffset(),
                article.bodyFirstLine(), site.checksum(article), found);
        if (body.isEmpty()) {
            problems.addAll(found.all());
            return Optional.empty();
        }
        return Optional.of(SitePublisher.cleaned(body.get(), article, cleaner, site.config(), new Problems()));
    }

    /**
     * Writes the index's files, or keeps the last build's when they were made of the same inputs, or those of them an
     * index changed in place did not make again.
     *
     * @return the number of the index's files (none when there is no index)
     */
    int write(Workers workers) throws IOException {
        if (index.isEmpty()) {
            return 0;
        }
        SearchIndex search = index.get();
        kept = keep(search.inputs());
        if (kept) {
            setup.memo().ifPresent(memo -> search.folded().ifPresent(memo::searchIndex));
            return (int) previous().count();
        }
        List<IndexFiles.File> files = search.files();
        long inputs = search.inputs(); // a document the cache had lost was made again from its body
        OptionalLong before = search.changedFrom();
        workers.forEach(files, file -> {
            long fingerprint = fingerprint(inputs, file.path());
            if (search.remade(file.path()) || !setup.output().keep(file.path(),
                    fingerprint(before.getAsLong(), file.path()), fingerprint)) {
                setup.output().write(file.path(), file.bytes(), fingerprint);
            }
        });
        setup.memo().ifPresent(memo -> search.folded().ifPresent(memo::searchIndex));
        return files.size();
    }

    /** Whether the last build's index files were made of {@code inputs}, all of them, and are now kept. */
    private boolean keep(long inputs) throws IOException {
        List<String> before = previous().toList();
        if (before.isEmpty() || !before.stream().allMatch(path -> setup.previous().get(path).orElseThrow()
                .fingerprint() == fingerprint(inputs, path))) {
            return false;
        }
        for (String path : before) {
            if (!setup.output().keep(path, fingerprint(inputs, path))) {
                return false; // a file gone from the output: the index is written again (over those kept)
            }
        }
        return true;
    }

    /** The index files the last build published. */
    private Stream<String> previous() {
        return setup.previous().paths().stream().filter(path -> path.startsWith(SearchIndex.FOLDER)).sorted();
    }

    /** The fingerprint of an index file: what the whole index is made of, and which file it is. */
    private static long fingerprint(long inputs, String path) {
        return new Digest().add(inputs).add(path).value();
    }

    /** Whether {@link #write} kept the last build's files. */
    boolean kept() {
        return kept;
    }
}
