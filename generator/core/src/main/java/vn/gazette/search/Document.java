package vn.gazette.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.gazette.config.TaxonomyConfig;
import vn.gazette.content.Conference;
import vn.gazette.content.FrontMatter;
import vn.gazette.content.Speaker;
import vn.gazette.internal.Digest;
import vn.gazette.internal.Texts;
import vn.gazette.site.Article;
import vn.gazette.site.Site;
import vn.gazette.site.Taxonomy;
import vn.gazette.site.Term;

/**
 * What the index learns from one article: each bare syllable with its weight and exact spellings, the pairs of
 * neighbouring syllables (phrases), the filter values (year, province and the province it is part of today, tags,
 * conference kind), and the metadata a result shows. Not changed once made.
 *
 * @param syllables the bare keys, each once, with their weights and spellings ({@link Words})
 * @param pairs     neighbouring bare keys, each as {@link Keys#pair}, sorted, each once
 * @param filters   filter keys such as {@code #p:ha-giang}
 * @param meta      the result's JSON object
 */
record Document(Words syllables, long[] pairs, List<String> filters, String meta) {

    /** A document without syllables, pairs or filters (one whose body could not be read). */
    static Document empty() {
        return new Document(new Words(new Keys.Bare[0], new int[0], new String[0], new byte[0][], new String[0][]),
                new long[0], List.of(), "null");
    }

    /**
     * The syllables of one article, in parallel arrays: bare key i has weight {@code weights[i]}, first spelling
     * {@code exacts[i]} (whose UTF-8 bytes are {@code exactUtf8[i]}, or null when not at hand, not to be changed)
     * and further spellings {@code more[i]} (null when none).
     */
    record Words(Keys.Bare[] bares, int[] weights, String[] exacts, byte[][] exactUtf8, String[][] more) {
        int size() {
            return bares.length;
        }
    }

    /** Weights of a syllable by where it is: a word of the title says more than one of the body. */
    static final int TITLE = 8;
    static final int LABEL = 4;
    static final int SUMMARY = 3;
    static final int FIELD = 2;
    static final int BODY = 1;

    /** Phrases are looked for in the fields and the first syllables of the body, where an article says what it is. */
    static final int BODY_PAIRS = 300;

    static final int SUMMARY_CHARS = 240;
    static final int BODY_CHARS = 280;

    /**
     * Where one thread gathers an article's syllables: by bare key number, without a map or an object per syllable
     * (an article has hundreds; a build, millions). Reused from article to article. Not thread-safe.
     */
    static final class Scratch {
        /** Surface forms a thread remembers at most (a site of many odd words need not fill memory). */
        static final int MAX_SURFACES = 1 << 16;

        private int[] slotOf = new int[1024];
        private int[] stampOf = new int[1024];
        private int stamp;
        private Keys.Bare[] bares = new Keys.Bare[256];
        private int[] weights = new int[256];
        private String[] exacts = new String[256];
        private byte[][] exactUtf8 = new byte[256][];
        private String[][] more = new String[256][];
        private int size;
        private final Pairs pairs = new Pairs();
        /**
         * The keys of the surface forms this thread met, by hash (open addressing, the hash beside each form): no
         * string is made for a syllable met before, and no map is shared.
         */
        private char[][] surfaces = new char[1 << 12][];
        private int[] hashes = new int[1 << 12];
        private Keys.Key[] found = new Keys.Key[1 << 12];
        private int surfaceCount;
        private Keys keysOfSurfaces;

        /**
         * The key of the syllable at {@code start}..{@code end} of {@code text}, as {@code keys.of} gives it.
         *
         * @param hash the syllable's {@link String#hashCode}
         */
        Keys.Key key(char[] text, int start, int end, int hash, Keys keys) {
            if (keys != keysOfSurfaces) { // another build's keys: what this thread remembers is not theirs
                java.util.Arrays.fill(surfaces, null);
                java.util.Arrays.fill(found, null);
                surfaceCount = 0;
                keysOfSurfaces = keys;
            }
            int mask = surfaces.length - 1;
            int slot = slot(hash, mask);
            for (char[] surface = surfaces[slot]; surface != null; surface = surfaces[slot]) {
                if (hashes[slot] == hash && same(surface, text, start, end)) {
                    return found[slot];
                }
                slot = (slot + 1) & mask;
            }
            Keys.Key key = keys.of(new String(text, start, end - start));
            if (surfaceCount < MAX_SURFACES) {
                surfaces[slot] = java.util.Arrays.copyOfRange(text, start, end);
                hashes[slot] = hash;
                found[slot] = key;
                if (++surfaceCount * 2 > surfaces.length) {
                    growSurfaces();
                }
            }
            return key;
        }

        /** Where a hash's probe starts: its Fibonacci hash, so that neighbouring hashes of short words spread out. */
        static int slot(int hash, int mask) {
            return (hash * 0x9E3779B9 >>> 16) & mask;
        }

        private static boolean same(char[] surface, char[] text, int start, int end) {
            if (surface.length != end - start) {
                return false;
            }
            for (int i = 0; i < surface.length; i++) {
                if (surface[i] != text[start + i]) {
                    return false;
                }
            }
            return true;
        }

        private void growSurfaces() {
            char[][] oldSurfaces = surfaces;
            int[] oldHashes = hashes;
            Keys.Key[] oldFound = found;
            surfaces = new char[oldSurfaces.length * 2][];
            hashes = new int[oldSurfaces.length * 2];
            found = new Keys.Key[oldSurfaces.length * 2];
            int mask = surfaces.length - 1;
            for (int i = 0; i < oldSurfaces.length; i++) {
                if (oldSurfaces[i] != null) {
                    int slot = slot(oldHashes[i], mask);
                    while (surfaces[slot] != null) {
                        slot = (slot + 1) & mask;
                    }
                    surfaces[slot] = oldSurfaces[i];
                    hashes[slot] = oldHashes[i];
                    found[slot] = oldFound[i];
                }
            }
        }

        void begin() {
            stamp++;
            size = 0;
            pairs.size = 0;
        }

        /** Adds an occurrence of a syllable with its weight and spelling. */
        void add(Keys.Key key, int weight) {
            Keys.Bare bare = key.bare();
            String exact = key.exact();
            int id = bare.id;
            if (id >= slotOf.length) {
                int length = Math.max(slotOf.length * 2, id + 1);
                slotOf = java.util.Arrays.copyOf(slotOf, length);
                stampOf = java.util.Arrays.copyOf(stampOf, length);
            }
            int slot;
            if (stampOf[id] != stamp) {
                if (size == bares.length) {
                    bares = java.util.Arrays.copyOf(bares, size * 2);
                    weights = java.util.Arrays.copyOf(weights, size * 2);
                    exacts = java.util.Arrays.copyOf(exacts, size * 2);
                    exactUtf8 = java.util.Arrays.copyOf(exactUtf8, size * 2);
                    more = java.util.Arrays.copyOf(more, size * 2);
                }
                slot = size++;
                stampOf[id] = stamp;
                slotOf[id] = slot;
                bares[slot] = bare;
                weights[slot] = 0;
                exacts[slot] = exact;
                exactUtf8[slot] = key.exactUtf8();
                more[slot] = null;
            } else {
                slot = slotOf[id];
                spelling(slot, exact);
            }
            weights[slot] = Math.min(255, weights[slot] + weight);
        }

        /**
         * Adds a spelling (an exact key as {@link Keys} gives it: the same spelling is the same string, so they are
         * compared by identity).
         */
        private void spelling(int slot, String spelling) {
            if (exacts[slot] == spelling) {
                return;
            }
            String[] others = more[slot];
            if (others == null) {
                more[slot] = new String[] {spelling};
                return;
            }
            for (String other : others) {
                if (other == spelling) {
                    return;
                }
            }
            others = java.util.Arrays.copyOf(others, others.length + 1);
            others[others.length - 1] = spelling;
            more[slot] = others;
        }

        /** The syllables gathered since {@link #begin}. */
        Words words() {
            // typed arrays made directly: Arrays.copyOf makes an array of another class than Object[] reflectively
            Keys.Bare[] someBares = new Keys.Bare[size];
            String[] someExacts = new String[size];
            byte[][] someUtf8 = new byte[size][];
            String[][] someMore = new String[size][];
            System.arraycopy(bares, 0, someBares, 0, size);
            System.arraycopy(exacts, 0, someExacts, 0, size);
            System.arraycopy(exactUtf8, 0, someUtf8, 0, size);
            System.arraycopy(more, 0, someMore, 0, size);
            return new Words(someBares, java.util.Arrays.copyOf(weights, size), someExacts, someUtf8, someMore);
        }
    }

    /**
     * The version of what {@link #of} makes of a source: raise it when the same source and the same code give a
     * different document (the code is in every key already), so the documents the build cache keeps miss.
     */
    static final int VERSION = 1;

    /**
     * What every document key includes besides its source: the version, the code that makes a document and reads it
     * back (this class with its weights and limits, {@link HtmlText}, {@link Syllables}, {@link Texts},
     * {@link JsonText}, {@link DocumentCache}), and how this Java folds Vietnamese letters ({@link FoldTable}).
     */
    private static final long RULES = new Digest().add(VERSION).code(Document.class).code(HtmlText.class)
            .code(Syllables.class).code(Texts.class).code(JsonText.class).code(DocumentCache.class)
            .add(FoldTable.json()).value();

    /**
     * Everything a document is made from besides the body, as the site gives it for one article: {@link #of} reads
     * nothing else, and {@link #key} digests every component, so whatever a document shows is in its key by itself.
     *
     * @param link        the article's address with the site's base path
     * @param title       its title
     * @param date        its day, {@code 2024-02-01}
     * @param filters     the document's filter keys, in order
     * @param labels      the names of its terms (a province followed by the one it is part of today)
     * @param province    the name of its province, if it has one
     * @param provinceNow the province that one is part of today, if it was merged
     * @param kind        its conference's kind, if it is a conference
     * @param summary     its summary
     * @param author      its author
     * @param fields      a conference's organizer, partners, places, speakers with their roles, and topics
     */
    record Source(String link, String title, String date, List<String> filters, List<String> labels,
            Optional<String> province, Optional<String> provinceNow, Optional<String> kind, Optional<String> summary,
            Optional<String> author, List<String> fields) {

        /** What the site says of one of its articles. */
        static Source of(Site site, Article article) {
            FrontMatter front = article.front();
            List<String> filters = new ArrayList<>();
            filters.add("#y:" + article.date().localDate().getYear());
            String province = null;
            String provinceNow = null;
            List<String> labels = new ArrayList<>();
            for (Taxonomy taxonomy : site.taxonomies()) {
                for (Term term : site.terms(article, taxonomy)) {
                    labels.add(term.name());
                    if (taxonomy.name().equals(TaxonomyConfig.PROVINCE)) {
                        province = term.name();
                        filters.add("#p:" + term.slug());
                        if (term.now().isPresent()) {
                            provinceNow = term.now().get().name();
                            labels.add(provinceNow);
                            filters.add("#p:" + slugOf(term.now().get().url()));
                        }
                    } else if (taxonomy.name().equals(TaxonomyConfig.TAGS)) {
                        filters.add("#t:" + term.slug());
                    }
                }
            }
            Optional<Conference> conference = front.conference();
            Optional<String> kind = conference.map(c -> c.kind().word());
            kind.ifPresent(k -> filters.add("#k:" + k));
            return new Source(site.config().link(article.url()), front.title(),
                    article.date().localDate().toString(), List.copyOf(filters), List.copyOf(labels),
                    Optional.ofNullable(province), Optional.ofNullable(provinceNow), kind, front.summary(),
                    front.author(), conference.map(Document::fields).orElse(List.of()));
        }

        /**
         * The key of the document made of this source and a body: the rules, the body's digest and every component.
         *
         * @param body the {@link Digest} of the body HTML
         */
        long key(long body) {
            // every component, in the record's order (written out: a reflective call per component was a tenth of
            // the key's cost; DocumentCacheTest changes each component and sees the key change)
            Digest digest = new Digest().add(RULES).add(body);
            add(digest, link);
            add(digest, title);
            add(digest, date);
            add(digest, filters);
            add(digest, labels);
            add(digest, province);
            add(digest, provinceNow);
            add(digest, kind);
            add(digest, summary);
            add(digest, author);
            add(digest, fields);
            return digest.value();
        }

        private static void add(Digest digest, Object value) {
            if (value instanceof String text) {
                digest.add(text);
            } else if (value instanceof Optional<?> optional) {
                digest.add(optional.isPresent() ? 1 : 0);
                optional.ifPresent(v -> add(digest, v));
            } else if (value instanceof List<?> list) {
                digest.add(list.size());
                list.forEach(item -> add(digest, item));
            } else {
                throw new IllegalStateException("a document's source holds text only: " + value);
            }
        }
    }

    /**
     * What one article contributes; {@code keys} folds syllables (shared by the threads: it remembers them),
     * {@code scratch} is the calling thread's own.
     */
    static Document of(Site site, Article article, String bodyHtml, Keys keys, Scratch scratch) {
        return of(Source.of(site, article), bodyHtml, keys, scratch);
    }

    /** The document of a source and its body (see {@link #of(Site, Article, String, Keys, Scratch)}). */
    static Document of(Source source, String bodyHtml, Keys keys, Scratch scratch) {
        scratch.begin();
        Pairs pairs = scratch.pairs;
        Indexer indexer = new Indexer(scratch, pairs, keys);
        indexer.add(source.title(), TITLE, Integer.MAX_VALUE);
        source.summary().ifPresent(summary -> indexer.add(summary, SUMMARY, Integer.MAX_VALUE));
        source.labels().forEach(label -> indexer.add(label, LABEL, Integer.MAX_VALUE));
        source.author().ifPresent(author -> indexer.add(author, FIELD, Integer.MAX_VALUE));
        source.fields().forEach(field -> indexer.add(field, FIELD, Integer.MAX_VALUE));
        HtmlText.Chars body = HtmlText.read(bodyHtml);
        indexer.add(body.chars(), body.length(), BODY, BODY_PAIRS);
        return new Document(scratch.words(), pairs.sorted(), source.filters(), meta(source, body.start(BODY_CHARS + 1)));
    }

    private static List<String> fields(Conference conference) {
        List<String> fields = new ArrayList<>();
        conference.organizer().ifPresent(fields::add);
        fields.addAll(conference.partners());
        fields.addAll(conference.locations());
        for (Speaker speaker : conference.speakers()) {
            fields.add(speaker.name());
            speaker.role().ifPresent(fields::add);
        }
        fields.addAll(conference.topics());
        return List.copyOf(fields);
    }

    /** @param body the body's text, or its first {@link #BODY_CHARS} + 1 characters at least */
    private static String meta(Source source, String body) {
        StringBuilder json = new StringBuilder(256).append('{');
        JsonText.field(json, "u", source.link());
        JsonText.field(json, "t", source.title());
        JsonText.field(json, "d", source.date());
        source.province().ifPresent(p -> JsonText.field(json, "p", p));
        source.provinceNow().ifPresent(n -> JsonText.field(json, "n", n));
        source.kind().ifPresent(k -> JsonText.field(json, "k", k));
        source.summary().ifPresent(s -> JsonText.field(json, "s", cut(s, SUMMARY_CHARS)));
        JsonText.field(json, "x", cut(body, BODY_CHARS));
        json.setLength(json.length() - 1);
        return json.append('}').toString();
    }

    /** At most {@code max} characters, cut at a space when there is one near the end. */
    static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int space = text.lastIndexOf(' ', max);
        int end = space > max * 3 / 4 ? space : max;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }

    /** The last segment of a site path: {@code /tinh/tuyen-quang/} → {@code tuyen-quang}. */
    static String slugOf(String url) {
        String path = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** Pairs as they are found, with repeats; {@link #sorted} gives each once. Not thread-safe. */
    private static final class Pairs {
        private long[] pairs = new long[512];
        private int size;

        void add(long pair) {
            if (size == pairs.length) {
                pairs = java.util.Arrays.copyOf(pairs, size * 2);
            }
            pairs[size++] = pair;
        }

        /** The pairs, sorted, each once (sorted where they were gathered, which they are no longer in). */
        long[] sorted() {
            java.util.Arrays.sort(pairs, 0, size);
            int unique = 0;
            for (int i = 0; i < size; i++) {
                if (i == 0 || pairs[i] != pairs[i - 1]) {
                    pairs[unique++] = pairs[i];
                }
            }
            return java.util.Arrays.copyOf(pairs, unique);
        }
    }

    /** Adds the syllables of texts with their weights, and the pairs among the first of them. Not thread-safe. */
    private static final class Indexer implements Syllables.Sink {
        private final Scratch syllables;
        private final Pairs pairs;
        private final Keys keys;
        private Keys.Bare previous;
        private int seen;
        private int weight;
        private int pairLimit;

        Indexer(Scratch syllables, Pairs pairs, Keys keys) {
            this.syllables = syllables;
            this.pairs = pairs;
            this.keys = keys;
        }

        void add(String text, int weight, int pairLimit) {
            add(text.toCharArray(), text.length(), weight, pairLimit);
        }

        void add(char[] text, int length, int weight, int pairLimit) {
            this.previous = null;
            this.seen = 0;
            this.weight = weight;
            this.pairLimit = pairLimit;
            Syllables.each(text, length, this);
        }

        @Override
        public void accept(char[] text, int start, int end, int hash, boolean joined) {
            Keys.Key key = syllables.key(text, start, end, hash, keys);
            syllables.add(key, weight);
            if (joined && previous != null && seen < pairLimit) {
                pairs.add(Keys.pair(previous, key.bare()));
            }
            previous = key.bare();
            seen++;
        }
    }

    /**
     * The bare and exact keys of syllables, remembered for the whole build and shared by its threads: the same words
     * come back all the time, and each bare key is one object (with a number), each exact key one string, so that the
     * index's maps compare them by identity. Thread-safe.
     */
    static final class Keys {
        /** Surface forms past this many are folded anew each time (a site of many odd words need not fill memory). */
        static final int MAX_REMEMBERED = 1 << 20;

        /** A bare key: its text and its number in this build (numbers are for pairs; files never show them). */
        static final class Bare {
            final String text;
            final int id;
            /** The text's UTF-8 bytes, as the build cache writes them (not to be changed). */
            final byte[] utf8;

            Bare(String text, int id) {
                this.text = text;
                this.id = id;
                this.utf8 = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            }

            @Override
            public int hashCode() {
                return id;
            }

            @Override
            public String toString() {
                return text;
            }
        }

        /** A syllable's bare key and exact key, with the exact key's UTF-8 bytes (not to be changed). */
        record Key(Bare bare, String exact, byte[] exactUtf8) {
        }

        private final java.util.concurrent.ConcurrentHashMap<String, Key> known =
                new java.util.concurrent.ConcurrentHashMap<>();
        private final java.util.concurrent.ConcurrentHashMap<String, Bare> bares =
                new java.util.concurrent.ConcurrentHashMap<>();
        private final java.util.concurrent.ConcurrentHashMap<String, String> exacts =
                new java.util.concurrent.ConcurrentHashMap<>();
        private final java.util.concurrent.atomic.AtomicInteger ids = new java.util.concurrent.atomic.AtomicInteger();

        Key of(String syllable) {
            Key key = known.get(syllable);
            if (key == null) {
                String exact = exact(Syllables.exact(syllable));
                key = new Key(bare(Syllables.bare(syllable)), exact,
                        exact.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                if (this.known.size() < MAX_REMEMBERED) {
                    this.known.putIfAbsent(syllable, key);
                }
            }
            return key;
        }

        /** The bare key of this text: the same object as for the syllables that fold to it (for documents read back). */
        Bare bare(String text) {
            return bares.computeIfAbsent(text, t -> new Bare(t, ids.getAndIncrement()));
        }

        /** The one string of this exact key. */
        String exact(String text) {
            String same = exacts.putIfAbsent(text, text);
            return same == null ? text : same;
        }

        /** Two neighbouring bare keys as one number. */
        static long pair(Bare first, Bare second) {
            return ((long) first.id << 32) | (second.id & 0xffffffffL);
        }

        /** Every bare key, by number. */
        Bare[] byId() {
            Bare[] all = new Bare[ids.get()];
            bares.values().forEach(bare -> all[bare.id] = bare);
            return all;
        }

        /** Writes the bare keys in the order of their numbers, for a build in another process. */
        void write(java.io.DataOutput out) throws java.io.IOException {
            Bare[] all = byId();
            out.writeInt(all.length);
            for (Bare bare : all) {
                out.writeUTF(bare.text);
            }
        }

        /** Keys whose bare keys have the numbers {@link #write} wrote them with. */
        static Keys read(java.io.DataInput in) throws java.io.IOException {
            int count = in.readInt();
            if (count < 0 || count > 1 << 26) {
                throw new java.io.IOException("not a count of bare keys: " + count);
            }
            Keys keys = new Keys();
            for (int id = 0; id < count; id++) {
                String text = in.readUTF();
                if (keys.bares.putIfAbsent(text, new Bare(text, id)) != null) {
                    throw new java.io.IOException("a bare key twice: " + text);
                }
            }
            keys.ids.set(count);
            return keys;
        }
    }
}
