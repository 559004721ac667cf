package vn.gazette;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import vn.gazette.content.ArticleFile;
import vn.gazette.problem.Problem;
import vn.gazette.publish.PublishMemo;

/**
 * What a running process (the preview server) remembers from one build to the next, so that a build after a small
 * change redoes only what the change touches:
 * <ul>
 * <li>each article's front matter, by its file's stamp (size, modification time, identity): an unchanged file is
 * not read again;</li>
 * <li>each published file's key ({@link vn.gazette.render.OutputKeys}) and fingerprint ({@link PublishMemo}): a
 * page whose key did not change is left as published without making its views, reading its article's body or
 * rendering it.</li>
 * </ul>
 * Problems found while making either are remembered with it and reported again, so a build reports the same
 * problems whether it made a thing or reused it. Pages are remembered only from builds that published: after a
 * failed build the output still holds the pages of the last good one, and so does the session.
 *
 * <p>{@link Generator#build(BuildRequest)} uses none; {@link Generator#build(BuildRequest, BuildSession)} uses and
 * updates the given one. A session belongs to one content folder and one output folder, and to one build at a
 * time (builds using it must not overlap); it holds about a hundred bytes per article and per page.
 */
public final class BuildSession {

    /** A file's front matter as read, with the problems reading it found. */
    record Read(long stamp, ArticleFile article, List<Problem> problems) {
    }

    private final Map<String, Read> read = new ConcurrentHashMap<>();
    private long readContext;
    private final PublishMemo published = new PublishMemo();

    private BuildSession() {
    }

    public static BuildSession create() {
        return new BuildSession();
    }

    /**
     * Starts a build: front matter read under other settings (time zone, taxonomies) is forgotten.
     *
     * @param context a digest of the settings reading front matter depends on
     */
    synchronized void begin(long context) {
        if (context != readContext) {
            read.clear();
            readContext = context;
        }
        published.begin();
    }

    /** What reading the file found last time, if it has not been written since ({@code stamp} 0: unknown). */
    Optional<Read> read(String relative, long stamp) {
        Read memo = read.get(relative);
        return stamp != 0 && memo != null && memo.stamp() == stamp ? Optional.of(memo) : Optional.empty();
    }

    void remember(String relative, long stamp, ArticleFile article, List<Problem> problems) {
        if (stamp == 0) {
            read.remove(relative);
        } else {
            read.put(relative, new Read(stamp, article, List.copyOf(problems)));
        }
    }

    /** Forgets the files that are gone. */
    void keepOnly(Set<String> files) {
        read.keySet().retainAll(files);
        published.keepOnly(files.size());
    }

    /** What the builds of this session published (see {@link PublishMemo}). */
    PublishMemo publishMemo() {
        return published;
    }

    /** The build published: its files are now the ones to compare with. */
    void published() {
        published.published();
    }

    /** The build failed: the output and the session keep the last good build. */
    void failed() {
        published.failed();
    }
}
