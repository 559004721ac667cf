package vn.gazette.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;
import vn.gazette.internal.ByteInput;
import vn.gazette.problem.SourcePosition;

/**
 * The positions of a front matter's fields as the session of the build cache keeps them (see {@link ArticleCodec}):
 * decoded from its bytes the first time one is asked for, since most are never asked for (a position is for a
 * problem a later stage reports). Unmodifiable; thread-safe (two threads that ask at once may both decode it, into
 * equal maps).
 */
final class KeptPositions extends AbstractMap<String, SourcePosition> {

    private final byte[] bytes;
    private final int from;
    private final Path file;
    private volatile Map<String, SourcePosition> decoded;

    /** The positions {@link ArticleCodec} wrote at {@code from} of {@code bytes}, checked, of {@code file}'s fields. */
    KeptPositions(byte[] bytes, int from, Path file) {
        this.bytes = bytes;
        this.from = from;
        this.file = file;
    }

    private Map<String, SourcePosition> decoded() {
        Map<String, SourcePosition> map = decoded;
        if (map == null) {
            try {
                map = ArticleCodec.decodePositions(ByteInput.of(bytes, from), file);
            } catch (IOException e) {
                throw new UncheckedIOException(e); // not so: they were checked when the front matter was read
            }
            decoded = map;
        }
        return map;
    }

    @Override
    public Set<Entry<String, SourcePosition>> entrySet() {
        return decoded().entrySet();
    }

    @Override
    public SourcePosition get(Object field) {
        return decoded().get(field);
    }

    @Override
    public SourcePosition getOrDefault(Object field, SourcePosition fallback) {
        return decoded().getOrDefault(field, fallback);
    }

    @Override
    public boolean containsKey(Object field) {
        return decoded().containsKey(field);
    }

    @Override
    public int size() {
        return decoded().size();
    }
}
