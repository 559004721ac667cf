package vn.gazette.transform;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import vn.gazette.config.ReaderSettings;
import vn.gazette.content.MarkdownDocument;
import vn.gazette.problem.Message;
import vn.gazette.problem.Problem;
import vn.gazette.problem.Problems;
import vn.gazette.problem.SourcePosition;

/**
 * What {@code check} finds in the pages as readers get them: images without an alt attribute, links without text,
 * heading levels that skip, ids used twice, and pages and images over the weight budget of site.yaml's
 * {@code checks:} (an image written in Markdown without alt text is already reported by every build, at its line).
 * A finding an article's body causes is reported in the article, at the Markdown line of the image, link or heading
 * (of the HTML typed into it, when it comes from there); one the theme causes is reported once per template
 * position, naming the first page by address and counting the others. Findings are warnings unless
 * {@code checks.severity: error}. A build does not run these checks; {@code check} does.
 *
 * <p>Thread-safe: rendering workers check their pages concurrently; {@link #reportTo} is called once, after them.
 */
public final class ReaderChecks {

    /**
     * The article a page shows.
     *
     * @param html     the body as it went into the page (cleaned, its links rewritten)
     * @param markdown where the Markdown wrote its links, images and headings
     */
    public record ArticleBody(String html, MarkdownDocument markdown) {
        public ArticleBody {
            Objects.requireNonNull(html, "html");
            Objects.requireNonNull(markdown, "markdown");
        }
    }

    /**
     * One published page.
     *
     * @param outputPath its path in the output ({@code the/x/index.html})
     * @param source     the article it shows, or site.yaml
     * @param template   the file of the template that made it, for findings about the whole page
     * @param locate     the template position that wrote the character at an offset of the page
     * @param article    the article's body, for an article's page
     */
    public record Page(String outputPath, byte[] html, Path source, Path template,
            IntFunction<Optional<SourcePosition>> locate, Optional<ArticleBody> article) {
        public Page {
            Objects.requireNonNull(locate, "locate");
            Objects.requireNonNull(article, "article");
        }
    }

    private final ReaderSettings.Checks settings;
    private final LinkResolver resolver;
    private final Map<String, Path> imageFiles;
    private final Map<String, String> originals;
    private final Map<String, Long> imageSizes = new ConcurrentHashMap<>();
    private final Map<String, Optional<SourcePosition>> located = new ConcurrentHashMap<>();
    private final Map<String, ThemeFinding> fromTheme = new ConcurrentHashMap<>();

    /**
     * @param basePath the site's base path, for resolving image addresses
     * @param files     the files of the site as readers get them (articles' files, the theme's static files, image
     *                  variants), by their output path: the images whose weight is checked
     * @param originals the output path of the image each variant was made from ({@code x.960w.jpg} → {@code x.jpg}),
     *                  so an image of a page is found where its article's Markdown names it
     */
    public ReaderChecks(ReaderSettings.Checks settings, String basePath, Map<String, Path> files,
            Map<String, String> originals) {
        this.settings = settings;
        this.resolver = new LinkResolver(basePath);
        this.imageFiles = Map.copyOf(files);
        this.originals = Map.copyOf(originals);
    }

    /** Checks one page. */
    public void check(Page page, Problems problems) {
        String pageUrl = LinkResolver.pageUrl(page.outputPath());
        String text = new String(page.html(), StandardCharsets.UTF_8);
        Parser parser = Parser.htmlParser().setTrackPosition(true);
        Document document = parser.parseInput(text, "");
        Origin origin = new Origin(page, text, pageUrl);
        weight(page, pageUrl, origin, problems);
        for (Element image : document.select("img")) {
            images(page, pageUrl, origin, image, problems);
        }
        for (Element link : document.select("a[href]")) {
            if (!ReaderRules.hasName(link)) {
                String href = link.attr("href");
                Optional<SourcePosition> markdown = origin.markdownLink(link, href, false);
                report(page, pageUrl, origin, link, markdown, Message.of("transform.reader.emptyLink", href),
                        Message.of("transform.reader.emptyLink.html", href),
                        Message.of("transform.reader.theme.emptyLink", href), href, problems);
            }
        }
        headings(page, pageUrl, origin, document, problems);
        ids(page, pageUrl, origin, document, problems);
    }

    private void weight(Page page, String pageUrl, Origin origin, Problems problems) {
        long bytes = page.html().length;
        if (bytes <= settings.pageBytes()) {
            return;
        }
        if (origin.bodyLength() * 2 > origin.pageLength()) {
            add(problems, SourcePosition.of(page.source()), Message.of("transform.reader.pageWeight", pageUrl,
                    kib(bytes), kib(settings.pageBytes())));
        } else {
            theme(SourcePosition.of(page.template()), "pageWeight|" + page.template(), pageUrl,
                    Message.of("transform.reader.theme.pageWeight", kib(bytes), kib(settings.pageBytes())));
        }
    }

    private void images(Page page, String pageUrl, Origin origin, Element image, Problems problems) {
        String src = image.attr("src");
        // an image written in Markdown without alt text is reported by every build, at its line (content.image.noAlt)
        if (!image.hasAttr("alt") && !(origin.inBody(image) && origin.markdownImage(src).isPresent())) {
            Message inArticle = Message.of("transform.reader.imageAlt.html", src);
            report(page, pageUrl, origin, image, Optional.empty(), inArticle, inArticle,
                    Message.of("transform.reader.theme.imageAlt", src), src, problems);
        }
        List<String> addresses = new ArrayList<>();
        if (!src.isBlank()) {
            addresses.add(src);
        }
        addresses.addAll(ReaderRules.srcset(image.attr("srcset")));
        for (String address : addresses) {
            Optional<String> path = resolver.resolve(pageUrl, address).flatMap(LinkResolver.Target::path);
            OptionalLong size = path.map(this::imageSize).orElse(OptionalLong.empty());
            if (size.isPresent() && size.getAsLong() > settings.imageBytes()) {
                Message message = Message.of("transform.reader.imageWeight", path.get(), kib(size.getAsLong()),
                        kib(settings.imageBytes()));
                report(page, pageUrl, origin, image, origin.markdownImage(src), message, message, message,
                        path.get(), problems);
            }
        }
    }

    /** Headings that skip a level (an h4 right after an h2), each at the heading that skips. */
    private void headings(Page page, String pageUrl, Origin origin, Document document, Problems problems) {
        int previous = 0;
        for (Element heading : document.select("h1, h2, h3, h4, h5, h6")) {
            int level = heading.tagName().charAt(1) - '0';
            if (previous > 0 && level > previous + 1) {
                String title = ReaderRules.shortText(ReaderRules.visibleText(heading));
                Optional<SourcePosition> markdown = origin.markdownHeading(heading);
                Message inArticle = markdown.isPresent()
                        ? Message.of("transform.reader.headingSkip", title, level, previous,
                                "#".repeat(previous + 1) + " " + title)
                        : Message.of("transform.reader.headingSkip", title, level, previous,
                                "<h" + (previous + 1) + ">");
                report(page, pageUrl, origin, heading, markdown, inArticle, inArticle,
                        Message.of("transform.reader.theme.headingSkip", level, previous, title, previous + 1),
                        "h" + level + "<h" + previous, problems);
            }
            previous = level;
        }
    }

    /** Ids used more than once: at the article's occurrences when it has some, else at the theme's second. */
    private void ids(Page page, String pageUrl, Origin origin, Document document, Problems problems) {
        Map<String, List<Element>> byId = new LinkedHashMap<>();
        for (Element element : document.select("[id]")) {
            byId.computeIfAbsent(element.id(), id -> new ArrayList<>()).add(element);
        }
        for (Map.Entry<String, List<Element>> id : byId.entrySet()) {
            List<Element> all = id.getValue();
            if (all.size() < 2) {
                continue;
            }
            List<Element> inBody = all.stream().filter(origin::inBody).toList();
            List<Element> blamed = inBody.isEmpty() ? all.subList(1, 2)
                    : inBody.size() == all.size() ? inBody.subList(1, inBody.size()) : inBody;
            for (Element element : blamed) {
                Message message = Message.of("transform.reader.duplicateId", id.getKey(), all.size());
                report(page, pageUrl, origin, element, origin.markdownHeading(element), message, message,
                        Message.of("transform.reader.theme.duplicateId", id.getKey(), all.size()), id.getKey(),
                        problems);
            }
        }
    }

    /**
     * Reports a finding where its cause is: at its Markdown position, in the article for HTML typed into it, or (for
     * the theme's) once per template position.
     */
    private void report(Page page, String pageUrl, Origin origin, Element element, Optional<SourcePosition> markdown,
            Message inMarkdown, Message inHtml, Message inTheme, String what, Problems problems) {
        if (origin.inBody(element)) {
            add(problems, markdown.or(() -> origin.typed(element)).orElse(SourcePosition.of(page.source())),
                    markdown.isPresent() ? inMarkdown : inHtml);
            return;
        }
        String key = page.template() + "|" + inTheme.key() + "|" + what;
        SourcePosition where = located.computeIfAbsent(key,
                k -> page.locate().apply(element.sourceRange().startPos()))
                .orElse(SourcePosition.of(page.template()));
        theme(where, key, pageUrl, inTheme);
    }

    private void theme(SourcePosition where, String key, String pageUrl, Message message) {
        fromTheme.computeIfAbsent(where + "|" + key, k -> new ThemeFinding(where)).add(pageUrl, message);
    }

    private OptionalLong imageSize(String path) {
        Path file = imageFiles.get(path);
        if (file == null || !ReaderRules.isImage(path)) {
            return OptionalLong.empty();
        }
        long size = imageSizes.computeIfAbsent(path, p -> {
            try {
                return Files.size(file);
            } catch (java.io.IOException e) {
                return -1L; // unreadable: the copy reports it
            }
        });
        return size < 0 ? OptionalLong.empty() : OptionalLong.of(size);
    }

    /** Adds what came from the theme: once per template position and finding, on the first page by address. */
    public void reportTo(Problems problems) {
        fromTheme.values().forEach(finding -> add(problems, finding.where, finding.message()));
    }

    private void add(Problems problems, SourcePosition where, Message message) {
        problems.add(new Problem(settings.severity(), where, LinkChecker.STAGE, message));
    }

    private static long kib(long bytes) {
        return (bytes + 1023) / 1024;
    }

    /** Which part of a page an element comes from: the article's body (and where in its Markdown), or the theme. */
    private final class Origin {
        private final Page page;
        private final String pageUrl;
        private final int pageLength;
        private final int bodyStart;
        private final int bodyEnd;
        private final Map<String, MarkdownDocument.Heading> headings = new HashMap<>();

        Origin(Page page, String text, String pageUrl) {
            this.page = page;
            this.pageUrl = pageUrl;
            this.pageLength = text.length();
            String body = page.article().map(ArticleBody::html).orElse("");
            int start = body.isEmpty() ? -1 : text.indexOf(body);
            this.bodyStart = start;
            this.bodyEnd = start < 0 ? -1 : start + body.length();
            page.article().ifPresent(a -> a.markdown().headings().forEach(h -> headings.putIfAbsent(h.id(), h)));
        }

        int pageLength() {
            return pageLength;
        }

        int bodyLength() {
            return bodyEnd - bodyStart;
        }

        boolean inBody(Element element) {
            int at = element.sourceRange().startPos();
            return bodyStart >= 0 && at >= bodyStart && at < bodyEnd;
        }

        /** The Markdown position of an image of the body: its address, or the image its variant was made from. */
        Optional<SourcePosition> markdownImage(String src) {
            if (page.article().isEmpty()) {
                return Optional.empty();
            }
            Optional<String> shown = resolver.resolve(pageUrl, src).flatMap(LinkResolver.Target::path)
                    .map(path -> originals.getOrDefault(path, path));
            return page.article().get().markdown().links().stream().filter(t -> t.image()
                    && (LinkChecker.markdownUrl(t.url()).equals(src) || shown.isPresent() && shown.equals(resolver
                            .resolve(pageUrl, LinkChecker.markdownUrl(t.url())).flatMap(LinkResolver.Target::path))))
                    .findFirst().map(t -> SourcePosition.of(page.source(), t.line(), t.column()));
        }

        /** The Markdown position of a link or image of the body with this address, as the HTML has it. */
        Optional<SourcePosition> markdownLink(Element element, String url, boolean image) {
            if (page.article().isEmpty() || element != null && !inBody(element)) {
                return Optional.empty();
            }
            return page.article().get().markdown().links().stream()
                    .filter(t -> t.image() == image && LinkChecker.markdownUrl(t.url()).equals(url)).findFirst()
                    .map(t -> SourcePosition.of(page.source(), t.line(), t.column()));
        }

        /**
         * Where the HTML an editor typed into the article holds an element: the first piece of it with the element's
         * tag and its address or id.
         */
        Optional<SourcePosition> typed(Element element) {
            if (page.article().isEmpty()) {
                return Optional.empty();
            }
            String value = element.hasAttr("src") ? element.attr("src") : element.hasAttr("href") ? element.attr("href")
                    : element.id();
            return page.article().get().markdown().rawHtml().stream()
                    .filter(raw -> raw.html().contains("<" + element.tagName()) && raw.html().contains(value))
                    .findFirst().map(raw -> SourcePosition.of(page.source(), raw.line(), raw.column()));
        }

        /** The Markdown position of a heading of the body, found by its id. */
        Optional<SourcePosition> markdownHeading(Element element) {
            if (!inBody(element)) {
                return Optional.empty();
            }
            MarkdownDocument.Heading heading = headings.get(element.id());
            return heading == null || !element.tagName().equals("h" + heading.level()) ? Optional.empty()
                    : Optional.of(SourcePosition.of(page.source(), heading.line(), heading.column()));
        }
    }

    /** One finding of the theme at one template position, and the pages it is on. */
    private static final class ThemeFinding {
        private final SourcePosition where;
        private String firstPage;
        private Message first;
        private int pages;

        ThemeFinding(SourcePosition where) {
            this.where = where;
        }

        synchronized void add(String pageUrl, Message message) {
            pages++;
            if (firstPage == null || pageUrl.compareTo(firstPage) < 0) {
                firstPage = pageUrl;
                first = message;
            }
        }

        synchronized Message message() {
            return pages == 1 ? Message.of("transform.link.on-page", firstPage, first)
                    : pages == 2 ? Message.of("transform.link.on-page.one-other", firstPage, pages - 1, first)
                    : Message.of("transform.link.on-page.others", firstPage, pages - 1, first);
        }
    }
}
