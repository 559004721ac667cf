package vn.gazette.transform;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;

/** The small rules of {@link ReaderChecks}: what gives a link a name, what a srcset lists. Stateless. */
final class ReaderRules {

    private ReaderRules() {
    }

    /**
     * Whether a screen reader has something to say for a link: its text (what is not aria-hidden), an {@code aria-label},
     * {@code aria-labelledby} or {@code title}, or the alt text of an image inside it.
     */
    static boolean hasName(Element link) {
        if (!visibleText(link).isBlank() || !link.attr("aria-label").isBlank() || !link.attr("aria-labelledby").isBlank()
                || !link.attr("title").isBlank()) {
            return true;
        }
        for (Element image : link.select("img[alt]")) {
            if (!image.attr("alt").isBlank()) {
                return true;
            }
        }
        return !link.select("svg title").text().isBlank();
    }

    /** The addresses of a {@code srcset} ({@code a.jpg 480w, b.jpg 960w}). */
    static List<String> srcset(String srcset) {
        List<String> addresses = new ArrayList<>();
        for (String candidate : srcset.split(",")) {
            String address = candidate.strip().split("\\s+", 2)[0];
            if (!address.isEmpty()) {
                addresses.add(address);
            }
        }
        return addresses;
    }

    /** Whether a published file is an image a page shows. */
    static boolean isImage(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        return lower.endsWith(".jpg") || lower.endsWith(".jpeg") || lower.endsWith(".png") || lower.endsWith(".gif")
                || lower.endsWith(".webp") || lower.endsWith(".avif") || lower.endsWith(".svg");
    }

    /** An element's text without what assistive technology skips (a heading's "#" anchor sign). */
    static String visibleText(Element element) {
        Element copy = element.clone();
        copy.select("[aria-hidden=true]").remove();
        return copy.text();
    }

    /** A heading's text as a message quotes it: at most 60 characters. */
    static String shortText(String text) {
        String stripped = text.strip();
        return stripped.length() > 60 ? stripped.substring(0, 60) + "…" : stripped;
    }
}
