package vn.gazette;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import vn.gazette.content.ParsedArticle;
import vn.gazette.problem.Problem;

/**
 * What a running process (the preview server) remembers from one build to the next, so that a build after a small
 * change redoes only what the change touches:
 * <ul>
 * <li>each article's front matter, by its file's stamp (size, modification time, identity): an unchanged file is
 * not read again;</li>
 * <li>each published page's key ({@link vn.gazette.render.PageKeys}) and fingerprint: a page whose key did not
 * change is left as published without making its views, reading its article's body or rendering it.</li>
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
    record Read(long stamp, Optional<ParsedArticle> article, List<Problem> problems) {
    }

    /** A published page: the key it was made for, its fingerprint, and the problems making it found. */
    record Made(long key, long fingerprint, List<Problem> problems) {
    }

    private final Map<String, Read> read = new ConcurrentHashMap<>();
    private long readContext;
    private Map<String, Made> made = Map.of();
    private final Map<String, Made> making = new ConcurrentHashMap<>();
    private final Map<String, long[]> related = new ConcurrentHashMap<>();

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
        making.clear();
    }

    /** What reading the file found last time, if it has not been written since ({@code stamp} 0: unknown). */
    Optional<Read> read(String relative, long stamp) {
        Read memo = read.get(relative);
        return stamp != 0 && memo != null && memo.stamp() == stamp ? Optional.of(memo) : Optional.empty();
    }

    void remember(String relative, long stamp, Optional<ParsedArticle> article, List<Problem> problems) {
        if (stamp == 0) {
            read.remove(relative);
        } else {
            read.put(relative, new Read(stamp, article, List.copyOf(problems)));
        }
    }

    /** Forgets the files that are gone. */
    void keepOnly(Set<String> files) {
        read.keySet().retainAll(files);
        if (related.size() > 2 * files.size() + 100) {
            related.clear(); // addresses that are gone: rebuilt on the next build
        }
    }

    /** The related-articles part of each article page's key, by address (see {@link vn.gazette.render.PageKeys}). */
    Map<String, long[]> related() {
        return related;
    }

    /** The fingerprint and problems of the page as last published, if it was made for the same key. */
    Optional<Made> made(String path, long key) {
        Made memo = made.get(path);
        return memo != null && memo.key() == key ? Optional.of(memo) : Optional.empty();
    }

    /** Records a page of the build under way; it counts once the build publishes. */
    void making(String path, long key, OptionalLong fingerprint, List<Problem> problems) {
        if (fingerprint.isPresent()) {
            making.put(path, new Made(key, fingerprint.getAsLong(), List.copyOf(problems)));
        }
    }

    /** The build published: its pages are now the ones to compare with. */
    synchronized void published() {
        made = new HashMap<>(making);
        making.clear();
    }

    /** The build failed: the output and the session keep the last good build. */
    synchronized void failed() {
        making.clear();
    }
}
