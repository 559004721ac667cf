package vn.gazette.content;

import java.util.Objects;
import vn.gazette.source.SourceFile;

/**
 * An article file whose front matter has been read and checked; the body stays on disk until rendering.
 *
 * @param source        the file
 * @param front         the checked front matter
 * @param bodyOffset    where the Markdown body starts in the normalised text
 * @param bodyFirstLine file line of the body's first line
 * @param checksum      of the raw bytes, see {@link vn.gazette.source.TextFile#checksum}
 */
public record ParsedArticle(SourceFile source, FrontMatter front, int bodyOffset, int bodyFirstLine, long checksum)
        implements ArticleFile {
    public ParsedArticle {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(front, "front");
    }
}
