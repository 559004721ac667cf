package vn.gazette.importer;

import com.vladsch.flexmark.html2md.converter.FlexmarkHtmlConverter;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.net.URI;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jsoup.nodes.Element;
import vn.gazette.internal.Texts;
import vn.gazette.transform.HtmlCleaner;

/**
 * Turns an extracted body into the article's Markdown: images found in the capture are given stable names
 * ({@code anh-1.jpg}, in order of appearance) with their captions as alt text, links to other imported captures
 * point to the new articles' files, other links stay only when absolute http(s); then the HTML goes through the
 * same {@link HtmlCleaner} as any article's HTML and is converted with Flexmark's html2md converter. Not
 * thread-safe (one per import run).
 */
final class MarkdownMaker {

    /** The Markdown and the images to copy beside it (file name to bytes). */
    record Made(String markdown, Map<String, byte[]> images, List<String> missingImages, int captions) {
    }

    private static final String[] KEEP = {"href", "src", "alt", "title"};

    private final HtmlCleaner cleaner = new HtmlCleaner();
    private final FlexmarkHtmlConverter converter;

    MarkdownMaker() {
        MutableDataSet options = new MutableDataSet();
        options.set(FlexmarkHtmlConverter.SETEXT_HEADINGS, false);
        options.set(FlexmarkHtmlConverter.OUTPUT_ATTRIBUTES_ID, false);
        options.set(FlexmarkHtmlConverter.BR_AS_EXTRA_BLANK_LINES, false);
        options.set(FlexmarkHtmlConverter.TYPOGRAPHIC_QUOTES, false);
        options.set(FlexmarkHtmlConverter.TYPOGRAPHIC_SMARTS, false);
        this.converter = FlexmarkHtmlConverter.builder(options).build();
    }

    /**
     * @param links the relative Markdown path of the imported article a link key leads to
     */
    Made make(Element body, Capture capture, Optional<URI> page, Function<String, Optional<String>> links) {
        Map<String, byte[]> images = new java.util.LinkedHashMap<>();
        Map<String, String> byDigest = new HashMap<>();
        List<String> missing = new ArrayList<>();
        int captions = 0;
        for (Element img : body.select("img")) {
            String src = img.attr("src").strip();
            Optional<Capture.Image> image = src.isEmpty() ? Optional.empty() : capture.assets().image(src, page);
            String caption = Captions.take(img);
            if (image.isEmpty()) {
                if (!src.isEmpty()) {
                    missing.add(src);
                }
                img.remove();
                continue;
            }
            String digest = sha256(image.get().bytes());
            String name = byDigest.computeIfAbsent(digest, d -> "anh-" + (byDigest.size() + 1) + "." + image.get().extension());
            images.putIfAbsent(name, image.get().bytes());
            String alt = caption.isEmpty() ? img.attr("alt").strip() : caption;
            Element at = Captions.block(img, body);
            at.before(new Element("p").appendChild(new Element("img").attr("src", name).attr("alt", alt)));
            if (!caption.isEmpty()) {
                at.before(new Element("p").appendChild(new Element("em").text(caption)));
                captions++;
            }
            if (at != img && !at.text().isBlank()) {
                img.remove();
            } else {
                at.remove();
            }
        }
        for (Element a : body.select("a")) {
            String href = a.attr("href").strip();
            Optional<String> target = capture.assets().linkKeys(href, page).stream().map(links).flatMap(Optional::stream)
                    .findFirst();
            if (target.isPresent()) {
                a.attr("href", target.get());
            } else if (Links.resolve(Optional.empty(), href).isEmpty()) {
                a.unwrap(); // javascript:, mailto-less fragments, relative links to pages not imported
            }
        }
        for (Element e : body.select("*")) {
            e.attributes().asList().stream().map(org.jsoup.nodes.Attribute::getKey)
                    .filter(k -> !java.util.Arrays.asList(KEEP).contains(k)).toList().forEach(e::removeAttr);
        }
        body.select("span, font, center, u").unwrap();
        String html = cleaner.clean(body.html());
        return new Made(tidy(converter.convert(html)), images, missing, captions);
    }

    private static String tidy(String markdown) {
        String text = Texts.normalize(markdown).replace('\u00A0', ' ');
        StringBuilder out = new StringBuilder();
        int blank = 0;
        for (String line : text.split("\n", -1)) {
            String l = line.stripTrailing();
            if (l.isBlank()) {
                blank++;
                continue;
            }
            if (!out.isEmpty()) {
                out.append(blank > 0 ? "\n\n" : "\n");
            }
            blank = 0;
            out.append(l);
        }
        return out.append('\n').toString();
    }

    static String sha256(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            StringBuilder hex = new StringBuilder();
            for (byte b : digest) {
                hex.append(String.format("%02x", b));
            }
            return hex.toString();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
