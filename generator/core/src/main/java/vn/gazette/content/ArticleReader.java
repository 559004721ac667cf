package vn.gazette.content;

import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import vn.gazette.internal.TimeLimit;
import vn.gazette.problem.Message;
import vn.gazette.problem.Problems;
import vn.gazette.problem.SourcePosition;
import vn.gazette.source.SourceFile;
import vn.gazette.source.TextFile;

/**
 * Reads an article file: its front matter when the site is assembled, its body again when its page is rendered.
 * Stateless apart from the shared parser and converter; thread-safe.
 */
public final class ArticleReader {

    private final FrontMatterParser frontMatter;
    private final MarkdownConverter markdown;
    private final Optional<TimeLimit> limit;
    private final BodyCache cache;

    /** A reader that converts bodies on the calling thread, without a time limit. */
    public ArticleReader(ZoneId zone, MarkdownConverter markdown) {
        this(zone, java.util.List.of(), markdown, Optional.empty());
    }

    /** A reader that gives up on a body whose conversion takes longer than {@code limit} allows. */
    public ArticleReader(ZoneId zone, MarkdownConverter markdown, Optional<TimeLimit> limit) {
        this(zone, java.util.List.of(), markdown, limit);
    }

    /**
     * @param extraTaxonomies front-matter keys of the site's own taxonomies
     * @param limit           how long one body may take to convert; empty for no limit
     */
    public ArticleReader(ZoneId zone, java.util.List<String> extraTaxonomies, MarkdownConverter markdown,
            Optional<TimeLimit> limit) {
        this(zone, extraTaxonomies, markdown, limit, BodyCache.none());
    }

    /** @param cache bodies converted by earlier builds */
    public ArticleReader(ZoneId zone, java.util.List<String> extraTaxonomies, MarkdownConverter markdown,
            Optional<TimeLimit> limit, BodyCache cache) {
        this.cache = cache;
        this.frontMatter = new FrontMatterParser(zone, extraTaxonomies);
        this.markdown = markdown;
        this.limit = limit;
    }

    /**
     * Reads and checks the front matter; the body is only located, not converted. A file with errors gives a
     * {@link BrokenArticle} holding what could be read of it.
     */
    public ArticleFile read(SourceFile source, Problems problems) throws IOException {
        Optional<TextFile.Content> content = TextFile.read(source.path(), problems);
        if (content.isEmpty()) {
            return new BrokenArticle(source, PartialFrontMatter.none());
        }
        ArticleText.SplitResult split = ArticleText.split(content.get().text());
        if (split.failure().isPresent()) {
            ArticleText.Failure failure = split.failure().get();
            problems.error(SourcePosition.of(source.path(), failure.line(), 1), FrontMatterParser.STAGE, failure.text());
            return new BrokenArticle(source, PartialFrontMatter.none());
        }
        ArticleText text = split.text().orElseThrow();
        FrontMatterParser.Reading reading = frontMatter.read(text, source.path(), problems);
        if (reading.front().isEmpty()) {
            return new BrokenArticle(source, reading.known());
        }
        return new ParsedArticle(source, reading.front().get(), text.bodyOffset(), text.bodyFirstLine(),
                content.get().checksum());
    }

    /** A body to read again and convert: where it is, what its file's bytes were, and where its problems go. */
    public record BodyRequest(SourceFile source, int bodyOffset, int bodyFirstLine, long checksum, Problems problems) {
    }

    /**
     * Reads the body again and converts it to HTML.
     *
     * @param checksum what the file's bytes were when the front matter was read
     */
    public Optional<MarkdownDocument> body(SourceFile source, int bodyOffset, int bodyFirstLine, long checksum,
            Problems problems) throws IOException {
        return bodies(List.of(new BodyRequest(source, bodyOffset, bodyFirstLine, checksum, problems))).get(0);
    }

    /**
     * {@link #body} of each request, in order. The bodies the cache does not have are handed to the time limit's
     * thread together, converted there one after the other, each under the whole limit: one hand-over for all of
     * them (see {@link TimeLimit#runEach}).
     */
    public List<Optional<MarkdownDocument>> bodies(List<BodyRequest> requests) throws IOException {
        List<Optional<MarkdownDocument>> results = new ArrayList<>(requests.size());
        List<Pending> pending = new ArrayList<>();
        for (BodyRequest request : requests) {
            Optional<MarkdownDocument> cached = Optional.empty();
            Optional<String> text = text(request);
            if (text.isPresent()) {
                long key = 0;
                if (cache.keeps()) {
                    key = cache.key(request.checksum(), request.bodyOffset(), request.bodyFirstLine());
                    cached = cache.get(key);
                }
                if (cached.isEmpty()) {
                    pending.add(new Pending(results.size(), request, text.get(), key));
                }
            }
            results.add(cached);
        }
        List<Optional<MarkdownDocument>> converted = convert(pending);
        for (int i = 0; i < pending.size(); i++) {
            Pending body = pending.get(i);
            if (cache.keeps()) {
                converted.get(i).ifPresent(document -> cache.put(body.key(), document));
            }
            results.set(body.at(), converted.get(i));
        }
        return results;
    }

    /** A body the cache did not have: where its result goes, its request, its Markdown and its cache key. */
    private record Pending(int at, BodyRequest request, String text, long key) {
        Optional<MarkdownDocument> convert(MarkdownConverter markdown) {
            return markdown.convert(text, request.source().path(), request.bodyFirstLine(), request.problems());
        }
    }

    /** The body's Markdown, if its file can still be read and has not changed since its front matter was. */
    private static Optional<String> text(BodyRequest request) throws IOException {
        Optional<TextFile.Content> content = TextFile.read(request.source().path(), request.problems());
        if (content.isEmpty()) {
            return Optional.empty();
        }
        if (content.get().checksum() != request.checksum()) {
            request.problems().error(SourcePosition.of(request.source().path()), FrontMatterParser.STAGE,
                    Message.of("content.file.changed"));
            return Optional.empty();
        }
        return Optional.of(content.get().text().substring(request.bodyOffset()));
    }

    private List<Optional<MarkdownDocument>> convert(List<Pending> pending) {
        List<Optional<MarkdownDocument>> converted = new ArrayList<>(pending.size());
        if (limit.isEmpty()) {
            for (Pending body : pending) {
                converted.add(body.convert(markdown));
            }
            return converted;
        }
        List<Callable<Optional<MarkdownDocument>>> work = new ArrayList<>(pending.size());
        for (Pending body : pending) {
            work.add(() -> {
                try {
                    return body.convert(markdown);
                } catch (RuntimeException e) {
                    throw new IllegalStateException("converting " + body.request().source().path() + " failed", e);
                }
            });
        }
        List<Optional<Optional<MarkdownDocument>>> done;
        try {
            done = limit.get().runEach(work);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
        for (int i = 0; i < done.size(); i++) {
            if (done.get(i).isEmpty()) {
                BodyRequest request = pending.get(i).request();
                request.problems().error(SourcePosition.of(request.source().path(), request.bodyFirstLine(), 1),
                        FrontMatterParser.STAGE,
                        Message.of("content.markdown.too-slow", limit.get().limit().toSeconds()));
            }
            converted.add(done.get(i).flatMap(document -> document));
        }
        return converted;
    }
}
