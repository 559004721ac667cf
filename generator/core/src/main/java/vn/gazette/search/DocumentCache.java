package vn.gazette.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.gazette.internal.Pack;

/**
 * The search documents of earlier builds, kept in the build cache ({@code documents.pack}, a {@link Pack}) by their
 * key ({@link Document.Source#key}): an article whose source and body did not change is not cut into syllables
 * again, and when nothing the index is made of changed, its documents are not even read. Any unreadable entry is a
 * miss. Thread-safe.
 */
public final class DocumentCache implements AutoCloseable {

    /** The layout of an entry; another one makes the whole pack empty. */
    private static final int FORMAT = 1;
    private static final String NAME = "documents";

    private final Pack pack;

    private DocumentCache(Pack pack) {
        this.pack = pack;
    }

    /** A cache that never hits and keeps nothing. */
    public static DocumentCache none() {
        return new DocumentCache(Pack.none());
    }

    /** Opens the cache in the build cache {@code folder}. */
    public static DocumentCache open(Path folder) throws IOException {
        return new DocumentCache(Pack.open(folder, NAME, FORMAT));
    }

    /** Whether the document of {@code key} is there (it is then kept for the next build, read or not). */
    boolean has(long key) {
        return pack.has(key);
    }

    /**
     * The document of {@code key}, if it is there and can be read.
     *
     * @param keys the build's keys: a document read back has the same key objects as one made
     */
    Optional<Document> get(long key, Document.Keys keys) {
        Optional<byte[]> bytes = pack.get(key);
        if (bytes.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(decode(bytes.get(), keys));
        } catch (RuntimeException e) {
            pack.forget(key);
            return Optional.empty();
        }
    }

    /** Keeps a document made in this build (a cache that keeps nothing does not even encode it). */
    void put(long key, Document document) {
        if (pack.keeps()) {
            Out out = OUTS.get();
            out.size = 0;
            encode(document, out);
            pack.put(key, out.bytes, out.size);
            if (out.bytes.length > KEPT_OUT) {
                OUTS.remove(); // a document far larger than most: its buffer is not kept for the next ones
            }
        }
    }

    /**
     * A document as bytes: its syllables (bare key, weight, first spelling, further spellings), its pairs as the
     * places of their two syllables in that list (the numbers of bare keys hold only within one build), its filters
     * and its metadata. Text is UTF-8 after its length; numbers are variable-length.
     */
    static byte[] encode(Document document) {
        Out out = new Out(64 + 16 * document.syllables().size() + 4 * document.pairs().length
                + document.meta().length() * 3);
        encode(document, out);
        return out.toByteArray();
    }

    /** A thread's buffer for the entries it puts; one past this many bytes is not kept. */
    private static final int KEPT_OUT = 1 << 20;
    private static final ThreadLocal<Out> OUTS = ThreadLocal.withInitial(() -> new Out(64 * 1024));

    /** Writes {@link #encode(Document)}'s bytes to {@code out}, after what it has. */
    private static void encode(Document document, Out out) {
        Document.Words words = document.syllables();
        Places places = PLACES.get();
        places.begin(words);
        out.number(words.size());
        for (int i = 0; i < words.size(); i++) {
            out.utf8(words.bares()[i].utf8);
            out.number(words.weights()[i]);
            byte[] exact = words.exactUtf8()[i];
            out.utf8(exact != null ? exact : places.utf8(words.exacts()[i]));
            String[] more = words.more()[i];
            out.number(more == null ? 0 : more.length);
            if (more != null) {
                for (String spelling : more) {
                    out.utf8(places.utf8(spelling));
                }
            }
        }
        out.number(document.pairs().length);
        for (long pair : document.pairs()) {
            out.number(places.of((int) (pair >>> 32)));
            out.number(places.of((int) pair));
        }
        out.number(document.filters().size());
        document.filters().forEach(out::text);
        out.text(document.meta());
    }

    private static final ThreadLocal<Places> PLACES = ThreadLocal.withInitial(Places::new);

    /**
     * The place in one document's list of each of its bare keys, by the key's number: an array as long as the
     * numbers go, whose entries count only when stamped with the document's turn (nothing is cleared between
     * documents). Also the UTF-8 bytes of the exact keys met, by the string itself (each exact key is one string in
     * a build, {@link Document.Keys#exact}), so a spelling is encoded once and not in every document that has it.
     * One per thread.
     */
    private static final class Places {
        /** Exact keys whose bytes a thread remembers at most; past that it forgets them all and starts again. */
        static final int MAX_SPELLINGS = 1 << 15;

        private int[] placeOf = new int[1024];
        private int[] turnOf = new int[1024];
        private int turn;
        private String[] spellings = new String[MAX_SPELLINGS * 2];
        private byte[][] utf8Of = new byte[MAX_SPELLINGS * 2][];
        private int spellingCount;

        /** The UTF-8 bytes of an exact key (not to be changed). */
        byte[] utf8(String spelling) {
            int mask = spellings.length - 1;
            int slot = Document.Scratch.slot(spelling.hashCode(), mask);
            for (String known = spellings[slot]; known != null; known = spellings[slot]) {
                if (known == spelling) {
                    return utf8Of[slot];
                }
                slot = (slot + 1) & mask;
            }
            byte[] utf8 = spelling.getBytes(StandardCharsets.UTF_8);
            if (spellingCount == MAX_SPELLINGS) { // another build's strings, or a site of very many spellings
                java.util.Arrays.fill(spellings, null);
                java.util.Arrays.fill(utf8Of, null);
                spellingCount = 0;
                slot = Document.Scratch.slot(spelling.hashCode(), mask);
            }
            spellings[slot] = spelling;
            utf8Of[slot] = utf8;
            spellingCount++;
            return utf8;
        }

        void begin(Document.Words words) {
            if (++turn == 0) { // after four billion documents: every stamp would be taken for this turn
                java.util.Arrays.fill(turnOf, 0);
                turn = 1;
            }
            for (int i = 0; i < words.size(); i++) {
                int id = words.bares()[i].id;
                if (id >= placeOf.length) {
                    int length = Math.max(placeOf.length * 2, id + 1);
                    placeOf = java.util.Arrays.copyOf(placeOf, length);
                    turnOf = java.util.Arrays.copyOf(turnOf, length);
                }
                placeOf[id] = i;
                turnOf[id] = turn;
            }
        }

        int of(int id) {
            if (id >= turnOf.length || turnOf[id] != turn) {
                throw new IllegalArgumentException("a pair of a syllable the document does not have: " + id);
            }
            return placeOf[id];
        }
    }

    /** Reads what {@link #encode} wrote; bytes that do not make a document are a {@link RuntimeException}. */
    static Document decode(byte[] bytes, Document.Keys keys) {
        In in = new In(bytes);
        int count = in.count();
        Document.Keys.Bare[] bares = new Document.Keys.Bare[count];
        int[] weights = new int[count];
        String[] exacts = new String[count];
        String[][] more = new String[count][];
        for (int i = 0; i < count; i++) {
            bares[i] = keys.bare(in.text());
            weights[i] = in.number();
            exacts[i] = keys.exact(in.text());
            int others = in.count();
            if (others > 0) {
                more[i] = new String[others];
                for (int j = 0; j < others; j++) {
                    more[i][j] = keys.exact(in.text());
                }
            }
        }
        long[] pairs = new long[in.count()];
        for (int i = 0; i < pairs.length; i++) {
            pairs[i] = Document.Keys.pair(bares[in.number()], bares[in.number()]);
        }
        java.util.Arrays.sort(pairs); // as a document made has them: the numbers of this build decide the order
        int filterCount = in.count();
        List<String> filters = new ArrayList<>(filterCount);
        for (int i = 0; i < filterCount; i++) {
            filters.add(in.text());
        }
        String meta = in.text();
        if (!in.atEnd()) {
            throw new IllegalArgumentException("bytes after a search document");
        }
        return new Document(new Document.Words(bares, weights, exacts, new byte[count][], more), pairs, filters,
                meta);
    }

    /** Keeps what this build used (see {@link Pack#close}). */
    @Override
    public void close() throws IOException {
        pack.close();
    }

    /** The bytes of an entry as they are written: a plain array (a ByteArrayOutputStream takes a lock per byte). */
    private static final class Out {
        private byte[] bytes;
        private int size;

        Out(int expected) {
            bytes = new byte[Math.max(16, expected)];
        }

        void number(int value) {
            ensure(5);
            int v = value;
            while ((v & ~0x7F) != 0) {
                bytes[size++] = (byte) ((v & 0x7F) | 0x80);
                v >>>= 7;
            }
            bytes[size++] = (byte) v;
        }

        /** Its UTF-8 length, then its UTF-8 bytes. */
        void text(String text) {
            utf8(text.getBytes(StandardCharsets.UTF_8));
        }

        /** The length of UTF-8 bytes, then the bytes. */
        void utf8(byte[] utf8) {
            number(utf8.length);
            ensure(utf8.length);
            System.arraycopy(utf8, 0, bytes, size, utf8.length);
            size += utf8.length;
        }

        private void ensure(int more) {
            if (size + more > bytes.length) {
                bytes = java.util.Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
            }
        }

        byte[] toByteArray() {
            return java.util.Arrays.copyOf(bytes, size);
        }
    }

    private static final class In {
        private final byte[] bytes;
        private int at;

        In(byte[] bytes) {
            this.bytes = bytes;
        }

        int number() {
            int value = 0;
            for (int shift = 0; shift < 35; shift += 7) {
                byte b = bytes[at++];
                value |= (b & 0x7F) << shift;
                if (b >= 0) {
                    if (value < 0) {
                        throw new IllegalArgumentException("a negative number in a search document");
                    }
                    return value;
                }
            }
            throw new IllegalArgumentException("a number too long in a search document");
        }

        /** A number of things that follow, each at least a byte long: never more than the bytes left. */
        int count() {
            int count = number();
            if (count > bytes.length - at) {
                throw new IllegalArgumentException("a count past the end of a search document");
            }
            return count;
        }

        String text() {
            int length = number();
            if (length > bytes.length - at) {
                throw new IllegalArgumentException("text past the end of a search document");
            }
            String text = new String(bytes, at, length, StandardCharsets.UTF_8);
            at += length;
            return text;
        }

        boolean atEnd() {
            return at == bytes.length;
        }
    }
}
