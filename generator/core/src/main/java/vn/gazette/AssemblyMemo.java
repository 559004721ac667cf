package vn.gazette;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.gazette.config.ProvinceVocabulary;
import vn.gazette.config.SiteConfig;
import vn.gazette.content.ParsedArticle;
import vn.gazette.problem.Problem;
import vn.gazette.site.Article;
import vn.gazette.site.Site;
import vn.gazette.site.SiteAssembler;
import vn.gazette.source.SourceFile;

/**
 * The site model a running process assembled last, with what it was assembled from, so that a rebuild after an edit
 * of a body alone (the preview server's usual rebuild) takes the same model instead of assembling it again: the
 * taxonomies, archive, related articles, conference index and names are then the same objects, and so are the
 * output keys worked out from them ({@link vn.gazette.render.KeyMemo}).
 *
 * <p>The model is taken only when everything assembly reads is the same: the settings, the province vocabulary, the
 * switches for drafts, future and expired articles, the files copied as they are, and every article's file with its
 * front matter and where its body starts; when no article has errors; and when the build time is no earlier than the
 * kept model's, on the same local day (the plausibility check reads today), and before the model's next scheduled
 * change. A body's new checksum then goes into the site taken ({@link Site#withChecksums}); the problems assembly
 * reported are reported again. One belongs to a {@link BuildSession}; not thread-safe (builds must not overlap).
 */
final class AssemblyMemo {

    /** A model with what it was assembled from, and the problems assembling it found. */
    private record Kept(Site site, SiteConfig config, ProvinceVocabulary vocabulary, SiteAssembler.Options options,
            List<SourceFile> assets, Map<String, ParsedArticle> articles, List<Problem> problems) {
    }

    /** The model taken, and the problems to report again. */
    record Taken(Site site, List<Problem> problems) {
    }

    private Kept kept;

    /** The kept model, for articles whose bodies alone changed since; empty when anything else did. */
    Optional<Taken> take(SiteConfig config, ProvinceVocabulary vocabulary, List<ParsedArticle> parsed,
            List<SourceFile> assets, SiteAssembler.Options options) {
        if (kept == null || !kept.config().equals(config) || !kept.vocabulary().equals(vocabulary)
                || !sameSwitches(kept.options(), options) || !timeAllows(options.now(), config)
                || !kept.assets().equals(assets) || kept.articles().size() != parsed.size()) {
            return Optional.empty();
        }
        Map<String, Long> changed = new HashMap<>();
        Map<String, String> urls = null;
        for (ParsedArticle article : parsed) {
            ParsedArticle before = kept.articles().get(article.source().relative());
            if (before == article) {
                continue;
            }
            if (before == null || !before.source().equals(article.source()) || !before.front().equals(article.front())
                    || before.bodyOffset() != article.bodyOffset()
                    || before.bodyFirstLine() != article.bodyFirstLine()) {
                return Optional.empty();
            }
            if (before.checksum() != article.checksum()) {
                if (urls == null) {
                    urls = urls(kept.site());
                }
                String url = urls.get(article.source().relative());
                if (url != null) { // an article left out has no page: its body is not read
                    changed.put(url, article.checksum());
                }
            }
        }
        return Optional.of(new Taken(kept.site().withChecksums(changed), kept.problems()));
    }

    /** Keeps a model assembled without broken articles, with what it was assembled from. */
    void keep(Site site, SiteConfig config, ProvinceVocabulary vocabulary, List<ParsedArticle> parsed,
            List<SourceFile> assets, SiteAssembler.Options options, List<Problem> problems) {
        Map<String, ParsedArticle> articles = new HashMap<>(parsed.size() * 2);
        parsed.forEach(article -> articles.put(article.source().relative(), article));
        kept = new Kept(site, config, vocabulary, options, List.copyOf(assets), articles, List.copyOf(problems));
    }

    /** Forgets the kept model (the build had broken articles, or failed before it assembled one). */
    void forget() {
        kept = null;
    }

    private static boolean sameSwitches(SiteAssembler.Options before, SiteAssembler.Options now) {
        return before.includeDrafts() == now.includeDrafts() && before.includeFuture() == now.includeFuture()
                && before.includeExpired() == now.includeExpired();
    }

    /**
     * Whether the model assembled at the kept time is the one of {@code now}: not earlier, the same day in the site's
     * time zone, and not at or after the next scheduled change.
     */
    private boolean timeAllows(Instant now, SiteConfig config) {
        Instant then = kept.options().now();
        if (now.isBefore(then)
                || !then.atZone(config.timeZone()).toLocalDate().equals(now.atZone(config.timeZone()).toLocalDate())) {
            return false;
        }
        return kept.site().schedule().next().map(change -> now.isBefore(change.when().value().toInstant()))
                .orElse(true);
    }

    private static Map<String, String> urls(Site site) {
        Map<String, String> urls = new HashMap<>(site.articles().size() * 2);
        for (Article article : site.articles()) {
            urls.put(article.source().relative(), article.url());
        }
        return urls;
    }
}
