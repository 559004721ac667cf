package vn.gazette.transform;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import vn.gazette.config.SiteConfig;
import vn.gazette.content.MarkdownDocument;
import vn.gazette.image.ImageStage;
import vn.gazette.image.Picture;
import vn.gazette.problem.Message;
import vn.gazette.problem.Problems;
import vn.gazette.problem.SourcePosition;

/**
 * Gives an article body's pictures, videos, embeds and table of contents their final markup, after cleaning:
 * every published image gets its variants as {@code srcset}, {@code sizes}, {@code width} and {@code height} (no
 * layout shift) and loads lazily; an image with a title becomes a {@code <figure>} with the title as caption; a local
 * {@code .mp4} or {@code .webm} becomes a {@code <video controls>} with its poster; a paragraph holding only a link
 * to an allow-listed provider becomes a click-to-load facade (nothing is requested from the provider before the
 * click); a {@code [TOC]} line, or {@code toc: true}, becomes the list of the body's headings.
 * Immutable and thread-safe.
 */
public final class MediaMarkup {

    /** The width body images are shown at, at most (the theme's measure), for {@code sizes}. */
    public static final String SIZES = "(max-width: 42rem) calc(100vw - 2rem), 40rem";

    private final SiteConfig config;
    private final ImageStage.Pictures pictures;
    private final Map<String, String> messages;
    private final Embeds embeds;
    private final LinkResolver resolver;
    private final Document.OutputSettings output = new Document.OutputSettings().prettyPrint(false).charset("UTF-8")
            .escapeMode(Entities.EscapeMode.base);

    /** @param messages the theme's UI strings in the site's language (button and note of embeds, the TOC heading) */
    public MediaMarkup(SiteConfig config, ImageStage.Pictures pictures, Map<String, String> messages) {
        this.config = config;
        this.pictures = pictures;
        this.messages = Map.copyOf(messages);
        this.embeds = new Embeds(config.embeds());
        this.resolver = new LinkResolver(config.basePath());
    }

    /** What the body has that the page needs to know of. */
    public record Result(String html, boolean embeds) {
    }

    /**
     * @param pageUrl the article's site path ({@code /articles/2023/x/}), which relative references start from
     * @param toc     whether the front matter asks for a table of contents
     */
    public Result apply(String pageUrl, String html, boolean toc) {
        if (!toc && !html.contains("<img") && !html.contains("<p><a ") && !html.contains("[TOC]")) {
            return new Result(html, false);
        }
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings(output);
        Element body = document.body();
        boolean changed = false;
        for (Element img : new ArrayList<>(body.select("img"))) {
            changed |= image(pageUrl, img);
        }
        boolean embedded = false;
        for (Element paragraph : new ArrayList<>(body.select("p"))) {
            embedded |= embed(paragraph);
        }
        changed |= contents(body, toc);
        // a body with nothing to change is kept byte for byte as the converter wrote it
        return new Result(changed || embedded ? body.html() : html, embedded);
    }

    /** @return whether the image was changed */
    private boolean image(String pageUrl, Element img) {
        Optional<String> path = resolver.resolve(pageUrl, img.attr("src")).flatMap(LinkResolver.Target::path);
        if (path.isPresent() && isVideo(path.get())) {
            video(img, path.get());
            return true;
        }
        Optional<Picture> picture = path.flatMap(pictures::get);
        picture.ifPresent(p -> describe(img, p, true));
        String title = img.attr("title");
        Element parent = img.parent();
        if (!title.isBlank() && parent != null && parent.tagName().equals("p") && onlyChild(parent, img)) {
            img.removeAttr("title");
            Element figure = new Element("figure").addClass("figure");
            figure.appendChild(img.clone());
            figure.appendElement("figcaption").text(title);
            parent.replaceWith(figure);
            return true;
        }
        return picture.isPresent();
    }

    /** Sets the attributes of a published picture on an {@code <img>}. */
    void describe(Element img, Picture picture, boolean lazy) {
        Picture.Variant shown = picture.atLeast(960);
        img.attr("src", config.link("/" + shown.outputPath()));
        img.attr("srcset", srcset(picture));
        img.attr("sizes", SIZES);
        img.attr("width", String.valueOf(picture.width()));
        img.attr("height", String.valueOf(picture.height()));
        if (lazy) {
            img.attr("loading", "lazy");
            img.attr("decoding", "async");
        }
    }

    private String srcset(Picture picture) {
        return picture.srcset(path -> config.link("/" + path));
    }

    private static boolean isVideo(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        return lower.endsWith(".mp4") || lower.endsWith(".webm");
    }

    private void video(Element img, String path) {
        Element video = new Element("video").attr("controls", "").attr("preload", "none");
        String base = path.substring(0, path.lastIndexOf('.'));
        for (String poster : List.of(base + ".jpg", base + ".jpeg", base + ".png")) {
            Optional<Picture> picture = pictures.get(poster);
            if (picture.isPresent()) {
                video.attr("poster", config.link("/" + picture.get().atLeast(960).outputPath()));
                video.attr("width", String.valueOf(picture.get().width()));
                video.attr("height", String.valueOf(picture.get().height()));
                break;
            }
        }
        String type = path.toLowerCase(Locale.ROOT).endsWith(".webm") ? "video/webm" : "video/mp4";
        video.appendElement("source").attr("src", config.link("/" + path)).attr("type", type);
        String label = img.attr("alt").isBlank() ? text("video.download") : img.attr("alt");
        video.appendElement("a").attr("href", config.link("/" + path)).text(label);
        if (!img.attr("alt").isBlank()) {
            video.attr("aria-label", img.attr("alt"));
        }
        String title = img.attr("title");
        Element parent = img.parent();
        if (parent != null && parent.tagName().equals("p") && onlyChild(parent, img)) {
            Element figure = new Element("figure").addClass("figure").addClass("video");
            figure.appendChild(video);
            if (!title.isBlank()) {
                figure.appendElement("figcaption").text(title);
            }
            parent.replaceWith(figure);
        } else {
            img.replaceWith(video);
        }
    }

    /** A paragraph that is only a link to an allow-listed provider becomes a facade; true if it did. */
    private boolean embed(Element paragraph) {
        if (paragraph.childrenSize() != 1 || !paragraph.child(0).tagName().equals("a")
                || !onlyChild(paragraph, paragraph.child(0))) {
            return false;
        }
        Element link = paragraph.child(0);
        Optional<Embeds.Embed> embed = embeds.of(link.attr("href").strip());
        if (embed.isEmpty()) {
            return false;
        }
        Embeds.Embed e = embed.get();
        String label = link.text().equals(link.attr("href")) ? "" : link.text();
        Element figure = new Element("figure").addClass("embed").addClass("embed-" + e.kind())
                .addClass(e.video() ? "embed-video" : "embed-map");
        Element open = figure.appendElement("a").addClass("embed-open").attr("href", link.attr("href").strip())
                .attr("data-embed", e.player()).attr("rel", "noopener");
        if (!label.isEmpty()) {
            open.attr("data-title", label);
        }
        open.appendElement("span").addClass("embed-label").text(text(e.video() ? "embed.play" : "embed.map")
                .replace("{provider}", e.provider()));
        open.appendElement("span").addClass("embed-note").text(text("embed.note").replace("{provider}", e.provider()));
        if (!label.isEmpty()) {
            figure.appendElement("figcaption").text(label);
        }
        paragraph.replaceWith(figure);
        return true;
    }

    /** The table of contents, at a {@code [TOC]} line or, with {@code toc: true}, before the body; true if made. */
    private boolean contents(Element body, boolean toc) {
        Optional<Element> marker = body.select("p").stream().filter(p -> p.text().strip().equals("[TOC]")
                && p.children().isEmpty()).findFirst();
        if (!toc && marker.isEmpty()) {
            return false;
        }
        Element nav = new Element("nav").addClass("toc").attr("aria-labelledby", "toc-heading");
        nav.appendElement("h2").attr("id", "toc-heading").text(text("toc.title"));
        Element list = nav.appendElement("ol");
        Element sublist = null;
        for (Element heading : body.select("h2[id], h3[id]")) {
            Element words = heading.clone();
            words.select("a.anchor").remove();
            Element item = new Element("li");
            item.appendElement("a").attr("href", "#" + heading.id()).text(words.text().strip());
            if (heading.tagName().equals("h3") && list.childrenSize() > 0) {
                if (sublist == null) {
                    sublist = list.child(list.childrenSize() - 1).appendElement("ol");
                }
                sublist.appendChild(item);
            } else {
                list.appendChild(item);
                sublist = null;
            }
        }
        if (marker.isPresent()) {
            marker.get().replaceWith(nav);
        } else {
            body.prependChild(nav);
        }
        return true;
    }

    private static boolean onlyChild(Element parent, Element child) {
        for (Node node : parent.childNodes()) {
            if (node != child && !(node instanceof TextNode text && text.isBlank())) {
                return false;
            }
        }
        return true;
    }

    /** Each image of an article's Markdown written without alt text is a warning at its line. */
    public static void reportMissingAlt(java.nio.file.Path file, List<MarkdownDocument.LinkTarget> links,
            Problems problems) {
        for (MarkdownDocument.LinkTarget link : links) {
            if (link.noAlt()) {
                problems.warning(SourcePosition.of(file, link.line(), link.column()), "content",
                        Message.of("content.image.noAlt", link.url()));
            }
        }
    }

    private String text(String key) {
        return messages.getOrDefault(key, key);
    }
}
