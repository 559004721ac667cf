package vn.gazette.transform;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.gazette.content.MarkdownDocument;
import vn.gazette.problem.SourcePosition;

/**
 * Finds where in an article's Markdown the sanitiser's removals were written. The converter passes the editor's HTML
 * through as it was typed, so each piece is found again in the converted body, in order: a removal inside a piece is
 * at that piece's line (plus the lines before it within the piece). A removed link that came from Markdown syntax is
 * found by its address among the body's links. Anything else is put at the body's first line. Not thread-safe; one
 * per body.
 */
final class RemovalPositions {

    private record Span(int start, int end, MarkdownDocument.RawHtml raw) {
    }

    private final String html;
    private final MarkdownDocument body;
    private final Path file;
    private final int firstLine;
    private final List<Span> spans = new ArrayList<>();

    RemovalPositions(String html, MarkdownDocument body, Path file, int firstLine) {
        this.html = html;
        this.body = body;
        this.file = file;
        this.firstLine = firstLine;
        int from = 0;
        for (MarkdownDocument.RawHtml raw : body.rawHtml()) {
            int at = html.indexOf(raw.html(), from);
            if (at >= 0) {
                spans.add(new Span(at, at + raw.html().length(), raw));
                from = at + raw.html().length();
            }
        }
    }

    /**
     * @param offset where the removed element starts in the converted body (jsoup's tracked position)
     * @param value  the removed attribute's value, to find a Markdown link by its address
     */
    SourcePosition of(int offset, String value) {
        for (Span span : spans) {
            if (offset >= span.start() && offset < span.end()) {
                int line = span.raw().line();
                int lineStart = span.start();
                for (int i = span.start(); i < offset; i++) {
                    if (html.charAt(i) == '\n') {
                        line++;
                        lineStart = i + 1;
                    }
                }
                int column = line == span.raw().line() ? span.raw().column() + offset - span.start()
                        : offset - lineStart + 1;
                return SourcePosition.of(file, line, column);
            }
        }
        if (!value.isEmpty()) {
            for (MarkdownDocument.LinkTarget link : body.links()) {
                if (link.url().strip().equals(value.strip())) {
                    return SourcePosition.of(file, link.line(), link.column());
                }
            }
        }
        return SourcePosition.of(file, firstLine, 1);
    }
}
