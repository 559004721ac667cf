package vn.gazette.site;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.gazette.config.SiteConfig;
import vn.gazette.content.BrokenArticle;
import vn.gazette.content.PartialFrontMatter;
import vn.gazette.internal.Slugs;
import vn.gazette.problem.Message;
import vn.gazette.problem.Problems;
import vn.gazette.problem.SourcePosition;
import vn.gazette.source.SourceFile;

/**
 * Gives articles their URLs and refuses a second article at a URL already taken, the articles to publish and the
 * broken ones alike (an error elsewhere in a file must not hide that its URL is taken). Not thread-safe; one per
 * assembly, fed in file order, so that the first file by name keeps a URL and the second is told.
 */
final class Addresses {

    private final SiteConfig config;
    private final Problems problems;
    private final Map<String, SourceFile> taken = new HashMap<>();
    private final List<Suggested> suggested = new ArrayList<>();
    /** The start of the URLs of a folder's articles ({@code /articles/2023/}), by folder, once made without error. */
    private final Map<String, String> folders = new HashMap<>();

    /** A broken article whose URL is made with the slug its error suggests, and the URL. */
    private record Suggested(BrokenArticle article, String url) {
    }

    Addresses(SiteConfig config, Problems problems) {
        this.config = config;
        this.problems = problems;
    }

    /**
     * Takes the URL for an article to publish, or reports the article that has it already.
     *
     * @return whether the URL was free
     */
    boolean take(String url, SourceFile source, java.util.function.Supplier<SourcePosition> slug) {
        SourceFile other = taken.putIfAbsent(url, source);
        if (other != null) {
            problems.error(slug.get(), SiteAssembler.STAGE, Message.of("site.article.clash", other.relative(), url));
            return false;
        }
        return true;
    }

    /**
     * Takes the URL a broken article would have once corrected (see {@link #url(BrokenArticle)}). One made with the
     * slug its error suggests is compared only at the {@link #end}, with every URL taken.
     */
    void take(BrokenArticle article, String url) {
        PartialFrontMatter known = article.known();
        if (known.slug().isEmpty() && known.suggestedSlug().isPresent()) {
            suggested.add(new Suggested(article, url));
        } else {
            take(url, article.source(), () -> slug(article));
        }
    }

    /** Reports the slugs suggested to broken articles that another article has already. */
    void end() {
        for (Suggested item : suggested) {
            SourceFile other = taken.putIfAbsent(item.url(), item.article().source());
            if (other != null) {
                problems.error(slug(item.article()), SiteAssembler.STAGE, Message.of("site.article.clash.suggested",
                        item.article().known().suggestedSlug().orElseThrow(), other.relative(), item.url()));
            }
        }
    }

    private static SourcePosition slug(BrokenArticle article) {
        return article.known().positionOf("slug", SourcePosition.of(article.source().path(), 1, 1));
    }

    /**
     * Where a broken article would be published once corrected: with its slug when it is valid, else with the slug
     * its error suggests, else (no slug written) with its file name. None when a slug is written that is not valid
     * and suggests nothing: the URL depends on what the editor will write, so it is not compared with the others'.
     */
    Optional<String> url(BrokenArticle article) {
        PartialFrontMatter known = article.known();
        Optional<String> slug = known.slug().or(known::suggestedSlug);
        if (slug.isEmpty() && known.slugRefused()) {
            return Optional.empty();
        }
        return url(article.source(), slug, problems);
    }

    /** The site path: the file's folders (as slugs) and the slug, e.g. {@code /articles/2023/tap-huan/}. */
    Optional<String> url(SourceFile source, Optional<String> chosen, Problems problems) {
        String start = folders.get(source.folder());
        if (start == null) {
            StringBuilder folderUrl = new StringBuilder("/");
            if (!source.folder().isEmpty()) {
                for (String folder : source.folder().split("/")) {
                    String segment = Slugs.isValid(folder) ? folder : Slugs.slugify(folder);
                    if (segment.isEmpty()) { // told for each article of the folder: not remembered
                        problems.error(SourcePosition.of(source.path()), SiteAssembler.STAGE,
                                Message.of("site.folder.no-slug", folder));
                        return Optional.empty();
                    }
                    folderUrl.append(segment).append('/');
                }
            }
            start = folderUrl.toString();
            folders.put(source.folder(), start);
        }
        StringBuilder url = new StringBuilder(start);
        String stem = source.withoutExtension().substring(source.folder().isEmpty() ? 0 : source.folder().length() + 1);
        String slug = chosen.orElseGet(() -> Slugs.isValid(stem) ? stem : Slugs.slugify(stem));
        SourcePosition first = SourcePosition.of(source.path(), 1, 1);
        if (slug.isEmpty()) {
            problems.error(first, SiteAssembler.STAGE, Message.of("site.file.no-slug", source.name()));
            return Optional.empty();
        }
        if (source.folder().isEmpty() && slug.equals(config.segments().page())) {
            problems.error(first, SiteAssembler.STAGE, Message.of("site.slug.reserved", "/" + slug + "/"));
            return Optional.empty();
        }
        return Optional.of(url.append(slug).append('/').toString());
    }
}
