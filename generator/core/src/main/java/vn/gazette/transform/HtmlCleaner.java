package vn.gazette.transform;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Cleans HTML that editors wrote inside Markdown, with a jsoup safelist: scripts, styles, frames, forms, event
 * handlers and {@code javascript:}, {@code vbscript:} or {@code data:} URLs are removed; what a news article
 * needs (tables, figures, captions, quotes, marked and struck text, footnotes, heading anchors) stays.
 *
 * <p>Relative links are kept as written (jsoup 1.15.3 or later is required for that to be safe). The cleaner is
 * built once and shared: jsoup's {@code Cleaner} is thread-safe once its safelist is set up.
 */
public final class HtmlCleaner {

    private static final String BASE = "https://gazette.invalid/";

    private final Cleaner cleaner;
    private final Document.OutputSettings output;

    public HtmlCleaner() {
        Safelist safelist = Safelist.relaxed()
                .addTags("hr", "figure", "figcaption", "del", "s", "mark", "ins", "abbr", "time", "section", "small")
                .addAttributes(":all", "id", "title", "lang", "dir")
                .addAttributes("a", "class", "rel")
                .addAttributes("div", "class")
                .addAttributes("section", "class")
                .addAttributes("li", "class")
                .addAttributes("sup", "class")
                .addAttributes("code", "class")
                .addAttributes("th", "align", "scope")
                .addAttributes("td", "align")
                .addAttributes("img", "loading", "decoding")
                .addAttributes("abbr", "title")
                .addAttributes("time", "datetime")
                .addProtocols("a", "href", "#", "http", "https", "mailto", "tel")
                .addProtocols("img", "src", "http", "https")
                .preserveRelativeLinks(true);
        this.cleaner = new Cleaner(safelist);
        this.output = new Document.OutputSettings()
                .prettyPrint(false)
                .charset("UTF-8")
                .escapeMode(Entities.EscapeMode.base);
    }

    /** The cleaned body fragment. */
    public String clean(String html) {
        Document dirty = Jsoup.parseBodyFragment(html, BASE);
        Document clean = cleaner.clean(dirty);
        clean.outputSettings(output);
        return clean.body().html();
    }
}
