package vn.gazette.render;

import java.io.IOException;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import vn.gazette.content.ArticleDate;
import vn.gazette.internal.Digest;
import vn.gazette.internal.Workers;
import vn.gazette.site.Article;
import vn.gazette.site.ArticleNames;
import vn.gazette.site.Pager;
import vn.gazette.site.Site;
import vn.gazette.site.Term;

/**
 * The incremental key of each output: a digest of the output's <em>input</em> ({@link Output#input}), the record
 * its kind makes the view or the bytes from, walked field by field, with the digest of the theme and settings and
 * the site's menu. The key is derived, not kept by hand: a kind reads only its input, so whatever a view shows is
 * in the key, and a field added to an input record is in the key by itself. The same key means the same file, so
 * a file whose key did not change since the last build is not even looked at (the preview server's rebuilds).
 *
 * <p>An article inside an input counts by its <em>stamp</em>: its record (front matter, address, where its body
 * starts) and its names as the site shows them ({@link vn.gazette.site.ArticleNames}), digested once per build;
 * the front matter's part of it is kept from build to build by source file, for the same file checksum and the same
 * theme and settings (which hold what the front matter is read with: the time zone, the taxonomies), since the same
 * file so read gives the same front matter.
 * The stamp leaves out the file's checksum, which stands for the body: only an article page is given its body
 * ({@link Output.ArticlePage}), so only its key counts the checksum, and an edit of a body changes the key of that
 * page alone, not of every list, feed and related list the article is in. A list of
 * related articles ({@link RelatedArticles}) counts by the articles the ranking chose, ranked again only when what
 * the ranking reads changed. Big shared parts of the model (a term with its articles, a year) are digested once per
 * build and remembered by identity. Keys are compared within one running process, and with those the build cache
 * keeps of the last build ({@link vn.gazette.publish.PublishMemo}) only for the same code (its files' stamp).
 * Thread-safe once made.
 */
public final class OutputKeys {

    private final Site site;
    private final long global;
    private final Map<Article, Long> stamps = new IdentityHashMap<>();
    private final long[] stampsInOrder;
    private final Map<String, long[]> related;
    /** Presized ({@link #SHARED_PER_ARTICLE}). */
    private final Map<Identity, Long> shared;

    /**
     * @param siteDigest the digest of the theme and settings ({@link PageRenderer#siteDigest})
     * @param siteView   what every page shows of the site (its menu depends on which indexes exist)
     * @param related    the related articles' part of each article's key, by address, with what the ranking read
     *                   when it was made: kept from build to build, so the ranking is redone only near a change;
     *                   thread-safe, as {@code fronts} (the workers update both)
     * @param fronts     the digest of each article's front matter, by source file, with what it holds for (the
     *                   file's checksum and the theme and settings): kept from build to build, so an unchanged file's
     *                   front matter is not walked again
     */
    OutputKeys(Site site, long siteDigest, Views.SiteView siteView, Map<String, long[]> related,
            Map<String, long[]> fronts, Workers workers) throws IOException {
        this.site = site;
        this.related = related;
        this.shared = new ConcurrentHashMap<>(Math.max(64, site.articles().size() * SHARED_PER_ARTICLE));
        Digest chrome = new Digest().add(siteDigest);
        walk(chrome, siteView);
        this.global = chrome.value();
        List<Article> articles = site.articles();
        this.stampsInOrder = new long[articles.size()];
        List<Integer> positions = java.util.stream.IntStream.range(0, articles.size()).boxed().toList();
        workers.forEach(positions, i -> {
            Article article = articles.get(i);
            Digest stamp = new Digest();
            components(stamp, article, "checksum", "front", front(article, fronts));
            walk(stamp, site.names(article));
            stampsInOrder[i] = stamp.value();
        });
        for (int i = 0; i < stampsInOrder.length; i++) {
            stamps.put(articles.get(i), stampsInOrder[i]);
        }
    }

    /**
     * About how many shared parts of the model a build digests per article (about 20,500 for the 10,000 articles of
     * the benchmark's corpus when every front matter is walked, 10,500 when they are kept): the map of them is made
     * that big, so it does not grow while every worker fills it.
     */
    private static final int SHARED_PER_ARTICLE = 3;

    /** The key of an output: its kind, its path and its input, and an article page's file checksum. */
    public long of(Output output) {
        return withBody(base(output), output, site);
    }

    /**
     * An output's key but for its body: its kind, its path and its input. For a site of the same model
     * ({@link Site#sameModel}), the same theme and settings and the same pictures, an output at the same path has
     * the same base, which is what lets a build of the preview server keep them ({@link KeyMemo}).
     */
    long base(Output output) {
        Digest digest = new Digest().add(global).add(output.kind()).add(output.path());
        walk(digest, output.input());
        return digest.value();
    }

    /** The key of an output from its {@link #base}: an article page's counts its file's checksum in {@code site}. */
    static long withBody(long base, Output output, Site site) {
        return output instanceof Output.ArticlePage page
                ? new Digest().add(base).add(site.checksum(page.article())).value() : base;
    }

    private void walk(Digest digest, Object value) {
        if (value == null) {
            digest.add((String) null);
        } else if (value instanceof String text) {
            digest.add(text);
        } else if (value instanceof Number || value instanceof Boolean || value instanceof Character
                || value instanceof Enum<?> || value instanceof java.time.temporal.TemporalAccessor
                || value instanceof java.time.ZoneId || value instanceof java.nio.file.Path
                || value instanceof java.net.URI || value instanceof java.util.Locale) {
            digest.add(value.getClass().getSimpleName()).add(value.toString());
        } else if (value instanceof ArticleDate date) {
            digest.add(date.iso()).add(date.isoDateTime());
        } else if (value instanceof Article article) {
            digest.add(stamp(article));
        } else if (value instanceof RelatedArticles list) {
            digest.add(related(list.article()));
        } else if (value instanceof Optional<?> optional) {
            digest.add(optional.isPresent() ? 1 : 0);
            optional.ifPresent(v -> walk(digest, v));
        } else if (value instanceof OptionalInt optional) {
            digest.add(optional.isPresent() ? 1 : 0).add(optional.orElse(0));
        } else {
            digest.add(remembered(value));
        }
    }

    /** Collections, maps and records: digested once per build when they are parts of the model shared by pages. */
    private long remembered(Object value) {
        boolean share = value instanceof Collection<?> items ? items.size() > 16
                : value instanceof Map<?, ?> || value instanceof Record && REMEMBERED.get(value.getClass());
        Identity identity = share ? new Identity(value) : null;
        if (share) {
            Long known = shared.get(identity);
            if (known != null) {
                return known;
            }
        }
        Digest digest = new Digest();
        if (value instanceof Collection<?> items) {
            digest.add("[").add(items.size());
            items.forEach(item -> walk(digest, item));
        } else if (value instanceof Map<?, ?> map) {
            digest.add("{").add(map.size());
            new TreeMap<>(map).forEach((k, v) -> {
                walk(digest, k);
                walk(digest, v);
            });
        } else if (value instanceof Record) {
            components(digest, value, null, null, 0);
        } else {
            throw new IllegalArgumentException("not a value an output can be made from: " + value.getClass().getName());
        }
        long result = digest.value();
        if (share) {
            shared.put(identity, result);
        }
        return result;
    }

    /**
     * A record's components, each walked, but for the one named {@code leftOut}, and the one named {@code given},
     * whose digest is {@code givenDigest} (what {@link #remembered} makes of it).
     */
    private void components(Digest digest, Object record, String leftOut, String given, long givenDigest) {
        RecordShape shape = RecordShape.of(record);
        digest.add(shape.nameDigest);
        for (int i = 0; i < shape.names.length; i++) {
            String name = shape.names[i];
            if (name.equals(leftOut)) {
                continue;
            }
            if (name.equals(given)) {
                digest.add(givenDigest);
                continue;
            }
            walk(digest, shape.component(record, i));
        }
    }

    /**
     * Whether the records of a class are digested once per build ({@link #remembered}): those of the site model, but
     * for the ones made for one page or one article ({@link #MADE_FOR_ONE}).
     */
    private static final ClassValue<Boolean> REMEMBERED = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            return type.getPackageName().equals(Site.class.getPackageName()) && !MADE_FOR_ONE.contains(type);
        }
    };

    /**
     * The records of the site model that are made for one page or one article: a pager, a page of a conference
     * view, an article's names and their parts. Remembering each costs more than walking it, since it is walked
     * once (in the benchmark's corpus, 106,000 of them remembered and 3,400 found again, against 54,000 times
     * for the 187 terms). The others are parts many pages share: a term, a month, a conference entry.
     */
    private static final Set<Class<?>> MADE_FOR_ONE = Set.of(Pager.class, Site.ConferencePage.class,
            ArticleNames.class, ArticleNames.Named.class, Term.Link.class);

    /**
     * The digest of an article's front matter, as walking it gives ({@link #remembered}), taken from {@code fronts}
     * when it holds one for the same file checksum and theme and settings.
     */
    private long front(Article article, Map<String, long[]> fronts) {
        String file = article.source().relative();
        long holdsFor = new Digest().add(site.checksum(article)).add(global).value();
        long[] known = fronts.get(file);
        if (known != null && known[0] == holdsFor) {
            return known[1];
        }
        long digest = remembered(article.front());
        fronts.put(file, new long[] {holdsFor, digest});
        return digest;
    }

    private long stamp(Article article) {
        Long stamp = stamps.get(article);
        if (stamp == null) {
            throw new IllegalArgumentException("not an article of this site: " + article.url());
        }
        return stamp;
    }

    /** The related articles' part of a key, ranked again only when the ranking's inputs changed. */
    private long related(Article article) {
        long inputs = new Digest().add(global).add(site.related().inputs(article, stampsInOrder)).value();
        long[] known = related.get(article.url());
        if (known != null && known[0] == inputs) {
            return known[1];
        }
        Digest digest = new Digest();
        site.related().of(article).forEach(other -> digest.add(stamp(other)));
        related.put(article.url(), new long[] {inputs, digest.value()});
        return digest.value();
    }

    /** A value compared by identity: the same object of the model is digested once. */
    private record Identity(Object value) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Identity that && that.value == value;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(value);
        }
    }
}
