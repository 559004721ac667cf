package vn.gazette.importer;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Finds an image's caption in the shapes portals write it: {@code <figure><figcaption>}, a table holding the image
 * and a caption cell, or the short emphasised or caption-classed paragraph right after the image. The caption is
 * taken out of the page, so that it is written once, as the image's alt text and the line below it.
 * Stateless and thread-safe.
 */
final class Captions {

    private static final Pattern CAPTION_CLASS = Pattern.compile("(?i)(caption|chu-?thich|image-?desc|img-?desc|note)");
    private static final int MAX = 300;

    private Captions() {
    }

    /** The caption of {@code img}, removed from the page; empty when it has none. */
    static String take(Element img) {
        Element figure = img.closest("figure");
        if (figure != null) {
            Element caption = figure.selectFirst("figcaption");
            return caption == null ? "" : removed(caption);
        }
        Element table = img.closest("table");
        if (table != null && table.text().length() <= MAX) {
            Element cell = img.closest("td, th");
            for (Element other : table.select("td, th, caption")) {
                if (other != cell && !other.text().isBlank() && other.select("img").isEmpty()) {
                    return removed(other);
                }
            }
        }
        Element block = img.closest("p, div");
        Element next = block == null ? img.nextElementSibling() : block.nextElementSibling();
        if (next != null && next.text().length() <= MAX && !next.text().isBlank() && next.select("img").isEmpty()) {
            boolean emphasised = next.children().size() == 1 && next.child(0).tagName().matches("em|i|strong|b")
                    && next.child(0).text().equals(next.text());
            if (emphasised || next.tagName().matches("em|i|figcaption")
                    || CAPTION_CLASS.matcher(next.className()).find()) {
                return removed(next);
            }
        }
        return "";
    }

    /** The element to put the image in place of: its figure, its table, or its paragraph. */
    static Element block(Element img, Element body) {
        Element block = img.closest("figure, table, p");
        return block != null && block != body && block.text().length() <= MAX ? block : img;
    }

    private static String removed(Element caption) {
        String text = caption.text().strip();
        caption.remove();
        return text;
    }
}
