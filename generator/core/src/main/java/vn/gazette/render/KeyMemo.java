package vn.gazette.render;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import vn.gazette.image.ImageStage;
import vn.gazette.internal.Digest;
import vn.gazette.internal.LongText;
import vn.gazette.site.Site;

/**
 * The output keys of the last build, kept for the next one when it builds the same site model. Each output's key but
 * for its body ({@link OutputKeys#base}) is then the same at the same path, so it is remembered by path and worked
 * out once; an article page's key adds the checksum its site reads its body with, which is all an edit of a body
 * changes. A build of another model starts again. Thread-safe: one build's workers share it; builds must not
 * overlap.
 *
 * <p>Inside one process (the preview server) the same model is the same object ({@link Site#sameModel}: a rebuild
 * after an edit of a body alone reuses the model). A build in a process of its own assembles its model anew, so it
 * tells the memo what it assembled ({@link #assembled}, a {@link Model}): the keys a session of the build cache kept
 * ({@link #write}, {@link #read}) are taken when they were worked out for a model of the same key, in a time the
 * model did not change in, with the same theme and settings and the same pictures, and an output whose base is
 * kept is then not digested at all ({@link OutputKeys} are made only for an output no base is kept for).
 */
public final class KeyMemo {

    /**
     * A model as a build in another process can tell it again.
     *
     * @param key       a digest of everything its assembly read but for the settings and theme (which the keys'
     *                  {@code siteDigest} holds) and the bodies, and of the local day it was assembled on
     * @param assembled the build time it was assembled for
     * @param next      its next scheduled change, when it has one: from then on the same inputs give another model
     */
    public record Model(long key, Instant assembled, Optional<Instant> next) {

        /** Whether keys worked out for this model hold for {@code later}, a model assembled since. */
        boolean holdsFor(Model later) {
            return later.key() == key && !later.assembled().isBefore(assembled)
                    && next.map(later.assembled()::isBefore).orElse(true);
        }
    }

    /**
     * What the kept keys hold for, and the keys.
     *
     * @param model  what a build in another process can tell the model by; empty when the build did not say
     * @param keys   the keys of the site, to work out bases with; null when a session of the build cache kept the
     *               base of every output
     * @param bases  each output's key but for its body, by path
     * @param bodies each article page's key with the checksum of the body it was worked out for, by path: a body that
     *               did not change gives the same key without a digest worked out again
     */
    private record Kept(Site site, Optional<Model> model, long siteDigest, ImageStage.Pictures pictures,
            long picturesDigest, OutputKeys keys, Map<String, Long> bases, Map<String, long[]> bodies,
            long generation) {
    }

    /** The keys a session of the build cache kept, for a model ({@link #read}); taken by the next build or dropped. */
    private record Stored(Model model, long siteDigest, long pictures, Map<String, Long> bases, long generation) {
    }

    /** Makes the output keys of a site when the kept ones do not hold for it. */
    @FunctionalInterface
    public interface Maker {
        OutputKeys make() throws IOException;
    }

    /** The keys of one build: the kept ones, or new ones. */
    public static final class Keys {
        private final Site site;
        private final Kept kept;
        private final boolean reused;

        private Keys(Site site, Kept kept, boolean reused) {
            this.site = site;
            this.kept = kept;
            this.reused = reused;
        }

        /** The key of an output of this build's site (see {@link OutputKeys#of}). */
        public long of(Output output) {
            Long base = kept.bases().get(output.path());
            if (base == null) {
                if (kept.keys() == null) {
                    throw new IllegalArgumentException("not an output the keys were taken for: " + output.path());
                }
                base = kept.keys().base(output);
                kept.bases().put(output.path(), base);
            }
            if (!(output instanceof Output.ArticlePage page)) {
                return base;
            }
            long checksum = site.checksum(page.article());
            // the base of a path is the same while the keys are kept: the checksum alone tells the key
            long[] known = kept.bodies().get(output.path());
            if (known != null && known[0] == checksum) {
                return known[1];
            }
            long key = OutputKeys.withBody(base, output, site);
            kept.bodies().put(output.path(), new long[] {checksum, key});
            return key;
        }

        /**
         * Which model the keys were made for: a number that changes whenever the keys are made anew, so that what a
         * build remembers of the same model (see {@link vn.gazette.publish.PublishMemo#indexed}) is told apart
         * from what it remembers of another. Keys taken from the session of the build cache keep the number they
         * were made with; keys made anew for a model a build told ({@link #assembled}) take a digest of it, which
         * no build in another process gives another model.
         */
        public long generation() {
            return kept.generation();
        }

        /** Whether the keys are the last build's, kept (in this process, or by the session of the build cache). */
        public boolean reused() {
            return reused;
        }
    }

    /** At most this many kept keys are read from a session: more is not a session a build wrote. */
    private static final int MAX_BASES = 1 << 24;

    private Kept kept;
    private long generations;
    /** The model the next build assembled ({@link #assembled}); null when it did not say. */
    private Model assembled;
    /** The keys the session of the build cache kept ({@link #read}); null when none, or once a build looked. */
    private Stored stored;

    /**
     * Tells the memo what the build about to ask for keys ({@link #keys}) assembled: keys the session of the build
     * cache kept for a model they hold for ({@link Model#holdsFor}) are then taken, and the keys this build works out
     * are kept in the cache with it ({@link #write}).
     */
    public synchronized void assembled(Model model) {
        assembled = model;
    }

    /**
     * The keys of a build of {@code site}: the last build's when they hold for the same model, theme and settings
     * ({@code siteDigest}) and pictures, else those {@code maker} makes, kept for the next build. Keys taken from the
     * session of the build cache are made too when it kept no base for one of the {@code outputs} (all of them).
     */
    public synchronized Keys keys(Site site, long siteDigest, ImageStage.Pictures pictures,
            java.util.Collection<? extends Output> outputs, Maker maker) throws IOException {
        Optional<Model> model = Optional.ofNullable(assembled);
        Stored offered = stored;
        assembled = null;
        stored = null;
        if (kept != null && kept.site().sameModel(site) && kept.siteDigest() == siteDigest
                && kept.pictures().equals(pictures)) {
            return new Keys(site, kept, true);
        }
        kept = null; // what the last build's keys hold on to is let go before the new ones are made
        // worked out once, for a model told: its kept keys are compared, named and written with it
        long picturesDigest = model.isPresent() ? digest(pictures) : 0;
        boolean taken = offered != null && model.isPresent() && offered.model().holdsFor(model.get())
                && offered.siteDigest() == siteDigest && offered.pictures() == picturesDigest;
        Map<String, Long> bases = taken ? offered.bases() : new ConcurrentHashMap<>(); // offered once: not copied
        boolean complete = taken && outputs.stream().allMatch(output -> bases.containsKey(output.path()));
        // made here, not by the first worker that needs them: making them takes the workers
        long generation = taken ? offered.generation()
                : model.map(told -> generation(told, siteDigest, picturesDigest)).orElseGet(() -> ++generations);
        // the keys of the article pages' bodies: one for each article
        kept = new Kept(site, model, siteDigest, pictures, picturesDigest, complete ? null : maker.make(), bases,
                new ConcurrentHashMap<>(Math.max(16, site.articles().size())), generation);
        return new Keys(site, kept, taken);
    }

    /**
     * The generation of keys made anew for a model: the same model, settings and pictures at the same build time are
     * the same model, in any process; never 0, which no generation is.
     */
    private static long generation(Model model, long siteDigest, long picturesDigest) {
        long value = new Digest().add(model.key()).add(model.assembled().getEpochSecond())
                .add(model.assembled().getNano()).add(siteDigest).add(picturesDigest).value();
        return value == 0 ? 1 : value;
    }

    /** Forgets the kept keys (the process's memo of published files was reset). */
    public synchronized void forget() {
        kept = null;
        stored = null;
    }

    /**
     * Writes the kept keys' bases with the model they hold for, for a build in another process ({@link #read}); none
     * when the last build did not say what it assembled ({@link #assembled}).
     */
    public synchronized void write(DataOutput out) throws IOException {
        Kept keys = kept;
        if (keys == null || keys.model().isEmpty()) {
            out.writeBoolean(false);
            return;
        }
        out.writeBoolean(true);
        Model model = keys.model().get();
        out.writeLong(model.key());
        instant(out, model.assembled());
        out.writeBoolean(model.next().isPresent());
        if (model.next().isPresent()) {
            instant(out, model.next().get());
        }
        out.writeLong(keys.siteDigest());
        out.writeLong(keys.picturesDigest());
        out.writeLong(keys.generation());
        // in the map's order: sorting 23,000 paths took a tenth of a second at the end of every build
        List<Map.Entry<String, Long>> bases = List.copyOf(keys.bases().entrySet());
        out.writeInt(bases.size());
        for (Map.Entry<String, Long> base : bases) {
            LongText.write(out, base.getKey());
            out.writeLong(base.getValue());
        }
    }

    /** Reads what {@link #write} wrote, for the next build to take; bytes that are not keys are an IOException. */
    public synchronized void read(DataInput in, int maxText) throws IOException {
        stored = null;
        if (!in.readBoolean()) {
            return;
        }
        long key = in.readLong();
        Instant then = instant(in);
        Optional<Instant> next = in.readBoolean() ? Optional.of(instant(in)) : Optional.empty();
        long siteDigest = in.readLong();
        long pictures = in.readLong();
        long generation = in.readLong();
        int count = in.readInt();
        if (count < 0 || count > MAX_BASES) {
            throw new IOException("not a count of kept keys: " + count);
        }
        Map<String, Long> bases = new ConcurrentHashMap<>(Math.max(16, count)); // what the next build takes
        for (int i = 0; i < count; i++) {
            bases.put(LongText.read(in, maxText), in.readLong());
        }
        stored = new Stored(new Model(key, then, next), siteDigest, pictures, bases, generation);
    }

    private static void instant(DataOutput out, Instant instant) throws IOException {
        out.writeLong(instant.getEpochSecond());
        out.writeInt(instant.getNano());
    }

    private static Instant instant(DataInput in) throws IOException {
        long seconds = in.readLong();
        int nanos = in.readInt();
        if (nanos < 0 || nanos > 999_999_999) {
            throw new IOException("not a time of kept keys");
        }
        return Instant.ofEpochSecond(seconds, nanos);
    }

    /**
     * The settings as one number that is the same in every process, walked as a page's key walks them (maps in the
     * order of their keys): what tells a site model kept in the build cache from one assembled under other settings.
     */
    public static long settings(vn.gazette.config.SiteConfig config) {
        ModelDigest digest = new ModelDigest();
        digest.add("gazette-settings-1");
        digest.add(config);
        return digest.value();
    }

    /** What the pictures of a site are, as one number that is the same in every process. */
    private static long digest(ImageStage.Pictures pictures) {
        Digest digest = new Digest().add(pictures.byPath().size()).add(pictures.files().size());
        new TreeMap<>(pictures.byPath()).forEach((path, picture) -> digest.add(path).add(picture.toString()));
        new TreeMap<>(pictures.files()).forEach((path, file) -> digest.add(path).add(file.toString()));
        return digest.value();
    }
}
