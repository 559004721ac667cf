package vn.gazette.site;

import java.util.Objects;
import vn.gazette.content.ArticleDate;
import vn.gazette.content.FrontMatter;
import vn.gazette.source.SourceFile;

/**
 * One article of the site: its checked front matter and where it is published.
 *
 * <p>The Markdown body is not kept: it is read again when the page is rendered, so that a site of a hundred
 * thousand articles does not hold every body in memory at once ({@link #checksum} notices a file that changed
 * in between). Immutable.
 *
 * @param source        the Markdown file
 * @param front         its front matter
 * @param url           the site path, e.g. {@code /articles/2023/tap-huan/}
 * @param bodyOffset    where the body starts in the normalised file text
 * @param bodyFirstLine the file line of the body's first line
 * @param checksum      of the file's bytes when the front matter was read
 */
public record Article(SourceFile source, FrontMatter front, String url, int bodyOffset, int bodyFirstLine,
        long checksum) {

    public Article {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(front, "front");
        Objects.requireNonNull(url, "url");
        if (!url.startsWith("/") || !url.endsWith("/")) {
            throw new IllegalArgumentException("article URLs are folders: " + url);
        }
    }

    public String title() {
        return front.title();
    }

    public ArticleDate date() {
        return front.date();
    }

    /** The output file, relative to the output folder: {@code articles/2023/tap-huan/index.html}. */
    public String outputPath() {
        return url.substring(1) + "index.html";
    }

    /** The folder whose files are this article's assets: the file's path without {@code .md}. */
    public String assetFolder() {
        return source.withoutExtension();
    }
}
