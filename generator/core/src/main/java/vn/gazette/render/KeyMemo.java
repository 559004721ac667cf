package vn.gazette.render;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.gazette.image.ImageStage;
import vn.gazette.site.Site;

/**
 * The output keys of a running process's last build, kept for the next one when it builds the same site model
 * ({@link Site#sameModel}: the preview server's rebuild after an edit of a body alone reuses the model), with the
 * same theme and settings and the same pictures. Each output's key but for its body ({@link OutputKeys#base}) is
 * then the same at the same path, so it is remembered by path and worked out once; an article page's key adds the
 * checksum its site reads its body with, which is all an edit of a body changes. A build of another model starts
 * again. Thread-safe: one build's workers share it; builds must not overlap.
 */
public final class KeyMemo {

    /**
     * What the kept keys hold for, and the keys.
     *
     * @param bases  each output's key but for its body, by path
     * @param bodies each article page's key with the checksum of the body it was worked out for, by path: a body that
     *               did not change gives the same key without a digest worked out again
     */
    private record Kept(Site model, long siteDigest, ImageStage.Pictures pictures, OutputKeys keys,
            Map<String, Long> bases, Map<String, long[]> bodies, long generation) {
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
         * from what it remembers of another.
         */
        public long generation() {
            return kept.generation();
        }

        /** Whether the keys are the last build's, kept. */
        public boolean reused() {
            return reused;
        }
    }

    private Kept kept;
    private long generations;

    /**
     * The keys of a build of {@code site}: the last build's when it holds for the same model, theme and settings
     * ({@code siteDigest}) and pictures, else those {@code maker} makes, kept for the next build.
     */
    public synchronized Keys keys(Site site, long siteDigest, ImageStage.Pictures pictures, Maker maker)
            throws IOException {
        if (kept != null && kept.model().sameModel(site) && kept.siteDigest() == siteDigest
                && kept.pictures().equals(pictures)) {
            return new Keys(site, kept, true);
        }
        kept = null; // what the last build's keys hold on to is let go before the new ones are made
        kept = new Kept(site, siteDigest, pictures, maker.make(), new ConcurrentHashMap<>(), new ConcurrentHashMap<>(),
                ++generations);
        return new Keys(site, kept, false);
    }

    /** Forgets the kept keys (the process's memo of published files was reset). */
    public synchronized void forget() {
        kept = null;
    }
}
