package vn.gazette.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import vn.gazette.content.MarkdownDocument;
import vn.gazette.problem.Problems;
import vn.gazette.render.PageRenderer;
import vn.gazette.transform.LinkChecker;
import vn.gazette.transform.PageSafety;
import vn.gazette.transform.ReaderChecks;

/**
 * Publishes the pages of one build: each is carried over untouched when the last build made it from the same
 * inputs, rendered otherwise, and then has its links checked (a carried-over page is read back for that when a file
 * it may link to has gone since). Thread-safe: rendering workers publish concurrently.
 */
final class PagePublisher {

    /** Told of each file made, for a progress bar. */
    @FunctionalInterface
    public interface Progress {
        void step(long done, long total);
    }


    private final PageRenderer pages;
    private final long siteDigest;
    private final OutputFolder output;
    private final LinkChecker links;
    private final PageSafety safety;
    private final boolean checkKept;
    private final Progress progress;
    private final long total;
    private final Optional<PublishMemo> session;
    /** Whether pages are fingerprinted: only when a manifest or a session will remember it (not with no cache). */
    private final boolean fingerprints;
    private final Optional<ReaderChecks> readers;
    private final AtomicInteger published = new AtomicInteger();
    private final AtomicInteger leftByKey = new AtomicInteger();
    private final AtomicLong done = new AtomicLong();

    /**
     * @param checkKept whether pages carried over are read back and checked (not needed when the last build's link
     *                  check passed and none of its files has gone)
     * @param total     the pages and data files to make, for progress reports
     * @param session   what the last builds of this process made, if it remembers them
     * @param readers   what {@code check} checks in the pages readers get; empty in a build
     */
    PagePublisher(PageRenderer pages, long siteDigest, OutputFolder output, LinkChecker links, PageSafety safety,
            boolean checkKept, Progress progress, long total, Optional<PublishMemo> session, boolean fingerprints,
            Optional<ReaderChecks> readers) {
        this.pages = pages;
        this.fingerprints = fingerprints;
        this.readers = readers;
        this.safety = safety;
        this.siteDigest = siteDigest;
        this.session = session;
        this.output = output;
        this.links = links;
        this.checkKept = checkKept;
        this.progress = progress;
        this.total = total;
    }

    /**
     * Leaves a page as the last build of this session published it, when it was made for the same key and its
     * links need no new check; its problems are reported again.
     *
     * @return whether the page was left as it was (else it must be made)
     */
    boolean reuse(String path, long key, Problems problems) throws IOException {
        if (session.isEmpty() || checkKept) {
            return false;
        }
        Optional<PublishMemo.Made> made = keptFromSession(path, key);
        if (made.isEmpty()) {
            return false;
        }
        problems.addAll(made.get().problems());
        published.incrementAndGet();
        leftByKey.incrementAndGet();
        step();
        return true;
    }

    /** The session's record of a file made for {@code key}, carried into this build if the file is still there. */
    private Optional<PublishMemo.Made> keptFromSession(String path, long key) throws IOException {
        Optional<PublishMemo.Made> made = session.flatMap(s -> s.made(path, key));
        if (made.isEmpty() || !output.keep(path, made.get().fingerprint())) {
            return Optional.empty();
        }
        session.get().making(path, key, OptionalLong.of(made.get().fingerprint()), made.get().problems());
        return made;
    }

    /** Tells the session what a page was made from; {@code found} are the problems making it found. */
    void made(String path, long key, OptionalLong fingerprint, Problems found) {
        session.ifPresent(s -> s.making(path, key, fingerprint, found.all()));
    }

    /**
     * Publishes a page and checks its links (and, in a check, what readers get).
     *
     * @param article the body of the article the page shows, for positions; empty for other pages
     * @return the page's fingerprint; empty when its template failed
     */
    OptionalLong page(String path, PageRenderer.Page page, Optional<ReaderChecks.ArticleBody> article,
            Problems problems) throws IOException {
        Optional<List<MarkdownDocument.LinkTarget>> body = article.map(a -> a.markdown().links());
        long fingerprint = fingerprints ? pages.fingerprint(page, siteDigest) : 0;
        byte[] bytes;
        if (output.keep(path, fingerprint)) {
            if (!checkKept) {
                published.incrementAndGet();
                step();
                return OptionalLong.of(fingerprint);
            }
            bytes = Files.readAllBytes(output.kept(path));
        } else {
            Optional<byte[]> html = pages.render(page);
            if (html.isEmpty()) {
                step();
                return OptionalLong.empty();
            }
            bytes = html.get();
            output.write(path, bytes, fingerprint);
        }
        List<PageSafety.Finding> unsafe = links.check(path, bytes, page.source(), body, problems);
        if (!unsafe.isEmpty()) {
            safety.record(path, page.source(), unsafe, offset -> pages.locate(page, offset));
        }
        if (readers.isPresent()) {
            readers.get().check(new ReaderChecks.Page(path, bytes, page.source(), pages.templateFile(page),
                    offset -> pages.locate(page, offset), article), problems);
        }
        published.incrementAndGet();
        step();
        return OptionalLong.of(fingerprint);
    }

    /** Writes a data file Gazette makes itself (feeds, sitemaps, exports, schedule.json). */
    void data(String path, byte[] bytes) throws IOException {
        output.write(path, bytes);
        step();
    }

    /**
     * Leaves a data file as the last build of this session published it when it was made for the same key, else
     * makes and writes it (the key is then its fingerprint, for the next build to compare with).
     */
    void data(String path, long key, java.util.function.Supplier<byte[]> bytes) throws IOException {
        if (keptFromSession(path, key).isPresent()) {
            step();
            return;
        }
        output.write(path, bytes.get(), key);
        session.ifPresent(s -> s.making(path, key, OptionalLong.of(key), List.of()));
        step();
    }

    /** Counts an item that produced nothing (an article whose body could not be read). */
    void skipped() {
        step();
    }

    /** HTML pages published so far. */
    int pages() {
        return published.get();
    }

    /** Pages left as the last build published them because their keys did not change (not even looked at). */
    int leftByKey() {
        return leftByKey.get();
    }

    private void step() {
        progress.step(done.incrementAndGet(), total);
    }
}
