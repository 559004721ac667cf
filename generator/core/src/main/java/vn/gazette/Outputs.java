package vn.gazette;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import vn.gazette.content.ArticleDate;
import vn.gazette.render.ConferenceExports;
import vn.gazette.render.FeedWriter;
import vn.gazette.render.PageKeys;
import vn.gazette.render.PageRenderer;
import vn.gazette.render.SitemapWriter;
import vn.gazette.site.Archive;
import vn.gazette.site.Conferences;
import vn.gazette.site.Article;
import vn.gazette.site.Pager;
import vn.gazette.site.Schedule;
import vn.gazette.site.Site;
import vn.gazette.site.Taxonomy;
import vn.gazette.site.Term;

/**
 * Everything a site publishes besides its article pages, as a list of independent jobs that workers render in
 * parallel: list pages (home, terms, archives) with their continuation pages, index pages, Atom feeds, the
 * sitemap, robots.txt, the 404 page and schedule.json. Immutable once made.
 */
final class Outputs {

    /** One file to write. */
    sealed interface Output permits PageOutput, DataOutput {
        String path();
    }

    /**
     * A page rendered with a template; it is made only when its fingerprint changed, and not even looked at when
     * its key did not (see {@link PageKeys}).
     */
    record PageOutput(String path, Supplier<PageRenderer.Page> page, ToLongFunction<PageKeys> key) implements Output {
    }

    /**
     * A data file Gazette writes itself (feeds, sitemap, exports); with a key (see {@link PageKeys}) it is not
     * made again when the key did not change.
     */
    record DataOutput(String path, Supplier<String> text, Optional<ToLongFunction<PageKeys>> key) implements Output {
        DataOutput(String path, Supplier<String> text) {
            this(path, text, Optional.empty());
        }

        DataOutput(String path, Supplier<String> text, ToLongFunction<PageKeys> key) {
            this(path, text, Optional.of(key));
        }
    }

    private Outputs() {
    }

    static List<Output> of(Site site, PageRenderer pages) {
        List<Output> outputs = new ArrayList<>();
        FeedWriter feeds = new FeedWriter(site.config());
        for (Pager<Article> pager : site.homePages()) {
            outputs.add(page(pager.url(), () -> pages.home(pager), keys -> keys.home(pager)));
        }
        outputs.add(new DataOutput("atom.xml", () -> (feeds.feed(site.config().title(), "/",
                site.articles())), keys -> keys.fronts("atom", site.articles())));
        for (Taxonomy taxonomy : site.taxonomies()) {
            if (taxonomy.terms().isEmpty()) {
                continue;
            }
            outputs.add(page(taxonomy.url(), () -> pages.taxonomy(taxonomy), keys -> keys.taxonomy(taxonomy)));
            for (Term term : taxonomy.terms()) {
                for (Pager<Article> pager : site.pages(term.url(), term.articles())) {
                    outputs.add(page(pager.url(), () -> pages.term(taxonomy, term, pager),
                            keys -> keys.term(taxonomy, term, pager)));
                }
                outputs.add(new DataOutput(term.feedUrl().substring(1), () -> (feeds.feed(
                        site.config().title() + " – " + term.name(), term.url(), term.articles())),
                        keys -> keys.fronts("atom " + term.url() + " " + term.name(), term.articles())));
            }
        }
        Archive archive = site.archive();
        if (!archive.years().isEmpty()) {
            outputs.add(page(archive.url(), () -> pages.archive(archive), keys -> keys.archive(archive)));
            for (Archive.Year year : archive.years()) {
                for (Pager<Article> pager : site.pages(year.url(), year.articles())) {
                    outputs.add(page(pager.url(), () -> pages.year(archive, year, pager),
                            keys -> keys.year(archive, year, pager)));
                }
                for (Archive.Month month : year.months()) {
                    for (Pager<Article> pager : site.pages(month.url(), month.articles())) {
                        outputs.add(page(pager.url(), () -> pages.month(archive, month, pager),
                                keys -> keys.month(archive, month, pager)));
                    }
                }
            }
        }
        Conferences conferences = site.conferences();
        if (!conferences.entries().isEmpty()) {
            for (Site.ConferencePage page : site.conferencePages()) {
                outputs.add(page(page.url(), () -> pages.conferences(page), keys -> keys.conferences(page)));
            }
            for (Pager<Conferences.SpeakerRecord> pager : site.speakerPages()) {
                outputs.add(page(pager.url(), () -> pages.speakers(pager), keys -> keys.speakers(pager)));
            }
            ConferenceExports exports = new ConferenceExports(site.config());
            String base = conferences.url().substring(1);
            outputs.add(new DataOutput(base + "conferences.json", () -> (exports.json(conferences)),
                    keys -> keys.conferenceFronts("json")));
            outputs.add(new DataOutput(base + "conferences.schema.json", () -> (schema())));
            outputs.add(new DataOutput(base + "conferences.csv", () -> (new String(exports.csv(conferences),
                    java.nio.charset.StandardCharsets.UTF_8)), keys -> keys.conferenceFronts("csv")));
            outputs.add(new DataOutput(base + "conferences.ics", () -> (exports.ics(conferences)),
                    keys -> keys.conferenceFronts("ics")));
        }
        outputs.add(new PageOutput("404.html", pages::notFound, PageKeys::notFound));
        SitemapWriter sitemaps = new SitemapWriter(site.config());
        List<SitemapWriter.File> files = sitemaps.sitemaps(sitemapEntries(site));
        for (SitemapWriter.File file : files) {
            outputs.add(new DataOutput(file.path(), () -> (file.text())));
        }
        outputs.add(new DataOutput("robots.txt", () -> (sitemaps.robots())));
        outputs.add(new DataOutput(Schedule.FILE, () -> site.schedule().json()));
        return outputs;
    }

    /** The JSON schema of conferences.json, shipped inside Gazette. */
    private static String schema() {
        try (java.io.InputStream in = ConferenceExports.class.getResourceAsStream("conferences.schema.json")) {
            if (in == null) {
                throw new IllegalStateException("conferences.schema.json is missing from the Gazette jar");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Output page(String url, Supplier<PageRenderer.Page> page, ToLongFunction<PageKeys> key) {
        return new PageOutput(url.substring(1) + "index.html", page, key);
    }

    /** Every page of the site with its last change: articles, then list pages, in a stable order. */
    private static List<SitemapWriter.Entry> sitemapEntries(Site site) {
        List<SitemapWriter.Entry> entries = new ArrayList<>();
        for (Site.ListPage page : site.listPages()) {
            entries.add(new SitemapWriter.Entry(page.url(), latest(page.articles())));
        }
        for (Article article : site.articles()) {
            entries.add(new SitemapWriter.Entry(article.url(), Optional.of(article.front().lastModified())));
        }
        return entries;
    }

    private static Optional<ArticleDate> latest(List<Article> articles) {
        return articles.stream().map(a -> a.front().lastModified()).max(Comparable::compareTo);
    }
}
