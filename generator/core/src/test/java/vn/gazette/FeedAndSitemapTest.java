package vn.gazette;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gazette.render.SitemapWriter;

/** Feeds read back with ROME, as feed readers do; sitemaps validated against the sitemaps.org schema. */
class FeedAndSitemapTest {

    private static final String SITE = """
            -- site.yaml --
            title: Lưu trữ thử
            description: "Tin & ảnh <thử>"
            baseUrl: https://example.gov.vn/luu-tru/
            feedSize: 2
            -- articles/a.md --
            ---
            title: "Bài A & <b>"
            date: 2023-09-22
            tags: [tập huấn]
            author: Minh Tâm
            summary: "Tóm tắt đầy đủ của bài A, không bị cắt."
            ---
            A
            -- articles/b.md --
            ---
            title: Bài B
            date: 2023-09-23T08:30
            updated: 2023-10-01
            tags: [tập huấn]
            ---
            B
            -- articles/c.md --
            ---
            title: Bài C
            date: 2022-01-05
            tags: [tập huấn, biên giới]
            ---
            C
            """;

    @TempDir
    Path dir;

    private MiniSite build() {
        MiniSite site = MiniSite.of(dir, SITE);
        BuildResult result = site.build();
        assertThat(site.messages(result)).isEmpty();
        return site;
    }

    private static SyndFeed read(Path file) throws Exception {
        try (XmlReader reader = new XmlReader(file.toFile())) {
            return new SyndFeedInput().build(reader);
        }
    }

    @Test
    void theSiteFeedIsAtomWithTheLatestEntriesAndAbsoluteLinks() throws Exception {
        MiniSite site = build();
        SyndFeed feed = read(site.output().resolve("atom.xml"));
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getTitle()).isEqualTo("Lưu trữ thử");
        assertThat(feed.getDescription()).isEqualTo("Tin & ảnh <thử>");
        assertThat(feed.getLinks()).extracting(SyndLink::getRel, SyndLink::getHref).containsExactly(
                tuple("alternate", "https://example.gov.vn/luu-tru/"),
                tuple("self", "https://example.gov.vn/luu-tru/atom.xml"));
        assertThat(feed.getUri()).isEqualTo("https://example.gov.vn/luu-tru/");
        List<SyndEntry> entries = feed.getEntries();
        assertThat(entries).extracting(SyndEntry::getTitle).containsExactly("Bài B", "Bài A & <b>");
        SyndEntry a = entries.get(1);
        assertThat(a.getLink()).isEqualTo("https://example.gov.vn/luu-tru/articles/a/");
        assertThat(a.getUri()).isEqualTo("https://example.gov.vn/luu-tru/articles/a/");
        assertThat(a.getAuthor()).isEqualTo("Minh Tâm");
        assertThat(a.getDescription().getValue()).isEqualTo("Tóm tắt đầy đủ của bài A, không bị cắt.");
        assertThat(a.getPublishedDate().toInstant()).isEqualTo(Instant.parse("2023-09-21T17:00:00Z"));
        assertThat(entries.get(0).getUpdatedDate().toInstant()).isEqualTo(Instant.parse("2023-09-30T17:00:00Z"));
        assertThat(feed.getPublishedDate().toInstant()).isEqualTo(Instant.parse("2023-09-30T17:00:00Z"));
    }

    @Test
    void eachTermHasItsOwnFeedAnnouncedOnItsPage() throws Exception {
        MiniSite site = build();
        SyndFeed feed = read(site.output().resolve("the/bien-gioi/atom.xml"));
        assertThat(feed.getTitle()).isEqualTo("Lưu trữ thử – biên giới");
        assertThat(feed.getLinks()).extracting(SyndLink::getRel, SyndLink::getHref).containsExactly(
                tuple("alternate", "https://example.gov.vn/luu-tru/the/bien-gioi/"),
                tuple("self", "https://example.gov.vn/luu-tru/the/bien-gioi/atom.xml"));
        assertThat(feed.getEntries()).extracting(SyndEntry::getTitle).containsExactly("Bài C");
        Document page = Jsoup.parse(site.read("the/bien-gioi/index.html"));
        assertThat(page.select("link[rel=alternate][type=application/atom+xml]").eachAttr("href"))
                .containsExactly("/luu-tru/atom.xml", "/luu-tru/the/bien-gioi/atom.xml");
    }

    @Test
    void theSitemapListsEveryPageExceptThe404WithLastChangesAndIsValid() throws Exception {
        MiniSite site = build();
        String xml = site.read("sitemap.xml");
        validate(xml, "sitemap.xsd");
        Document sitemap = Jsoup.parse(xml, "", Parser.xmlParser());
        List<String> locations = sitemap.select("url > loc").eachText();
        assertThat(locations).hasSize(15).doesNotContain("https://example.gov.vn/luu-tru/404.html")
                .contains("https://example.gov.vn/luu-tru/", "https://example.gov.vn/luu-tru/the/tap-huan/",
                        "https://example.gov.vn/luu-tru/2023/09/", "https://example.gov.vn/luu-tru/articles/b/",
                        "https://example.gov.vn/luu-tru/tac-gia/", "https://example.gov.vn/luu-tru/tac-gia/minh-tam/");
        assertThat(sitemap.select("url:has(loc:containsOwn(/articles/b/)) > lastmod").text()).isEqualTo("2023-10-01");
        assertThat(sitemap.select("url:has(loc:containsOwn(/articles/a/)) > lastmod").text()).isEqualTo("2023-09-22");
        assertThat(sitemap.select("url:has(loc:matchesOwn(^https://example.gov.vn/luu-tru/$)) > lastmod").text()).isEqualTo("2023-10-01");
        List<String> pages = new ArrayList<>(site.outputFiles().stream()
                .filter(f -> f.endsWith("index.html")).map(f -> "https://example.gov.vn/luu-tru/"
                        + f.substring(0, f.length() - "index.html".length())).toList());
        assertThat(locations).containsExactlyInAnyOrderElementsOf(pages);
    }

    @Test
    void robotsTxtPointsAtTheSitemap() {
        MiniSite site = build();
        assertThat(site.read("robots.txt")).isEqualTo("User-agent: *\nAllow: /\n\nSitemap: "
                + "https://example.gov.vn/luu-tru/sitemap.xml\n");
    }

    @Test
    void aSiteOfMoreThanFiftyThousandPagesGetsASitemapIndex() throws Exception {
        vn.gazette.config.SiteConfig config = new vn.gazette.config.SiteConfig("T", "", java.net.URI.create(
                "https://example.gov.vn/"), vn.gazette.config.SiteConfig.VIETNAMESE,
                vn.gazette.config.SiteConfig.DEFAULT_ZONE, 10, vn.gazette.config.RawHtmlPolicy.SANITIZE);
        List<SitemapWriter.Entry> entries = new ArrayList<>();
        for (int i = 0; i < SitemapWriter.MAX_URLS + 1; i++) {
            entries.add(new SitemapWriter.Entry("/articles/" + i + "/", Optional.empty()));
        }
        List<SitemapWriter.File> files = new SitemapWriter(config).sitemaps(entries);
        assertThat(files).extracting(SitemapWriter.File::path).containsExactly("sitemap.xml", "sitemap-1.xml",
                "sitemap-2.xml");
        validate(files.get(0).text(), "siteindex.xsd");
        validate(files.get(1).text(), "sitemap.xsd");
        validate(files.get(2).text(), "sitemap.xsd");
        assertThat(Jsoup.parse(files.get(0).text(), "", Parser.xmlParser()).select("sitemap > loc").eachText())
                .containsExactly("https://example.gov.vn/sitemap-1.xml", "https://example.gov.vn/sitemap-2.xml");
        assertThat(Jsoup.parse(files.get(2).text(), "", Parser.xmlParser()).select("url > loc").eachText())
                .containsExactly("https://example.gov.vn/articles/50000/");
    }

    private static void validate(String xml, String schema) throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        Validator validator = factory.newSchema(ProjectFiles.testResources().resolve("schemas").resolve(schema).toFile())
                .newValidator();
        validator.validate(new StreamSource(new StringReader(xml)));
    }

}
