package vn.gazette.content;

import java.util.List;
import java.util.Objects;

/**
 * An article body converted to HTML, with what later stages need to know about it.
 *
 * @param html          the body as HTML (not yet sanitised)
 * @param needsCleaning whether the Markdown held raw HTML or a link with an unsafe scheme: only then does the
 *                      body go through the HTML sanitiser, which keeps the common case fast
 * @param links         every link and image target, with where it was written
 */
public record MarkdownDocument(String html, boolean needsCleaning, List<LinkTarget> links) {

    public MarkdownDocument {
        Objects.requireNonNull(html, "html");
        links = List.copyOf(links);
    }

    /**
     * A link or image target in the Markdown.
     *
     * @param url    the target as written
     * @param line   file line, 1-based
     * @param column column, 1-based
     * @param image  whether it is an image
     */
    public record LinkTarget(String url, int line, int column, boolean image) {
    }
}
