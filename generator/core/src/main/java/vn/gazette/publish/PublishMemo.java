package vn.gazette.publish;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import vn.gazette.problem.Problem;

/**
 * The publishing half of what a running process remembers between builds ({@code vn.gazette.BuildSession}): each
 * published file's incremental key ({@link vn.gazette.render.OutputKeys}) and fingerprint, and the problems making
 * it found, so a file whose key did not change is left as published without being made again (and an article page
 * left so gives the search index the digest of its body instead of the body). Files count only
 * once their build published. Thread-safe for the workers of one build; builds must not overlap.
 */
public final class PublishMemo {

    /** A published file: the key it was made for, its fingerprint, and the problems making it found. */
    public record Made(long key, long fingerprint, List<Problem> problems) {
    }

    private Map<String, Made> made = Map.of();
    private final Map<String, Made> making = new ConcurrentHashMap<>();
    private final Map<String, long[]> related = new ConcurrentHashMap<>();
    private final Map<String, long[]> indexed = new ConcurrentHashMap<>();

    /** Starts a build. */
    public synchronized void begin() {
        making.clear();
    }

    /** The related-articles part of each article page's key, by address (see {@link vn.gazette.render.OutputKeys}). */
    public Map<String, long[]> related() {
        return related;
    }

    /**
     * What each article page gave the search index, by path: the key the page was made for and the digest of the
     * body it gave ({@link vn.gazette.search.SearchIndex#add(vn.gazette.site.Article, long)}). The same key means
     * the same body, whether or not that build published, so a page left as it was need not read its body again.
     */
    Map<String, long[]> indexed() {
        return indexed;
    }

    /** Forgets related-article parts and index digests of addresses that are gone, when they are many. */
    public void keepOnly(int articles) {
        if (related.size() > 2 * articles + 100) {
            related.clear(); // rebuilt on the next build
        }
        if (indexed.size() > 2 * articles + 100) {
            indexed.clear(); // bodies are read again once
        }
    }

    /** The fingerprint and problems of the file as last published, if it was made for the same key. */
    Optional<Made> made(String path, long key) {
        Made memo = made.get(path);
        return memo != null && memo.key() == key ? Optional.of(memo) : Optional.empty();
    }

    /** Records a file of the build under way; it counts once the build publishes. */
    void making(String path, long key, OptionalLong fingerprint, List<Problem> problems) {
        if (fingerprint.isPresent()) {
            making.put(path, new Made(key, fingerprint.getAsLong(), List.copyOf(problems)));
        }
    }

    /** The build published: its files are now the ones to compare with. */
    public synchronized void published() {
        made = new HashMap<>(making);
        making.clear();
    }

    /** The build failed: the output and the memo keep the last good build. */
    public synchronized void failed() {
        making.clear();
    }
}
