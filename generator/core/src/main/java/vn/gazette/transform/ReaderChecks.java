package vn.gazette.transform;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import vn.gazette.config.ReaderSettings;
import vn.gazette.content.MarkdownDocument;
import vn.gazette.problem.Message;
import vn.gazette.problem.Problem;
import vn.gazette.problem.Problems;
import vn.gazette.problem.SourcePosition;

/**
 * What {@code check} finds in the pages as readers get them: images without alt text, links without text, heading
 * levels that skip, ids used twice, and pages or images over the weight budget of site.yaml's {@code checks:}. A
 * finding caused by an article's Markdown is reported at its line (images and links) or in its file (headings and
 * ids, with the heading's text); one that comes from the theme is reported once, at the template, naming the first
 * page and how many pages have it. Findings are warnings unless {@code checks.severity: error}.
 *
 * <p>Thread-safe: rendering workers check their pages concurrently; {@link #report} is called once, after them.
 */
public final class ReaderChecks {

    private final ReaderSettings.Checks settings;
    private final Function<String, Path> templates;
    private final Map<String, FromTheme> fromTheme = new ConcurrentHashMap<>();

    /** @param templates the file of a template, by its name ({@code article.ftlh}), for findings from the theme */
    public ReaderChecks(ReaderSettings.Checks settings, Function<String, Path> templates) {
        this.settings = settings;
        this.templates = templates;
    }

    /**
     * Checks one page.
     *
     * @param source   the article the page shows, or the settings file for other pages
     * @param template the template that made it
     * @param body     the links and images of the article's Markdown, for an article's page
     */
    public void check(String outputPath, byte[] html, Path source, String template,
            Optional<List<MarkdownDocument.LinkTarget>> body, Problems problems) {
        String page = LinkResolver.pageUrl(outputPath);
        if (html.length > settings.pageBytes()) {
            add(problems, SourcePosition.of(body.isPresent() ? source : templates.apply(template)),
                    Message.of("transform.reader.pageWeight", page, kib(html.length), kib(settings.pageBytes())));
        }
        Document document = Jsoup.parse(new String(html, StandardCharsets.UTF_8));
        List<MarkdownDocument.LinkTarget> written = body.orElse(List.of());
        for (Element image : document.select("img:not([alt])")) {
            Optional<MarkdownDocument.LinkTarget> markdown = find(written, image.attr("src"), true);
            if (markdown.isPresent()) {
                add(problems, at(source, markdown.get()), Message.of("transform.reader.imageAlt", image.attr("src")));
            } else {
                theme(template, "imageAlt", image.attr("src"), page);
            }
        }
        for (Element link : document.select("a[href]")) {
            if (link.text().isBlank() && link.select("img[alt~=.]").isEmpty() && !link.hasAttr("aria-label")) {
                Optional<MarkdownDocument.LinkTarget> markdown = find(written, link.attr("href"), false);
                if (markdown.isPresent()) {
                    add(problems, at(source, markdown.get()), Message.of("transform.reader.emptyLink", link.attr("href")));
                } else {
                    theme(template, "emptyLink", link.attr("href"), page);
                }
            }
        }
        headings(document, page, source, template, body.isPresent(), problems);
        ids(document, page, source, template, body.isPresent(), problems);
    }

    /** The first heading of a page that skips a level (h2 then h4). */
    private void headings(Document document, String page, Path source, String template, boolean article,
            Problems problems) {
        int previous = 0;
        for (Element heading : document.select("h1, h2, h3, h4, h5, h6")) {
            int level = heading.tagName().charAt(1) - '0';
            if (previous > 0 && level > previous + 1) {
                if (article && fromMarkdown(heading)) {
                    add(problems, SourcePosition.of(source), Message.of("transform.reader.headingSkip", page,
                            heading.text(), level, previous, "#".repeat(previous + 1)));
                } else {
                    theme(template, "headingSkip", "h" + level + " < h" + previous, page);
                }
                return;
            }
            previous = level;
        }
    }

    private void ids(Document document, String page, Path source, String template, boolean article,
            Problems problems) {
        Map<String, Integer> counts = new HashMap<>();
        document.select("[id]").forEach(e -> counts.merge(e.id(), 1, Integer::sum));
        for (Map.Entry<String, Integer> id : counts.entrySet()) {
            if (id.getValue() > 1) {
                if (article && id.getKey().matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                    add(problems, SourcePosition.of(source), Message.of("transform.reader.duplicateId", page,
                            id.getKey(), id.getValue()));
                } else {
                    theme(template, "duplicateId", id.getKey(), page);
                }
            }
        }
    }

    /** A heading of an article's body: it has the id Markdown headings get (a-z, 0-9 and hyphens). */
    private static boolean fromMarkdown(Element heading) {
        return heading.id().matches("[a-z0-9]+(-[a-z0-9]+)*");
    }

    /** An image file over the budget, at its file. */
    public void image(Path file, String outputPath, long bytes, Problems problems) {
        if (bytes > settings.imageBytes()) {
            add(problems, SourcePosition.of(file), Message.of("transform.reader.imageWeight", outputPath, kib(bytes),
                    kib(settings.imageBytes())));
        }
    }

    /** Reports what came from the theme: once per template and finding, on the first page by address. */
    public void report(Problems problems) {
        List<FromTheme> found = new ArrayList<>(fromTheme.values());
        for (FromTheme finding : found) {
            add(problems, SourcePosition.of(templates.apply(finding.template)), finding.message());
        }
    }

    private void theme(String template, String kind, String what, String page) {
        fromTheme.computeIfAbsent(template + "\n" + kind + "\n" + what, k -> new FromTheme(template, kind, what))
                .add(page);
    }

    private void add(Problems problems, SourcePosition where, Message message) {
        problems.add(new Problem(settings.severity(), where, LinkChecker.STAGE, message));
    }

    private static SourcePosition at(Path source, MarkdownDocument.LinkTarget target) {
        return SourcePosition.of(source, target.line(), target.column());
    }

    private static Optional<MarkdownDocument.LinkTarget> find(List<MarkdownDocument.LinkTarget> written, String url,
            boolean image) {
        return written.stream().filter(t -> t.image() == image && LinkChecker.markdownUrl(t.url()).equals(url))
                .findFirst();
    }

    private static long kib(long bytes) {
        return (bytes + 1023) / 1024;
    }

    /** One finding of the theme and the pages it is on. */
    private static final class FromTheme {
        private final String template;
        private final String kind;
        private final String what;
        private String first;
        private int pages;

        FromTheme(String template, String kind, String what) {
            this.template = template;
            this.kind = kind;
            this.what = what;
        }

        synchronized void add(String page) {
            pages++;
            if (first == null || page.compareTo(first) < 0) {
                first = page;
            }
        }

        synchronized Message message() {
            return Message.of("transform.reader." + kind + "Theme", first, pages, what, template);
        }
    }
}
