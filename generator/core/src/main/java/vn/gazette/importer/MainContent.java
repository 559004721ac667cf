package vn.gazette.importer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the main content of a page the way Readability does, written for jsoup and for Vietnamese portals: blocks of
 * text score by length and commas, the score goes to their parent and half to their grandparent, class names such
 * as {@code menu}, {@code footer}, {@code tin-lien-quan} weigh against a block and {@code noi-dung},
 * {@code article}, {@code content} for it, and link-heavy blocks lose. The best block and its good siblings are
 * the article. Related-news lists after the article ("Tin liên quan", "Tin khác") are cut. Stateless, thread-safe.
 */
final class MainContent {

    private static final String NEVER = "script, style, noscript, iframe, frame, frameset, object, embed, applet, form,"
            + " input, button, select, textarea, nav, header, footer, aside, svg, math, template, link, meta, base";
    private static final Pattern UNLIKELY = Pattern.compile("(?i)(menu|nav|footer|header|sidebar|side-?bar|banner|"
            + "breadcrumb|advert|quang-?cao|social|share|chia-?se|comment|binh-?luan|related|lien-?quan|tin-?khac|"
            + "other-?news|most-?read|doc-?nhieu|widget|login|dang-?nhap|search|tim-?kiem|thong-?ke|counter|"
            + "popup|modal|cookie|print|tags?\\b|skip)");
    private static final Pattern LIKELY = Pattern.compile("(?i)(article|content|noi-?dung|main|body|entry|"
            + "post|news-?detail|chi-?tiet|detail|story|text)");
    /** Headings that start a list of other articles after the article itself. */
    static final Pattern RELATED = Pattern.compile("(?iu)^\\s*(tin liên quan|tin khác|các tin khác|bài liên quan|"
            + "bài viết liên quan|tin cùng chuyên mục|xem thêm|tin mới|tin mới nhất|tin đã đưa|các tin đã đưa|"
            + "đọc thêm|related news|tin bài khác|cùng chuyên mục)\\s*:?\\s*$");
    private static final int MAX_DEPTH = 60;

    private MainContent() {
    }

    /** The article's content, detached from the page (which is left unchanged). */
    static Element find(Document page) {
        Element body = page.body().clone();
        body.select(NEVER).remove();
        removeComments(body);
        for (Element e : body.select("*")) {
            String names = e.className() + " " + e.id();
            if (e.parent() != null && UNLIKELY.matcher(names).find() && !LIKELY.matcher(names).find()
                    && e.select("p").size() < 3) {
                e.remove();
            }
        }
        Map<Element, Double> scores = new HashMap<>();
        for (Element block : body.select("p, td, pre, blockquote, div, li")) {
            String own = block.tagName().equals("div") || block.tagName().equals("td") || block.tagName().equals("li")
                    ? block.ownText() : block.text();
            if (own.length() < 25) {
                continue;
            }
            double score = 1 + commas(own) + Math.min(3, own.length() / 100.0);
            Element parent = block.tagName().equals("div") ? block : block.parent();
            if (parent == null) {
                continue;
            }
            scores.merge(parent, score + weight(parent), (a, b) -> a + score);
            Element grand = parent.parent();
            if (grand != null) {
                scores.merge(grand, score / 2 + weight(grand), (a, b) -> a + score / 2);
            }
        }
        Element best = body;
        double bestScore = 0;
        for (Map.Entry<Element, Double> e : scores.entrySet()) {
            double s = e.getValue() * (1 - linkDensity(e.getKey()));
            if (s > bestScore || s == bestScore && best != body && e.getKey().siblingIndex() < best.siblingIndex()) {
                best = e.getKey();
                bestScore = s;
            }
        }
        return withSiblings(best, bestScore, scores);
    }

    private static Element withSiblings(Element best, double bestScore, Map<Element, Double> scores) {
        Element article = new Element("div");
        if (best.parent() == null || best.tagName().equals("body")) {
            best.childNodes().forEach(n -> article.appendChild(n.clone()));
            return article;
        }
        double threshold = Math.max(10, bestScore * 0.2);
        for (Element sibling : best.parent().children()) {
            boolean keep = sibling == best || scores.getOrDefault(sibling, 0.0) * (1 - linkDensity(sibling)) >= threshold
                    || sibling.text().length() > 80 && linkDensity(sibling) < 0.25
                    && !UNLIKELY.matcher(sibling.className() + " " + sibling.id()).find();
            if (keep) {
                article.appendChild(sibling.clone());
            }
        }
        return article;
    }

    /** Removes what must never reach an article, and the related-news lists and link farms inside the content. */
    static void clean(Element content) {
        content.select(NEVER).remove();
        removeComments(content);
        cutRelated(content);
        for (Element e : content.select("div, ul, ol, table, section, p")) {
            if (e.parent() == null) {
                continue;
            }
            String names = e.className() + " " + e.id();
            boolean unlikely = UNLIKELY.matcher(names).find() && !LIKELY.matcher(names).find();
            double limit = e.tagName().equals("p") ? 0.8 : 0.5;
            boolean linkFarm = linkDensity(e) > limit && e.select("img").isEmpty() && e.text().length() < 400;
            if (unlikely || linkFarm && !e.text().isBlank()) {
                e.remove();
            }
        }
        flatten(content);
    }

    /** Removes a related-news heading and everything after it in its parent. */
    private static void cutRelated(Element content) {
        for (Element e : content.select("*")) {
            if (e.parent() == null || !RELATED.matcher(e.text()).matches() || !e.select("img").isEmpty()) {
                continue;
            }
            Element start = e;
            while (start.parent() != null && start.parent() != content && start.parent().text().strip()
                    .equals(e.text().strip())) {
                start = start.parent();
            }
            List<Element> after = start.nextElementSiblings();
            after.forEach(Element::remove);
            start.remove();
        }
    }

    /** Unwraps elements nested deeper than any article needs, so later steps cannot recurse too deep. */
    private static void flatten(Element content) {
        for (Element e : content.select("*")) {
            if (e.parent() != null && depth(e, content) > MAX_DEPTH) {
                e.unwrap();
            }
        }
    }

    private static int depth(Element e, Element root) {
        int depth = 0;
        for (Element p = e; p != null && p != root; p = p.parent()) {
            depth++;
        }
        return depth;
    }

    private static void removeComments(Element root) {
        List<Node> comments = new java.util.ArrayList<>();
        NodeTraversor.traverse((NodeVisitor) (node, depth) -> {
            if (node instanceof Comment) {
                comments.add(node);
            }
        }, root);
        comments.forEach(Node::remove);
    }

    private static double weight(Element e) {
        String names = e.className() + " " + e.id();
        double w = 0;
        if (LIKELY.matcher(names).find()) {
            w += 25;
        }
        if (UNLIKELY.matcher(names).find()) {
            w -= 25;
        }
        if (e.tagName().equals("article")) {
            w += 10;
        }
        return w;
    }

    private static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == ',' || text.charAt(i) == '،') {
                n++;
            }
        }
        return n;
    }

    static double linkDensity(Element e) {
        int total = e.text().length();
        if (total == 0) {
            return 0;
        }
        int links = 0;
        for (Element a : e.select("a")) {
            links += a.text().length();
        }
        return Math.min(1, links / (double) total);
    }

    static boolean isText(Node n) {
        return n instanceof TextNode t && !t.isBlank();
    }
}
