package vn.gazette.transform;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.atomic.LongAdder;
import vn.gazette.config.SiteConfig;
import vn.gazette.content.MarkdownDocument;
import vn.gazette.problem.Message;
import vn.gazette.problem.Problem;
import vn.gazette.problem.Problems;
import vn.gazette.problem.Severity;
import vn.gazette.problem.SourcePosition;
import vn.gazette.site.LeftOut;

/**
 * Checks that every internal link, image and asset reference of every page leads to a file of the output, after
 * the pages are rendered. A reference written in an article's Markdown is reported at its line and column in the
 * article file; any other (from the theme, or from HTML typed into an article) is reported once per reference,
 * naming the first page it is on and how many others, instead of once for each of ten thousand pages. The links
 * of articles' Markdown to an article that is not published, because it is broken (its file has errors) or left out
 * (a draft, scheduled, expired), are reported once per such article ({@link LinksToUnpublished}); one from the theme
 * says why the article is not published. {@code brokenLinks: warning} in site.yaml makes all of these warnings.
 *
 * <p>Thread-safe: rendering workers check their pages concurrently; {@link #report} is called once, after them.
 */
public final class LinkChecker {

    public static final String STAGE = "transform";

    private final Set<String> files;
    private final LinkResolver resolver;
    private final String basePath;
    private final Severity severity;
    private final Map<String, LeftOut> leftOutByPath = new HashMap<>();
    private final Map<String, ThemeLink> themeLinks = new ConcurrentHashMap<>();
    private final LongAdder checked = new LongAdder();
    private final PageSafety safety;
    /**
     * Site-absolute addresses known to be good, as the pages write them (their bytes), each at the slot of its hash:
     * menus, tags and pagination repeat on every page, so most references are found here without being decoded,
     * hashed as text and looked up in a map (about 3% of a cold build's samples at 10,000 articles). Two addresses
     * with the same slot take it in turn; a reference is found only when all its bytes are the same.
     */
    private final AtomicReferenceArray<byte[]> goodAbsolute = new AtomicReferenceArray<>(GOOD_SLOTS);
    private final LinksToUnpublished unpublished;

    private static final int GOOD_SLOTS = 1 << 18;

    /**
     * @param files       every path the output will hold, relative to the output folder
     * @param leftOut     the articles the build does not publish
     * @param contentRoot the content folder, which messages name articles relative to
     */
    public LinkChecker(Set<String> files, SiteConfig config, List<LeftOut> leftOut, Path contentRoot) {
        this(files, config, leftOut, contentRoot, PageSafety.off());
    }

    /** @param safety the last safety pass, which shares the scan of each page */
    public LinkChecker(Set<String> files, SiteConfig config, List<LeftOut> leftOut, Path contentRoot,
            PageSafety safety) {
        this.safety = safety;
        this.unpublished = new LinksToUnpublished(contentRoot, config.brokenLinks());
        this.files = Set.copyOf(files);
        this.basePath = config.basePath();
        this.resolver = new LinkResolver(basePath);
        this.severity = config.brokenLinks();
        for (LeftOut article : leftOut) {
            article.url().ifPresent(url -> leftOutByPath.put(url.substring(1), article));
        }
    }

    /** References checked so far. */
    public long checked() {
        return checked.sum();
    }

    /**
     * Checks the references of one page.
     *
     * @param outputPath the page's path in the output, e.g. {@code articles/2023/x/index.html}
     * @param html       the page as published
     * @param source     the file the page comes from (the article, or site.yaml for list pages), named in messages
     *                   about references that come from the theme
     * @param body       the links of the article's Markdown when the page shows an article; empty for other pages
     * @return what the safety pass found in the page (see {@link PageSafety}); usually nothing
     */
    public List<PageSafety.Finding> check(String outputPath, byte[] html, Path source,
            Optional<List<MarkdownDocument.LinkTarget>> body, Problems problems) {
        String pageUrl = LinkResolver.pageUrl(outputPath);
        List<Broken> broken = new ArrayList<>(0);
        List<PageSafety.Finding> unsafe = new ArrayList<>(0);
        LinkScanner.scan(html, new LinkScanner.Visitor() {
            @Override
            public void found(LinkScanner.Element element, int start, int end) {
                reference(pageUrl, html, element, start, end, body, broken);
            }

            @Override
            public void unsafe(LinkScanner.Unsafe what, int at, int start, int end) {
                safety.look(pageUrl, html, what, at, start, end).ifPresent(unsafe::add);
            }
        });
        report(pageUrl, source, body, broken, problems);
        return unsafe;
    }

    private void reference(String pageUrl, byte[] html, LinkScanner.Element element, int start, int end,
            Optional<List<MarkdownDocument.LinkTarget>> body, List<Broken> broken) {
        checked.increment();
        int slot = end - start > 1 && html[start] == '/' ? slot(html, start, end) : -1;
        if (slot >= 0) {
            byte[] known = goodAbsolute.get(slot);
            if (known != null && Arrays.equals(known, 0, known.length, html, start, end)) {
                return; // the same site-absolute address on every page: worked out once
            }
        }
        String href = LinkScanner.value(html, start, end);
        boolean absolute = href.length() > 1 && href.charAt(0) == '/' && href.charAt(1) != '/';
        if (body.isPresent() && element == LinkScanner.Element.ANCHOR && ArticleLinks.isArticleLink(href)) {
            return; // a .md link the article's links could not rewrite: already reported, at its position
        }
        resolver.resolve(pageUrl, href).ifPresent(target -> {
            if (target.outside() || target.path().isEmpty() || !LinkResolver.exists(files, target.path().get())) {
                broken.add(new Broken(element, href, target));
            } else if (absolute && slot >= 0) {
                goodAbsolute.set(slot, Arrays.copyOfRange(html, start, end));
            }
        });
    }

    /** The slot of {@link #goodAbsolute} for the bytes {@code html[start..end)}. */
    private static int slot(byte[] html, int start, int end) {
        int hash = 0;
        for (int i = start; i < end; i++) {
            hash = 31 * hash + html[i];
        }
        return (hash ^ (hash >>> 15)) & (GOOD_SLOTS - 1);
    }

    private void report(String pageUrl, Path source, Optional<List<MarkdownDocument.LinkTarget>> body,
            List<Broken> broken, Problems problems) {
        if (broken.isEmpty()) {
            return;
        }
        Map<LinkResolver.Target, List<MarkdownDocument.LinkTarget>> written = byTarget(pageUrl,
                body.orElse(List.of()));
        for (Broken link : broken) {
            List<MarkdownDocument.LinkTarget> inBody = written.get(link.target());
            if (inBody == null) {
                // one problem per reference as written: a relative one breaks on many pages for the same reason
                themeLinks.computeIfAbsent(link.element() + "\n" + link.href(), key -> new ThemeLink())
                        .add(link, pageUrl, source);
                continue;
            }
            Optional<LeftOut> article = link.target().outside() ? Optional.empty()
                    : link.target().path().flatMap(this::leftOut);
            for (MarkdownDocument.LinkTarget markdown : inBody) {
                if (!markdown.image() && ArticleLinks.isArticleLink(markdown.url())) {
                    continue; // a broken .md link is reported where it is rewritten
                }
                SourcePosition where = SourcePosition.of(source, markdown.line(), markdown.column());
                if (article.isPresent()) {
                    unpublished.add(article.get(), where);
                    continue;
                }
                LinkScanner.Element element = markdown.image() ? LinkScanner.Element.IMAGE : LinkScanner.Element.ANCHOR;
                problems.add(new Problem(severity, where, STAGE, describe(element, markdownUrl(markdown.url()),
                        link.target(), true)));
            }
        }
    }

    /**
     * Reports the references from the theme, once each, on the first page by address, counting the others; and the
     * links to articles that are not published, once per article.
     */
    public void report(Problems problems) {
        for (ThemeLink link : themeLinks.values()) {
            problems.add(link.problem());
        }
        unpublished.report(problems);
    }

    /** Notes a link of an article's Markdown to an article that is not published, for {@link #report}. */
    void linkToUnpublished(LeftOut article, SourcePosition where) {
        unpublished.add(article, where);
    }

    private record Broken(LinkScanner.Element element, String href, LinkResolver.Target target) {
    }

    /** One broken reference that is not in an article's Markdown, and the pages it is on. */
    private final class ThemeLink {
        private Broken link;
        private String firstPage;
        private Path firstSource;
        private int pages;

        synchronized void add(Broken broken, String pageUrl, Path source) {
            pages++;
            if (firstPage == null || pageUrl.compareTo(firstPage) < 0) {
                link = broken;
                firstPage = pageUrl;
                firstSource = source;
            }
        }

        synchronized Problem problem() {
            Message what = describe(link.element(), link.href(), link.target(), false);
            Message text = pages == 1 ? Message.of("transform.link.on-page", firstPage, what)
                    : pages == 2 ? Message.of("transform.link.on-page.one-other", firstPage, pages - 1, what)
                    : Message.of("transform.link.on-page.others", firstPage, pages - 1, what);
            return new Problem(severity, SourcePosition.of(firstSource), STAGE, text);
        }
    }

    private Map<LinkResolver.Target, List<MarkdownDocument.LinkTarget>> byTarget(String pageUrl,
            List<MarkdownDocument.LinkTarget> bodyLinks) {
        Map<LinkResolver.Target, List<MarkdownDocument.LinkTarget>> written = new HashMap<>();
        for (MarkdownDocument.LinkTarget link : bodyLinks) {
            resolver.resolve(pageUrl, markdownUrl(link.url()))
                    .ifPresent(target -> written.computeIfAbsent(target, t -> new ArrayList<>()).add(link));
        }
        return written;
    }

    /** A link target as Markdown has it, read the way it ends up in the HTML: character references resolved. */
    static String markdownUrl(String url) {
        return LinkScanner.decodeEntities(url);
    }

    /**
     * What is wrong with a broken reference, and what to do about it.
     *
     * @param inMarkdown whether an editor wrote it in an article's Markdown (else it comes from the theme, or from
     *                   HTML typed into an article)
     */
    private Message describe(LinkScanner.Element element, String href, LinkResolver.Target target, boolean inMarkdown) {
        Message noun = noun(element);
        if (target.outside()) {
            return Message.of("transform.link.outside", noun, href, basePath, basePath + href.strip().substring(1));
        }
        if (target.path().isEmpty()) {
            return Message.of("transform.link.out-of-site", noun, href);
        }
        Optional<LeftOut> article = leftOut(target.path().get());
        if (article.isPresent()) {
            String page = article.get().url().map(url -> url.substring(1)).orElse("");
            boolean toPage = LinkResolver.exists(Set.of(page + "index.html"), target.path().get());
            String source = article.get().source().relative();
            if (article.get().broken()) {
                return Message.of("transform.link.broken", noun, href, source);
            }
            return toPage ? Message.of("transform.link.left-out.page", noun, href, source, article.get().because())
                    : Message.of("transform.link.left-out.file", noun, href, source, article.get().because());
        }
        boolean anchor = element == LinkScanner.Element.ANCHOR;
        if (!inMarkdown) {
            return anchor ? Message.of("transform.link.theme.no-page", noun, href)
                    : Message.of("transform.link.theme.no-file", noun, href);
        }
        return anchor ? Message.of("transform.link.markdown.no-page", noun, href)
                : Message.of("transform.link.markdown.no-file", noun, href);
    }

    /** How a message names a reference on {@code element}: link, image, file. */
    private static Message noun(LinkScanner.Element element) {
        return switch (element) {
            case ANCHOR -> Message.of("transform.noun.link");
            case IMAGE -> Message.of("transform.noun.image");
            case RESOURCE -> Message.of("transform.noun.file");
        };
    }

    /**
     * The unpublished article whose page or files {@code path} asks for. The files beside a broken article are
     * published all the same (they are checked on their own), so for one of those only its page counts.
     */
    private Optional<LeftOut> leftOut(String path) {
        String folder = path.endsWith("/") || path.isEmpty() ? path : path + "/";
        if (leftOutByPath.containsKey(folder)) {
            return Optional.of(leftOutByPath.get(folder));
        }
        for (int slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/', slash - 1)) {
            LeftOut article = leftOutByPath.get(path.substring(0, slash + 1));
            if (article != null) {
                boolean page = path.substring(slash + 1).equals("index.html");
                return article.broken() && !page ? Optional.empty() : Optional.of(article);
            }
        }
        return Optional.empty();
    }
}
