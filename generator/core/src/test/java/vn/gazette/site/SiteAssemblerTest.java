package vn.gazette.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
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
import vn.gazette.problem.Problems;
import vn.gazette.problem.SourcePosition;
import vn.gazette.source.SourceFile;

class SiteAssemblerTest {

    @TempDir
    Path dir;

    /** After every date these tests use: nothing is scheduled. */
    private static final Instant NOW = Instant.parse("2024-01-01T00:00:00Z");

    private final Problems problems = new Problems();
    private final SiteConfig config = new SiteConfig("Thử nghiệm", "Lưu trữ", URI.create("https://example.gov.vn/"),
            SiteConfig.VIETNAMESE, SiteConfig.DEFAULT_ZONE, 2, RawHtmlPolicy.SANITIZE);

    private SourceFile file(String relative, SourceFile.Kind kind) {
        return new SourceFile(dir.resolve("content").resolve(relative), relative, kind);
    }

    private SourceFile asset(String relative) {
        return file(relative, SourceFile.Kind.ASSET);
    }

    private ParsedArticle article(String relative, String date) {
        return article(relative, date, Optional.empty(), false);
    }

    private ParsedArticle article(String relative, String date, Optional<String> slug, boolean draft) {
        SourceFile source = file(relative, SourceFile.Kind.ARTICLE);
        Map<String, SourcePosition> positions = new HashMap<>();
        positions.put("", SourcePosition.of(source.path(), 2, 1));
        slug.ifPresent(s -> positions.put("slug", SourcePosition.of(source.path(), 4, 7)));
        FrontMatter front = new FrontMatter("Bài " + relative,
                DateParser.parse(date, SiteConfig.DEFAULT_ZONE, "'date'").date().orElseThrow(), slug, Optional.empty(),
                List.of(), Optional.empty(), Optional.empty(), draft, Optional.empty(), Optional.empty(),
                Optional.empty(), Map.of(), positions);
        return new ParsedArticle(source, front, 42, 6, 123_456L);
    }

    private Site assemble(List<ParsedArticle> articles, List<SourceFile> assets) {
        return assemble(articles, assets, false);
    }

    private Site assemble(List<ParsedArticle> articles, List<SourceFile> assets, boolean includeDrafts) {
        return new SiteAssembler().assemble(config, articles, assets, new SiteAssembler.Options(includeDrafts, NOW), problems);
    }

    private List<String> messages() {
        return problems.sorted().stream().map(p -> p.format(dir)).toList();
    }

    private static List<String> urls(Site site) {
        return site.articles().stream().map(Article::url).toList();
    }

    @Test
    void theUrlMirrorsTheFoldersAndTheFileName() {
        Site site = assemble(List.of(article("articles/2023/hoi-nghi-tap-huan.md", "2023-09-22")), List.of());

        Article article = site.articles().get(0);
        assertThat(article.url()).isEqualTo("/articles/2023/hoi-nghi-tap-huan/");
        assertThat(article.outputPath()).isEqualTo("articles/2023/hoi-nghi-tap-huan/index.html");
        assertThat(article.assetFolder()).isEqualTo("articles/2023/hoi-nghi-tap-huan");
        assertThat(article.bodyOffset()).isEqualTo(42);
        assertThat(article.bodyFirstLine()).isEqualTo(6);
        assertThat(article.checksum()).isEqualTo(123_456L);
        assertThat(site.article("/articles/2023/hoi-nghi-tap-huan/")).contains(article);
        assertThat(messages()).isEmpty();
    }

    @Test
    void anArticleAtTheTopHasATopLevelUrl() {
        Site site = assemble(List.of(article("gioi-thieu.md", "2023-09-22")), List.of());

        assertThat(urls(site)).containsExactly("/gioi-thieu/");
    }

    @Test
    void theSlugReplacesTheLastPartOfTheUrl() {
        Site site = assemble(List.of(article("articles/2023/hoi-nghi.md", "2023-09-22", Optional.of("tap-huan-ttdn-2023"),
                false)), List.of());

        assertThat(urls(site)).containsExactly("/articles/2023/tap-huan-ttdn-2023/");
        assertThat(site.articles().get(0).assetFolder()).isEqualTo("articles/2023/hoi-nghi");
    }

    @Test
    void vietnameseFolderAndFileNamesAreSlugified() {
        Site site = assemble(List.of(article("Tin tức/Năm 2023/Hội nghị tập huấn ở Đồng Đăng.md", "2023-09-22")),
                List.of());

        assertThat(urls(site)).containsExactly("/tin-tuc/nam-2023/hoi-nghi-tap-huan-o-dong-dang/");
    }

    @Test
    void twoArticlesWithTheSameUrlAreAnErrorAtTheSecondOnesSlug() {
        Site site = assemble(List.of(
                article("articles/2023/tap-huan.md", "2023-09-23", Optional.of("hoi-nghi"), false),
                article("articles/2023/hoi-nghi.md", "2023-09-22")), List.of());

        assertThat(messages()).containsExactly("content/articles/2023/tap-huan.md:4:7: error: this article and "
                + "articles/2023/hoi-nghi.md would both be published at /articles/2023/hoi-nghi/: "
                + "give one of them another 'slug:'");
        assertThat(site.articles()).extracting(a -> a.source().relative()).containsExactly("articles/2023/hoi-nghi.md");
        assertThat(site.article("/articles/2023/hoi-nghi/").map(a -> a.source().relative()))
                .contains("articles/2023/hoi-nghi.md");
    }

    @Test
    void theSameUrlCollisionIsReportedTheSameWayWhateverTheInputOrder() {
        assemble(List.of(
                article("articles/2023/hoi-nghi.md", "2023-09-22"),
                article("articles/2023/tap-huan.md", "2023-09-23", Optional.of("hoi-nghi"), false)), List.of());

        assertThat(messages()).containsExactly("content/articles/2023/tap-huan.md:4:7: error: this article and "
                + "articles/2023/hoi-nghi.md would both be published at /articles/2023/hoi-nghi/: "
                + "give one of them another 'slug:'");
    }

    @Test
    void aCollisionWithoutSlugIsReportedAtTheSecondFilesFirstLine() {
        assemble(List.of(article("articles/2023/hoi-nghi.md", "2023-09-22"),
                article("articles/2023/Hội nghị.md", "2023-09-22")), List.of());

        assertThat(messages()).containsExactly("content/articles/2023/hoi-nghi.md:1:1: error: this article and "
                + "articles/2023/Hội nghị.md would both be published at /articles/2023/hoi-nghi/: "
                + "give one of them another 'slug:'");
    }

    @Test
    void aFolderNameWithoutLettersIsAnError() {
        Site site = assemble(List.of(article("!!!/bai.md", "2023-09-22")), List.of());

        assertThat(site.articles()).isEmpty();
        assertThat(messages()).containsExactly("content/!!!/bai.md: error: the folder name '!!!' has no letters or "
                + "digits to make a URL from: rename the folder");
    }

    @Test
    void aFileNameWithoutLettersIsAnErrorUnlessASlugIsGiven() {
        Site site = assemble(List.of(article("articles/___.md", "2023-09-22"),
                article("articles/!!!.md", "2023-09-22", Optional.of("thong-bao"), false)), List.of());

        assertThat(urls(site)).containsExactly("/articles/thong-bao/");
        assertThat(messages()).containsExactly("content/articles/___.md:1:1: error: the file name '___.md' has no "
                + "letters or digits to make a URL from: rename the file or add a 'slug:' line");
    }

    @Test
    void theHomeListsPageSegmentIsReservedAtTheTop() {
        Site site = assemble(List.of(article("trang.md", "2023-09-22"), article("articles/trang.md", "2023-09-22")),
                List.of());

        assertThat(urls(site)).containsExactly("/articles/trang/");
        assertThat(messages()).containsExactly("content/trang.md:1:1: error: '/trang/' is reserved for the pages of the "
                + "home list: choose another slug");
    }

    @Test
    void draftsAreLeftOut() {
        Site site = assemble(List.of(article("articles/a.md", "2023-09-22"),
                article("articles/nhap.md", "2023-09-23", Optional.empty(), true)), List.of());

        assertThat(urls(site)).containsExactly("/articles/a/");
        assertThat(site.article("/articles/nhap/")).isEmpty();
    }

    @Test
    void draftsAreIncludedWhenAskedFor() {
        Site site = assemble(List.of(article("articles/a.md", "2023-09-22"),
                article("articles/nhap.md", "2023-09-23", Optional.empty(), true)), List.of(), true);

        assertThat(urls(site)).containsExactly("/articles/nhap/", "/articles/a/");
    }

    @Test
    void theFilesOfALeftOutDraftAreNotPublishedEither() {
        Site site = assemble(List.of(article("articles/nhap.md", "2023-09-23", Optional.empty(), true)),
                List.of(asset("articles/nhap/anh.jpg"), asset("articles/nhap/tai-lieu/bang.pdf"), asset("articles/khac.jpg")));

        assertThat(site.assets()).extracting(Asset::outputPath).containsExactly("articles/khac.jpg");
    }

    @Test
    void aLeftOutDraftDoesNotCollideWithThePublishedArticle() {
        Site site = assemble(List.of(article("articles/a.md", "2023-09-22"),
                article("articles/b.md", "2023-09-23", Optional.of("a"), true)), List.of());

        assertThat(urls(site)).containsExactly("/articles/a/");
        assertThat(messages()).isEmpty();
    }

    @Test
    void articlesAreNewestFirstWithEqualDatesOrderedByUrl() {
        List<ParsedArticle> parsed = new ArrayList<>(List.of(
                article("articles/b.md", "2023-09-22"),
                article("articles/d.md", "2023-01-01"),
                article("articles/c.md", "2023-09-22T08:00"),
                article("articles/a.md", "2023-09-22"),
                article("articles/e.md", "2023-09-22T01:00:00Z")));

        Site site = assemble(parsed, List.of());

        assertThat(urls(site)).containsExactly("/articles/c/", "/articles/e/", "/articles/a/", "/articles/b/",
                "/articles/d/");
    }

    @Test
    void theHomePagesUseTheConfiguredPageSize() {
        Site site = assemble(List.of(article("a.md", "2023-09-22"), article("b.md", "2023-09-23"),
                article("c.md", "2023-09-24")), List.of());

        List<Pager<Article>> pages = site.homePages();

        assertThat(pages).extracting(Pager::url).containsExactly("/", "/trang/2/");
        assertThat(pages.get(0).items()).extracting(Article::url).containsExactly("/c/", "/b/");
        assertThat(pages.get(1).items()).extracting(Article::url).containsExactly("/a/");
    }

    @Test
    void anEmptySiteStillHasAHomePage() {
        Site site = assemble(List.of(), List.of());

        assertThat(site.articles()).isEmpty();
        assertThat(site.homePages()).hasSize(1);
        assertThat(site.homePages().get(0).items()).isEmpty();
    }

    @Test
    void assetsInAnArticlesFolderArePublishedBesideItsPageEvenWithAnotherSlug() {
        Site site = assemble(List.of(article("articles/2023/hoi-nghi.md", "2023-09-22", Optional.of("tap-huan"), false)),
                List.of(asset("articles/2023/hoi-nghi/anh-1.jpg"), asset("articles/2023/hoi-nghi/tai-lieu/bao-cao.pdf")));

        assertThat(site.assets()).extracting(Asset::outputPath).containsExactly("articles/2023/tap-huan/anh-1.jpg",
                "articles/2023/tap-huan/tai-lieu/bao-cao.pdf");
        assertThat(site.assets()).extracting(a -> a.source().relative()).containsExactly(
                "articles/2023/hoi-nghi/anh-1.jpg", "articles/2023/hoi-nghi/tai-lieu/bao-cao.pdf");
        assertThat(messages()).isEmpty();
    }

    @Test
    void otherAssetsKeepTheirPathInOutputOrder() {
        Site site = assemble(List.of(article("articles/2023/hoi-nghi.md", "2023-09-22")),
                List.of(asset("images/logo.png"), asset("articles/2023/chung/anh.jpg"), asset("favicon.ico")));

        assertThat(site.assets()).extracting(Asset::outputPath).containsExactly("articles/2023/chung/anh.jpg",
                "favicon.ico", "images/logo.png");
    }

    @Test
    void anAssetThatWouldOverwriteAnArticlePageIsAnError() {
        Site site = assemble(List.of(article("articles/2023/hoi-nghi.md", "2023-09-22", Optional.of("tap-huan"), false)),
                List.of(asset("articles/2023/hoi-nghi/index.html"), asset("articles/2023/hoi-nghi/anh-1.jpg")));

        assertThat(site.assets()).extracting(Asset::outputPath).containsExactly("articles/2023/tap-huan/anh-1.jpg");
        assertThat(messages()).containsExactly("content/articles/2023/hoi-nghi/index.html: error: this file would "
                + "overwrite the page of an article (articles/2023/tap-huan/index.html): rename it");
    }

    @Test
    void anAssetOutsideTheArticlesFolderCanStillOverwriteItsPage() {
        Site site = assemble(List.of(article("articles/2023/hoi-nghi.md", "2023-09-22", Optional.of("tap-huan"), false)),
                List.of(asset("articles/2023/tap-huan/index.html")));

        assertThat(site.assets()).isEmpty();
        assertThat(messages()).containsExactly("content/articles/2023/tap-huan/index.html: error: this file would "
                + "overwrite the page of an article (articles/2023/tap-huan/index.html): rename it");
    }

    @Test
    void twoAssetsPublishedToTheSamePathAreAnError() {
        Site site = assemble(List.of(article("articles/2023/hoi-nghi.md", "2023-09-22", Optional.of("tap-huan"), false)),
                List.of(asset("articles/2023/hoi-nghi/anh-1.jpg"), asset("articles/2023/tap-huan/anh-1.jpg")));

        assertThat(site.assets()).extracting(a -> a.source().relative()).containsExactly("articles/2023/hoi-nghi/anh-1.jpg");
        assertThat(messages()).containsExactly("content/articles/2023/tap-huan/anh-1.jpg: error: this file and "
                + "articles/2023/hoi-nghi/anh-1.jpg would both be published as articles/2023/tap-huan/anh-1.jpg: rename one");
    }
}
