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
 * @param rawHtml       every piece of HTML the editor typed, with its line, so the sanitiser can say where what it
 *                      removes was written
 * @param headings      every heading, with its id and where it was written, so a check of the page can point at it
 */
public record MarkdownDocument(String html, boolean needsCleaning, List<LinkTarget> links, List<RawHtml> rawHtml,
        List<Heading> headings) {

    public MarkdownDocument(String html, boolean needsCleaning, List<LinkTarget> links) {
        this(html, needsCleaning, links, List.of(), List.of());
    }

    public MarkdownDocument(String html, boolean needsCleaning, List<LinkTarget> links, List<RawHtml> rawHtml) {
        this(html, needsCleaning, links, rawHtml, List.of());
    }

    public MarkdownDocument {
        Objects.requireNonNull(html, "html");
        links = List.copyOf(links);
        rawHtml = List.copyOf(rawHtml);
        headings = List.copyOf(headings);
    }

    /**
     * A heading of the Markdown.
     *
     * @param id     the id the HTML gives it ({@code ket-qua})
     * @param level  1 to 6 ({@code ##} is 2)
     * @param line   file line, 1-based
     * @param column column, 1-based
     */
    public record Heading(String id, int level, int line, int column) {
    }

    /**
     * HTML written in the Markdown, as the converter passes it through.
     *
     * @param line   file line, 1-based, of its first character
     * @param column its column, 1-based
     */
    public record RawHtml(String html, int line, int column) {
    }

    /**
     * A link or image target in the Markdown.
     *
     * @param url    the target as written
     * @param line   file line, 1-based
     * @param column column, 1-based
     * @param image  whether it is an image
     * @param noAlt  an image written without alt text ({@code ![](x.jpg)})
     */
    public record LinkTarget(String url, int line, int column, boolean image, boolean noAlt) {
        public LinkTarget(String url, int line, int column, boolean image) {
            this(url, line, column, image, false);
        }
    }
}
