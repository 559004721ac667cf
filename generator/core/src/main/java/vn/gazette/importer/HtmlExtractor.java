package vn.gazette.importer;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import vn.gazette.importer.Finding.Confidence;

/**
 * Takes the article out of a captured HTML page: a recipe's selectors when one applies, else a readability-style
 * scoring of the page's blocks ({@link MainContent}); the heading, metadata dates, byline and keywords beside it.
 * Stateless and thread-safe.
 */
final class HtmlExtractor {

    private static final Pattern LD_DATE = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]{6,40})\"");
    private static final Pattern TITLE_SPLIT = Pattern.compile("\\s+[|\\-–—:»]\\s+");
    private static final String DATE_CLASSES = "[class~=(?i)(date|time|ngay|publish|post-?info|meta|thoi-?gian)],"
            + "[id~=(?i)(date|time|ngay|publish)]";
    private static final String AUTHOR_CLASSES = "[class~=(?i)(author|byline|tac-?gia|but-?danh)],"
            + "[itemprop=author], [rel=author]";

    private final List<Recipe> recipes;

    HtmlExtractor(List<Recipe> recipes) {
        this.recipes = List.copyOf(recipes);
    }

    Extracted extract(Document page, Optional<URI> url) {
        Optional<URI> canonical = canonical(page, url);
        Optional<String> host = url.or(() -> canonical).map(URI::getHost);
        Finding<String> metaDate = metaDate(page);
        List<String> tags = keywords(page);
        Optional<Recipe> recipe = recipes.stream().filter(r -> r.appliesTo(page, host)).findFirst();
        Finding<String> author = first(page, recipe.flatMap(Recipe::author), Confidence.HIGH, "recipe")
                .or(() -> meta(page, "meta[name=author]", Confidence.MEDIUM))
                .or(() -> first(page, Optional.of(AUTHOR_CLASSES), Confidence.MEDIUM, "byline element"));
        List<String> dateTexts = new ArrayList<>();
        recipe.flatMap(Recipe::date).ifPresent(css -> page.select(css).forEach(e -> dateTexts.add(e.text())));
        Element body = recipe.flatMap(Recipe::body).flatMap(css -> firstOf(page, css)).map(Element::clone)
                .map(b -> {
                    recipe.get().remove().forEach(css -> b.select(css).remove());
                    recipe.get().title().ifPresent(css -> b.select(css).remove());
                    recipe.get().date().ifPresent(css -> b.select(css).remove());
                    return b;
                })
                .orElseGet(() -> MainContent.find(page));
        Finding<String> title = first(page, recipe.flatMap(Recipe::title), Confidence.HIGH, "recipe")
                .or(() -> heading(page, body));
        page.select(DATE_CLASSES).stream().map(Element::text).filter(t -> t.length() <= 160).limit(12)
                .forEach(dateTexts::add);
        MainContent.clean(body);
        title.value().ifPresent(t -> removeHeading(body, t));
        if (!author.found()) {
            author = Bylines.trailing(body);
        } else {
            String name = author.value().get();
            body.select(AUTHOR_CLASSES).remove();
            Bylines.removeTrailing(body, name);
        }
        return new Extracted(title, body, metaDate, dateTexts, author.map(Bylines::clean), tags, canonical,
                recipe.map(Recipe::name));
    }

    /** The first element of the first alternative of a selector group that finds one: "a, b" prefers a. */
    static Optional<Element> firstOf(Document page, String css) {
        for (String alternative : css.split(",(?![^\\[]*\\])")) {
            Element e = page.selectFirst(alternative.strip());
            if (e != null) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    private static Finding<String> first(Document page, Optional<String> css, Confidence confidence, String how) {
        return css.flatMap(c -> firstOf(page, c)).map(Element::text).map(String::strip).filter(t -> !t.isEmpty())
                .map(t -> Finding.of(t, confidence, how)).orElseGet(Finding::none);
    }

    private static Finding<String> meta(Document page, String css, Confidence confidence) {
        return Optional.ofNullable(page.selectFirst(css)).map(e -> e.attr("content").strip()).filter(t -> !t.isEmpty())
                .map(t -> Finding.of(t, confidence, css)).orElseGet(Finding::none);
    }

    /** The article's heading: the h1 that the page title contains, else the first heading above the body. */
    private static Finding<String> heading(Document page, Element body) {
        String pageTitle = meta(page, "meta[property=og:title]", Confidence.MEDIUM).value()
                .orElse(page.title()).strip();
        Elements headings = page.select("h1, h2, h3, [class~=(?i)(title|tieu-?de)]");
        for (Element h : headings) {
            String text = h.text().strip();
            if (text.length() >= 12 && !pageTitle.isEmpty() && pageTitle.contains(text)) {
                return Finding.of(text, Confidence.HIGH, h.tagName() + " in the page title");
            }
        }
        for (Element h : page.select("h1")) {
            if (h.text().strip().length() >= 12) {
                return Finding.of(h.text().strip(), Confidence.MEDIUM, "h1");
            }
        }
        for (Element h : page.select("[class~=(?i)(title|tieu-?de)], h2")) {
            String text = h.text().strip();
            if (text.length() >= 12 && text.length() <= 300 && h.select("a").text().length() < text.length() / 2) {
                return Finding.of(text, Confidence.MEDIUM, h.tagName() + "." + h.className());
            }
        }
        Element inBody = body.selectFirst("h1, h2");
        if (inBody != null && inBody.text().strip().length() >= 12) {
            return Finding.of(inBody.text().strip(), Confidence.MEDIUM, inBody.tagName());
        }
        if (!pageTitle.isEmpty()) {
            String longest = "";
            for (String part : TITLE_SPLIT.split(pageTitle)) {
                longest = part.length() > longest.length() ? part : longest;
            }
            return Finding.of(longest.strip(), Confidence.LOW, "<title> without the portal's name");
        }
        return Finding.none();
    }

    private static void removeHeading(Element body, String title) {
        for (Element h : body.select("h1, h2, h3, p, div")) {
            if (h.text().strip().equals(title) && h.children().select("img").isEmpty()) {
                h.remove();
                return;
            }
        }
    }

    private static Finding<String> metaDate(Document page) {
        for (String css : List.of("meta[property=article:published_time]", "meta[property=og:published_time]",
                "meta[itemprop=datePublished]", "meta[name=pubdate]", "meta[name=publishdate]",
                "meta[name=DC.date.issued]", "meta[name=date]")) {
            Finding<String> found = meta(page, css, Confidence.HIGH);
            if (found.found()) {
                return found;
            }
        }
        for (Element script : page.select("script[type=application/ld+json]")) {
            Matcher m = LD_DATE.matcher(script.data());
            if (m.find()) {
                return Finding.of(m.group(1), Confidence.HIGH, "JSON-LD datePublished");
            }
        }
        Element time = page.selectFirst("article time[datetime], time[datetime][pubdate], time[datetime]");
        if (time != null && !time.attr("datetime").isBlank()) {
            return Finding.of(time.attr("datetime").strip(), Confidence.HIGH, "<time datetime>");
        }
        return Finding.none();
    }

    private static List<String> keywords(Document page) {
        Element meta = page.selectFirst("meta[name=keywords], meta[name=news_keywords]");
        if (meta == null) {
            return List.of();
        }
        LinkedHashSet<String> tags = new LinkedHashSet<>();
        for (String word : meta.attr("content").split("[,;]")) {
            String tag = word.strip();
            if (tag.length() >= 2 && tag.length() <= 60 && tags.size() < 10) {
                tags.add(tag);
            }
        }
        return List.copyOf(tags);
    }

    private static Optional<URI> canonical(Document page, Optional<URI> url) {
        Element link = page.selectFirst("link[rel=canonical][href], meta[property=og:url][content]");
        if (link == null) {
            return Optional.empty();
        }
        String href = link.hasAttr("href") ? link.attr("href") : link.attr("content");
        return Links.resolve(url, href);
    }
}
