package vn.gazette.transform;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.gazette.content.MarkdownDocument;
import vn.gazette.internal.DidYouMean;
import vn.gazette.problem.Message;
import vn.gazette.problem.Problem;
import vn.gazette.problem.Problems;
import vn.gazette.problem.Severity;
import vn.gazette.problem.SourcePosition;
import vn.gazette.site.Article;
import vn.gazette.site.LeftOut;
import vn.gazette.site.Site;
import vn.gazette.source.SourceFile;

/**
 * Lets editors link articles by their files: {@code [bài trước](../2018/bai-truoc.md)} in an article's Markdown
 * becomes a link to that article's address, whatever its slug, so the link works in the editor's preview and on
 * the site alike. A relative {@code .md} link to a file that does not exist is reported at its line and column (as an
 * error, or a warning under {@code brokenLinks: warning}); one to an article the build does not publish (broken, or
 * left out) goes to the link checker, which reports the links to each such article once.
 *
 * <p>Immutable and thread-safe once made: rendering workers rewrite their articles concurrently.
 */
public final class ArticleLinks {

    private final Map<String, Article> published = new HashMap<>();
    private final Map<String, LeftOut> leftOut = new HashMap<>();
    private final Site site;
    private final Severity severity;
    private final LinkChecker checker;

    /** @param checker where links to articles that are not published are collected */
    public ArticleLinks(Site site, LinkChecker checker) {
        this.site = site;
        this.checker = checker;
        this.severity = site.config().brokenLinks();
        site.articles().forEach(article -> published.put(article.source().relative(), article));
        site.leftOut().forEach(article -> leftOut.put(article.source().relative(), article));
    }

    /** Whether a link target is a relative link to a Markdown file ({@code ../2018/x.md#muc}). */
    public static boolean isArticleLink(String url) {
        String reference = LinkChecker.markdownUrl(url).strip();
        if (!LinkResolver.isInternal(reference) || reference.charAt(0) == '/') {
            return false;
        }
        String path = path(reference);
        return vn.gazette.config.FileRules.DEFAULT.isArticle(path);
    }

    /**
     * The article's body HTML with its {@code .md} links pointing at the articles' addresses.
     *
     * @param file  the article's file; its links are relative to its folder
     * @param links the links of its Markdown, for positions
     */
    public String rewrite(SourceFile file, String html, List<MarkdownDocument.LinkTarget> links, Problems problems) {
        if (!mentionsMarkdownFile(html)) {
            return html;
        }
        Map<String, Deque<MarkdownDocument.LinkTarget>> written = new HashMap<>();
        for (MarkdownDocument.LinkTarget link : links) {
            if (!link.image() && isArticleLink(link.url())) {
                written.computeIfAbsent(LinkChecker.markdownUrl(link.url()).strip(), k -> new ArrayDeque<>()).add(link);
            }
        }
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + 64);
        int[] copied = {0};
        LinkScanner.scan(bytes, (element, start, end) -> {
            if (element != LinkScanner.Element.ANCHOR) {
                return;
            }
            String href = LinkScanner.value(bytes, start, end).strip();
            if (!isArticleLink(href)) {
                return;
            }
            Deque<MarkdownDocument.LinkTarget> candidates = written.get(href);
            MarkdownDocument.LinkTarget link = candidates == null ? null : candidates.poll();
            SourcePosition where = link == null ? SourcePosition.of(file.path())
                    : SourcePosition.of(file.path(), link.line(), link.column());
            address(file, href, where, problems).ifPresent(address -> {
                out.write(bytes, copied[0], start - copied[0]);
                out.writeBytes(escape(address).getBytes(StandardCharsets.UTF_8));
                copied[0] = end;
            });
        });
        if (copied[0] == 0) {
            return html;
        }
        out.write(bytes, copied[0], bytes.length - copied[0]);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The address to link to instead of {@code href}, or empty (and a problem) when there is none. */
    private Optional<String> address(SourceFile file, String href, SourcePosition where, Problems problems) {
        String path = path(href);
        String rest = href.substring(path.length());
        String folder = file.folder().isEmpty() ? "/" : "/" + file.folder() + "/";
        Optional<String> target = LinkResolver.normalise(LinkResolver.decode(folder + path));
        if (target.isEmpty()) {
            report(problems, where, Message.of("transform.article-link.out-of-content", href));
            return Optional.empty();
        }
        Article article = published.get(target.get());
        if (article != null) {
            return Optional.of(site.config().link(article.url()) + rest);
        }
        LeftOut hidden = leftOut.get(target.get());
        if (hidden != null) {
            checker.linkToUnpublished(hidden, where);
            return Optional.empty();
        }
        report(problems, where, suggestion(target.get())
                .map(name -> Message.of("transform.article-link.missing.suggest", href, target.get(), name))
                .orElse(Message.of("transform.article-link.missing", href, target.get())));
        return Optional.empty();
    }

    /** A did-you-mean among the articles of the same folder. */
    private Optional<String> suggestion(String missing) {
        int slash = missing.lastIndexOf('/');
        String folder = missing.substring(0, slash + 1);
        List<String> names = new ArrayList<>();
        for (String relative : published.keySet()) {
            if (relative.startsWith(folder) && relative.indexOf('/', folder.length()) < 0) {
                names.add(relative.substring(folder.length()));
            }
        }
        names.sort(null);
        return DidYouMean.closest(missing.substring(slash + 1), names);
    }

    private void report(Problems problems, SourcePosition where, Message message) {
        problems.add(new Problem(severity, where, LinkChecker.STAGE, message));
    }

    /** The part of a reference before its query or fragment. */
    private static String path(String reference) {
        int end = reference.length();
        int query = reference.indexOf('?');
        int fragment = reference.indexOf('#');
        if (query >= 0) {
            end = query;
        }
        if (fragment >= 0 && fragment < end) {
            end = fragment;
        }
        return reference.substring(0, end);
    }

    private static boolean mentionsMarkdownFile(String html) {
        for (int dot = html.indexOf('.'); dot >= 0 && dot + 2 < html.length(); dot = html.indexOf('.', dot + 1)) {
            if ((html.charAt(dot + 1) | 0x20) == 'm' && (html.charAt(dot + 2) | 0x20) == 'd') {
                return true;
            }
        }
        return false;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
