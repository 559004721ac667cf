package vn.gazette.transform;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.parser.Parser;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import vn.gazette.content.MarkdownDocument;
import vn.gazette.problem.Message;
import vn.gazette.problem.Problems;

/**
 * Cleans HTML that editors wrote inside Markdown, with a jsoup safelist: scripts, styles, frames, forms, event
 * handlers and {@code javascript:}, {@code vbscript:} or {@code data:} URLs are removed; what a news article
 * needs (tables, figures, captions, quotes, marked and struck text, footnotes, heading anchors, task lists) stays.
 * Nothing is removed silently: each element or attribute taken out is a warning at the line it was written on
 * (see {@link RemovalPositions}).
 *
 * <p>Relative links are kept as written (jsoup 1.15.3 or later is required for that to be safe). The cleaner is
 * built once and shared: jsoup's {@code Cleaner} is thread-safe once its safelist is set up.
 */
public final class HtmlCleaner {

    public static final String STAGE = "transform";

    private static final String BASE = "https://gazette.invalid/";

    private final Safelist safelist;
    private final Cleaner cleaner;
    private final Document.OutputSettings output;

    public HtmlCleaner() {
        this.safelist = Safelist.relaxed()
                .addTags("hr", "figure", "figcaption", "del", "s", "mark", "ins", "abbr", "time", "section", "small",
                        "input")
                .addAttributes(":all", "id", "title", "lang", "dir")
                .addAttributes("a", "class", "rel", "aria-labelledby")
                .addAttributes("div", "class")
                .addAttributes("section", "class")
                .addAttributes("ul", "class")
                .addAttributes("li", "class")
                .addAttributes("p", "class")
                .addAttributes("sup", "class")
                .addAttributes("code", "class")
                .addAttributes("span", "aria-hidden")
                .addAttributes("th", "align", "scope", "class")
                .addAttributes("td", "align", "class")
                .addAttributes("img", "loading", "decoding")
                .addAttributes("input", "type", "class", "checked", "disabled", "readonly")
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
        clean.body().select("input").forEach(input -> {
            if (isControl(input)) {
                input.remove();
            } else {
                input.attr("disabled", "");
            }
        });
        return clean.body().html();
    }

    /**
     * The cleaned body of an article, with a warning for every element and attribute removed, at the line of the
     * article where it was written.
     */
    public String clean(MarkdownDocument body, Path file, int firstLine, Problems problems) {
        String html = body.html();
        Parser parser = Parser.htmlParser().setTrackPosition(true);
        Document dirty = Jsoup.parse(html, BASE, parser);
        RemovalPositions positions = new RemovalPositions(html, body, file, firstLine);
        for (Element element : dirty.body().getAllElements()) {
            if (element == dirty.body()) {
                continue;
            }
            String tag = element.normalName();
            if (!safelist.isSafeTag(tag) || isControl(element)) {
                problems.warning(positions.of(element.sourceRange().startPos(), ""), STAGE, isFrame(tag)
                        ? Message.of("transform.clean.frame", tag) : Message.of("transform.clean.element", tag));
                continue;
            }
            for (Attribute attribute : List.copyOf(element.attributes().asList())) {
                if (!safelist.isSafeAttribute(tag, element, attribute)) {
                    String name = attribute.getKey();
                    problems.warning(positions.of(element.sourceRange().startPos(), attribute.getValue()), STAGE,
                            isUrl(name) ? Message.of("transform.clean.url", name, tag, shorten(attribute.getValue()))
                                    : Message.of("transform.clean.attribute", name, tag));
                }
            }
        }
        return clean(html);
    }

    /** A form control: only the disabled checkboxes of task lists may stay. */
    private static boolean isControl(Element element) {
        return element.normalName().equals("input") && !element.attr("type").equalsIgnoreCase("checkbox");
    }

    private static boolean isFrame(String tag) {
        return tag.equals("iframe") || tag.equals("embed") || tag.equals("object") || tag.equals("video")
                || tag.equals("audio") || tag.equals("frame");
    }

    private static boolean isUrl(String attribute) {
        return attribute.equals("href") || attribute.equals("src");
    }

    private static String shorten(String value) {
        String oneLine = value.replaceAll("\\s+", " ").strip();
        return oneLine.length() > 60 ? oneLine.substring(0, 57) + "..." : oneLine;
    }
}
