package vn.gazette.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gazette.config.RawHtmlPolicy;
import vn.gazette.config.SiteConfig;
import vn.gazette.content.DateParser;
import vn.gazette.content.FrontMatter;
import vn.gazette.content.ParsedArticle;
import vn.gazette.image.ImageStage;
import vn.gazette.problem.Problems;
import vn.gazette.problem.SourcePosition;
import vn.gazette.site.Article;
import vn.gazette.site.Site;
import vn.gazette.site.SiteAssembler;
import vn.gazette.source.SourceFile;

/** The views pages are made of: an article's card is made when a page first shows it, then shown again as made. */
class ViewsTest {

    @TempDir
    Path dir;

    private final SiteConfig config = new SiteConfig("Thử nghiệm", "", URI.create("https://example.gov.vn/"),
            SiteConfig.VIETNAMESE, SiteConfig.DEFAULT_ZONE, 2, RawHtmlPolicy.SANITIZE);

    private ParsedArticle article(String name, String title, String date) {
        SourceFile source = new SourceFile(dir.resolve(name + ".md"), "articles/" + name + ".md",
                SourceFile.Kind.ARTICLE);
        FrontMatter front = new FrontMatter(title,
                DateParser.parse(date, SiteConfig.DEFAULT_ZONE, "'date'").date().orElseThrow(), Optional.empty(),
                Optional.empty(), List.of("x"), Optional.empty(), Optional.of("Tóm tắt " + title), false,
                Optional.empty(), Optional.empty(), Optional.empty(), Map.of(),
                Map.of("", SourcePosition.of(source.path(), 1, 1)));
        return new ParsedArticle(source, front, 10, 3, 42L);
    }

    @Test
    void aCardIsMadeOnceForEachArticleOfTheSiteAndAnotherArticleAtItsAddressGetsItsOwn() {
        Problems problems = new Problems();
        Site site = new SiteAssembler().assemble(config, List.of(article("a", "Bài a", "2023-01-05"),
                article("b", "Bài b", "2023-02-05")), List.of(), new SiteAssembler.Options(false,
                        Instant.parse("2026-01-01T00:00:00Z")), problems);
        Map<String, String> messages = Map.of();
        Views views = new Views(site, new DateText(messages), messages, new PictureViews(config,
                new ImageStage.Pictures(Map.of(), Map.of())));
        Article a = site.articles().stream().filter(article -> article.title().equals("Bài a")).findFirst()
                .orElseThrow();
        Views.CardView card = views.card(a);
        assertThat(card.title()).isEqualTo("Bài a");
        assertThat(card.url()).isEqualTo("/articles/a/");
        assertThat(card.summary()).isEqualTo("Tóm tắt Bài a");
        assertThat(card.dateText()).isEqualTo("05/01/2023");
        assertThat(views.card(a)).isSameAs(card);
        // the same address, another article (a preview of an edit, say): its own title, and a's card stays a's
        FrontMatter front = a.front();
        Article renamed = new Article(a.source(), new FrontMatter("Bài a, đổi tên", front.date(), front.slug(),
                front.province(), front.tags(), front.author(), front.summary(), front.draft(), front.updated(),
                front.expires(), front.conference(), front.params(), front.positions()), a.url(), a.bodyOffset(),
                a.bodyFirstLine(), a.checksum());
        assertThat(views.card(renamed).title()).isEqualTo("Bài a, đổi tên");
        assertThat(views.card(a)).isSameAs(card);
    }
}
