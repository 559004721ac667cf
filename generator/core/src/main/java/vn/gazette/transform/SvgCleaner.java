package vn.gazette.transform;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.parser.Parser;

/**
 * Cleans an SVG file before it is published: opened on its own (a link to the file, a new tab), an SVG is a document
 * of the site's origin and runs its scripts there, so a pasted or downloaded drawing could act for the site. Removed:
 * {@code <script>}, {@code <foreignObject>} (it may hold HTML), {@code <iframe>}/{@code <embed>}/{@code <object>},
 * SVG Tiny's {@code <handler>}, every {@code on...} event attribute, any {@code javascript:}, {@code vbscript:} or
 * {@code data:text/html} address, references to files of other sites ({@code href}/{@code src} with a scheme or
 * {@code //}, other than {@code data:image/} pictures) and styles that load them. Links ({@code <a>}) to http(s)
 * pages, {@code #fragments} and files of the site itself (relative addresses) stay. An SVG with none of these is published byte for byte as it is. Stateless and thread-safe.
 */
public final class SvgCleaner {

    /**
     * The cleaned file and what was taken out.
     *
     * @param bytes   the SVG to publish (the input itself when nothing was removed)
     * @param removed what was removed, each as it is named in messages ({@code <script>}, {@code onload=}...),
     *                with how many times
     */
    public record Result(byte[] bytes, Map<String, Integer> removed) {
        public boolean changed() {
            return !removed.isEmpty();
        }
    }

    private static final Set<String> ELEMENTS = Set.of("script", "foreignobject", "iframe", "embed", "object",
            "handler", "listener");

    public Result clean(byte[] svg) {
        String text = new String(svg, StandardCharsets.UTF_8);
        Document document = Parser.xmlParser().parseInput(text, "");
        Map<String, Integer> removed = new TreeMap<>();
        List<Element> doomed = new ArrayList<>();
        for (Element element : document.getAllElements()) {
            String name = localName(element.tagName());
            if (ELEMENTS.contains(name)) {
                doomed.add(element);
                removed.merge("<" + element.tagName() + ">", 1, Integer::sum);
                continue;
            }
            if (name.equals("style") && loadsOutside(element.wholeText())) {
                doomed.add(element);
                removed.merge("<style> loading outside files", 1, Integer::sum);
                continue;
            }
            for (Attribute attribute : new ArrayList<>(element.attributes().asList())) {
                String why = unsafe(name, attribute);
                if (why != null) {
                    element.removeAttr(attribute.getKey());
                    removed.merge(why, 1, Integer::sum);
                }
            }
        }
        if (removed.isEmpty()) {
            return new Result(svg, Map.of());
        }
        doomed.forEach(Element::remove);
        document.outputSettings().syntax(Document.OutputSettings.Syntax.xml).escapeMode(Entities.EscapeMode.xhtml)
                .prettyPrint(false).charset(StandardCharsets.UTF_8);
        return new Result(document.outerHtml().getBytes(StandardCharsets.UTF_8), Map.copyOf(removed));
    }

    /** What was removed, for a message: {@code <script> (2), onload= (1)}. */
    public static String describe(Map<String, Integer> removed) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(removed).forEach((what, count) -> text.append(text.length() == 0 ? "" : ", ").append(what)
                .append(" (").append(count).append(')'));
        return text.toString();
    }

    /** Why an attribute goes, as messages name it; null when it stays. */
    private static String unsafe(String element, Attribute attribute) {
        String key = localName(attribute.getKey());
        String value = attribute.getValue().replaceAll("[\\u0000-\\u0020]", "").toLowerCase(Locale.ROOT);
        if (key.startsWith("on")) {
            return attribute.getKey() + "=";
        }
        if (value.startsWith("javascript:") || value.startsWith("vbscript:") || value.startsWith("data:text/html")) {
            return value.substring(0, value.indexOf(':') + 1) + " address";
        }
        if (key.equals("href") || key.equals("src")) {
            boolean outside = value.startsWith("//") || value.matches("[a-z][a-z0-9+.-]*:.*");
            boolean link = element.equals("a") && value.matches("(https?|mailto):.*");
            if (outside && !link && !value.startsWith("data:image/")) {
                return "reference to an outside file (" + attribute.getKey() + "=)";
            }
        }
        if (key.equals("style") && loadsOutside(value)) {
            return "style loading outside files";
        }
        return null;
    }

    private static boolean loadsOutside(String css) {
        String lower = css.toLowerCase(Locale.ROOT).replaceAll("\\s", "");
        return lower.contains("@import") || lower.matches("(?s).*url\\(['\"]?(//|(?!data:image/)[a-z][a-z0-9+.-]*:).*");
    }

    private static String localName(String name) {
        int colon = name.indexOf(':');
        return (colon < 0 ? name : name.substring(colon + 1)).toLowerCase(Locale.ROOT);
    }
}
