package vn.gazette.content;

import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.time.ZoneId;
import java.util.Optional;
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

    /**
     * Reads the body again and converts it to HTML.
     *
     * @param checksum what the file's bytes were when the front matter was read
     */
    public Optional<MarkdownDocument> body(SourceFile source, int bodyOffset, int bodyFirstLine, long checksum,
            Problems problems) throws IOException {
        Optional<TextFile.Content> content = TextFile.read(source.path(), problems);
        if (content.isEmpty()) {
            return Optional.empty();
        }
        if (content.get().checksum() != checksum) {
            problems.error(SourcePosition.of(source.path()), FrontMatterParser.STAGE,
                    Message.of("content.file.changed"));
            return Optional.empty();
        }
        String body = content.get().text().substring(bodyOffset);
        if (!cache.keeps()) {
            return convert(source, body, bodyFirstLine, problems);
        }
        long key = cache.key(checksum, bodyOffset, bodyFirstLine);
        Optional<MarkdownDocument> cached = cache.get(key);
        if (cached.isPresent()) {
            return cached;
        }
        Optional<MarkdownDocument> converted = convert(source, body, bodyFirstLine, problems);
        converted.ifPresent(document -> cache.put(key, document));
        return converted;
    }

    private Optional<MarkdownDocument> convert(SourceFile source, String body, int bodyFirstLine, Problems problems) {
        if (limit.isEmpty()) {
            return markdown.convert(body, source.path(), bodyFirstLine, problems);
        }
        try {
            Optional<Optional<MarkdownDocument>> done = limit.get()
                    .run(() -> markdown.convert(body, source.path(), bodyFirstLine, problems));
            if (done.isEmpty()) {
                problems.error(SourcePosition.of(source.path(), bodyFirstLine, 1), FrontMatterParser.STAGE,
                        Message.of("content.markdown.too-slow", limit.get().limit().toSeconds()));
                return Optional.empty();
            }
            return done.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("converting " + source.path() + " failed", e.getCause());
        }
    }
}
