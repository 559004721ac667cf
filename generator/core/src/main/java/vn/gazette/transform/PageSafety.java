package vn.gazette.transform;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;
import vn.gazette.problem.Message;
import vn.gazette.problem.Problem;
import vn.gazette.problem.Problems;
import vn.gazette.problem.SourcePosition;

/**
 * The last safety pass over every rendered page, defence in depth behind the body cleaner and the templates'
 * escaping: a page that holds an event-handler attribute, a {@code javascript:}/{@code vbscript:} URL, or a
 * {@code <script>} that is neither JSON-LD, nor a script file of the theme's static folder, nor the statistics script
 * site.yaml declares ({@code analytics:}) fails the build. It runs in
 * the link check's scan of the page ({@link LinkScanner}), so it costs no second pass; sites that set
 * {@code rawHtml: allow} trust their editors and theme, and are not checked. Each finding is reported once per
 * template position (where the theme printed it) and kind, naming the first page by address and counting the others.
 * Thread-safe.
 */
public final class PageSafety {

    /**
     * One piece of unsafe markup in a page.
     *
     * @param offset where it is in the page's text (characters), for finding the template position that wrote it
     * @param what   the kind
     * @param text   what was found, for the message: the attribute's name, the URL's start, the script's address
     */
    public record Finding(int offset, LinkScanner.Unsafe what, String text) {
    }

    private final boolean enabled;
    private final Path contentRoot;
    private final Set<String> themeFiles;
    private final Set<String> siteScripts;
    private final LinkResolver resolver;
    private final Map<String, Report> reports = new ConcurrentHashMap<>();

    /**
     * @param enabled    false for a site with {@code rawHtml: allow}
     * @param themeFiles the output paths of the theme's static files: a script loaded from one of them is the theme's
     * @param basePath   the site's base path, for resolving script addresses
     * @param contentRoot the content folder, for naming the article a page was made from
     */
    public PageSafety(boolean enabled, Set<String> themeFiles, String basePath, Path contentRoot) {
        this(enabled, themeFiles, Set.of(), basePath, contentRoot);
    }

    /** @param siteScripts script addresses the site's settings declare, exactly as the pages print them */
    public PageSafety(boolean enabled, Set<String> themeFiles, Set<String> siteScripts, String basePath,
            Path contentRoot) {
        this.enabled = enabled;
        this.siteScripts = Set.copyOf(siteScripts);
        this.contentRoot = contentRoot.toAbsolutePath().normalize();
        this.themeFiles = Set.copyOf(themeFiles);
        this.resolver = new LinkResolver(basePath);
    }

    /** A pass that finds nothing, for sites that allow raw HTML. */
    public static PageSafety off() {
        return new PageSafety(false, Set.of(), "/", Path.of(""));
    }

    /** Turns what the scanner saw into a finding, or nothing when it is allowed; called from the link check's scan. */
    Optional<Finding> look(String pageUrl, byte[] html, LinkScanner.Unsafe what, int at, int start, int end) {
        if (!enabled) {
            return Optional.empty();
        }
        String text = LinkScanner.value(html, start, end);
        if (what == LinkScanner.Unsafe.SCRIPT && start < end) {
            if (siteScripts.contains(text)) {
                return Optional.empty();
            }
            Optional<LinkResolver.Target> target = resolver.resolve(pageUrl, text);
            if (target.isPresent() && !target.get().outside() && target.get().path().isPresent()
                    && themeFiles.contains(target.get().path().get())) {
                return Optional.empty();
            }
        }
        // the attribute itself, not its tag: a tag the theme wrote can hold an attribute a value printed
        int offset = new String(html, 0, what == LinkScanner.Unsafe.SCRIPT ? at : start, StandardCharsets.UTF_8).length();
        return Optional.of(new Finding(offset, what, text.length() > 60 ? text.substring(0, 60) + "…" : text));
    }

    /**
     * Records the findings of one page.
     *
     * @param outputPath the page's path in the output, e.g. {@code articles/2023/x/index.html}
     * @param source     the article (or site.yaml) the page was made from
     * @param locate     the template position that wrote the character at an offset of the page, when it can be found
     */
    public void record(String outputPath, Path source, List<Finding> findings,
            IntFunction<Optional<SourcePosition>> locate) {
        String pageUrl = LinkResolver.pageUrl(outputPath);
        for (Finding finding : findings) {
            SourcePosition where = locate.apply(finding.offset()).orElse(SourcePosition.of(source));
            reports.computeIfAbsent(where + "|" + finding.what() + "|" + finding.text(), key -> new Report(where, finding))
                    .add(pageUrl, name(source));
        }
    }

    private String name(Path source) {
        Path absolute = source.toAbsolutePath().normalize();
        return (absolute.startsWith(contentRoot) ? contentRoot.relativize(absolute) : absolute).toString()
                .replace('\\', '/');
    }

    /** Adds one error per template position and kind of finding. */
    public void reportTo(Problems problems) {
        reports.values().forEach(report -> problems.add(report.problem()));
    }

    /** A finding at one template position, and the pages it is on. */
    private static final class Report {
        private final SourcePosition where;
        private final Finding finding;
        private String firstPage;
        private String firstSource;
        private int pages;

        Report(SourcePosition where, Finding finding) {
            this.where = where;
            this.finding = finding;
        }

        synchronized void add(String pageUrl, String source) {
            pages++;
            if (firstPage == null || pageUrl.compareTo(firstPage) < 0) {
                firstPage = pageUrl;
                firstSource = source;
            }
        }

        synchronized Problem problem() {
            String text = finding.text();
            int others = pages - 1;
            // "and on 0 other pages" is never printed: one page is named alone
            Message on = others == 0 ? Message.of("transform.unsafe.on-page", firstPage, firstSource)
                    : others == 1 ? Message.of("transform.unsafe.on-page.one-other", firstPage, firstSource, others)
                    : Message.of("transform.unsafe.on-page.others", firstPage, firstSource, others);
            Message message = switch (finding.what()) {
                case EVENT_HANDLER -> Message.of("transform.unsafe.handler", text, on);
                case SCRIPT_URL -> Message.of("transform.unsafe.url", text, on);
                case SCRIPT -> text.isEmpty() ? Message.of("transform.unsafe.inline.script", on)
                        : Message.of("transform.unsafe.script", text, on);
            };
            return Problem.error(where, LinkChecker.STAGE, message);
        }
    }
}
