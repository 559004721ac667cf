package vn.gazette.transform;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import vn.gazette.problem.Message;
import vn.gazette.problem.Problem;
import vn.gazette.problem.Problems;
import vn.gazette.problem.Severity;
import vn.gazette.problem.SourcePosition;
import vn.gazette.site.LeftOut;

/**
 * The links written in articles' Markdown (by address or by file) to an article the build does not publish, a broken
 * one (its file has errors) or one left out (a draft, scheduled, expired): reported once per such article, at the
 * article (where its errors are, or the line that leaves it out), counting the links and naming the first few by
 * {@code path:line:column}, instead of once per link: one broken article does not put an error into every article
 * that links to it.
 *
 * <p>Thread-safe: rendering workers add concurrently; {@link #report} is called once, after them.
 */
final class LinksToUnpublished {

    /** Link positions a message names; the others are counted. */
    static final int NAMED = 5;

    private final Path contentRoot;
    private final Severity severity;
    private final Map<String, Target> targets = new ConcurrentHashMap<>();

    /**
     * @param contentRoot the content folder: positions are named relative to it, as articles are
     * @param severity    error, or warning under {@code brokenLinks: warning}
     */
    LinksToUnpublished(Path contentRoot, Severity severity) {
        this.contentRoot = contentRoot.toAbsolutePath().normalize();
        this.severity = severity;
    }

    /** Notes a link to {@code article} written at {@code where}. */
    void add(LeftOut article, SourcePosition where) {
        targets.computeIfAbsent(article.source().relative(), key -> new Target(article)).links.add(where);
    }

    /** One problem per article linked to, in file order. */
    void report(Problems problems) {
        new TreeMap<>(targets).values().forEach(target -> problems.add(target.problem()));
    }

    /** An unpublished article and the links to it (a set: a page checked twice names a link once). */
    private final class Target {
        private final LeftOut article;
        private final Set<SourcePosition> links = new ConcurrentSkipListSet<>();

        Target(LeftOut article) {
            this.article = article;
        }

        Problem problem() {
            List<String> named = new ArrayList<>();
            for (SourcePosition link : links) {
                if (named.size() == NAMED) {
                    break;
                }
                named.add(link.display(contentRoot));
            }
            int count = links.size();
            String first = String.join(", ", named);
            Object where = count > NAMED ? Message.of("transform.links-to.more", first, count - NAMED) : first;
            String name = article.source().relative();
            Message text;
            if (article.broken()) {
                text = count == 1 ? Message.of("transform.links-to.broken.one", name, where)
                        : Message.of("transform.links-to.broken.many", count, name, where);
            } else {
                text = count == 1 ? Message.of("transform.links-to.left-out.one", name, where, article.because())
                        : Message.of("transform.links-to.left-out.many", count, name, where, article.because());
            }
            return new Problem(severity, article.position(), LinkChecker.STAGE, text);
        }
    }
}
