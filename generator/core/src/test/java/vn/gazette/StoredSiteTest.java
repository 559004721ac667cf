package vn.gazette;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gazette.config.ProvinceVocabulary;
import vn.gazette.config.SiteConfig;
import vn.gazette.content.ArticleReader;
import vn.gazette.content.MarkdownConverter;
import vn.gazette.content.ParsedArticle;
import vn.gazette.internal.ByteInput;
import vn.gazette.internal.ByteOutput;
import vn.gazette.problem.Problem;
import vn.gazette.problem.Problems;
import vn.gazette.site.Article;
import vn.gazette.site.Site;
import vn.gazette.site.SiteAssembler;
import vn.gazette.site.StoredSite;
import vn.gazette.source.PublishingRule;
import vn.gazette.source.SourceFile;
import vn.gazette.source.SourceTree;

/**
 * A site model the build cache keeps ({@link StoredSite}) is read back as the model assembled, with the problems
 * assembling it found, and is not taken when it does not fit the build that reads it. The builds that take it are
 * checked against clean builds in {@link IncrementalBuildTest}.
 */
class StoredSiteTest {

    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");

    @TempDir
    Path dir;

    private SiteConfig config;
    private ProvinceVocabulary vocabulary;
    private List<ParsedArticle> parsed;
    private List<SourceFile> assets;
    private final SiteAssembler.Options options = new SiteAssembler.Options(false, false, false, NOW);

    /**
     * The sample archive, with what assembly also decides or reports: a draft, an article scheduled for later today,
     * a province merged in 2025 named by an article of 2026, and a file beside an article.
     */
    @BeforeEach
    void readSampleArchive() throws IOException {
        MiniSite site = MiniSite.of(dir, "");
        try (Stream<Path> files = Files.walk(ProjectFiles.sampleContent())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path copy = site.content().resolve(ProjectFiles.sampleContent().relativize(file).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy);
            }
        }
        site.write("""
                -- articles/2026/nhap.md --
                ---
                title: "Bản nháp"
                date: 2026-11-20
                draft: true
                ---
                Chưa đăng.
                -- articles/2026/hen-gio.md --
                ---
                title: "Tin hẹn giờ"
                date: 2026-11-23T16:00:00+07:00
                province: Hà Giang
                tags: [thông tin đối ngoại]
                ---
                Đăng lúc bốn giờ chiều.
                -- articles/2026/ha-giang.md --
                ---
                title: "Tin Hà Giang"
                date: 2026-11-02
                province: Hà Giang
                tags: [tập huấn]
                author: Nguyễn Văn A
                ---
                Thân bài.
                -- articles/2026/ha-giang/so-do.pdf --
                %PDF-1.4
                """);
        Problems problems = new Problems();
        SourceTree scanned = SourceTree.scan(site.content(), problems);
        config = Inputs.config(scanned, BuildRequest.of(site.content(), site.output()).withNow(NOW), problems)
                .orElseThrow();
        SourceTree tree = scanned.select(new PublishingRule(config.files()), problems);
        vocabulary = Inputs.vocabulary(tree, problems);
        ArticleReader reader = new ArticleReader(config.timeZone(), new MarkdownConverter(config.rawHtml()));
        parsed = new ArrayList<>();
        for (SourceFile file : tree.files(SourceFile.Kind.ARTICLE)) {
            parsed.add((ParsedArticle) reader.read(file, problems));
        }
        assets = tree.files(SourceFile.Kind.ASSET);
        assertThat(problems.all()).isEmpty();
    }

    private record Assembled(Site site, List<Problem> problems, byte[] stored) {
    }

    private Assembled assemble() throws IOException {
        Problems found = new Problems();
        Site site = new SiteAssembler().assemble(config, vocabulary, parsed, List.of(), assets, options, found);
        ByteOutput out = ByteOutput.inMemory();
        StoredSite.write(out, site, found.all(), vocabulary);
        return new Assembled(site, found.all(), out.toByteArray());
    }

    private Optional<StoredSite.Taken> read(byte[] stored, List<ParsedArticle> articles) {
        return StoredSite.read(ByteInput.of(stored), config, vocabulary, articles, assets);
    }

    @Test
    void aModelReadBackIsTheModelAssembledWithItsProblems() throws IOException {
        Assembled assembled = assemble();
        Site site = assembled.site();
        assertThat(site.leftOut()).hasSize(2);
        assertThat(site.assets()).anySatisfy(asset -> assertThat(asset.outputPath()).endsWith("/so-do.pdf"));
        assertThat(site.schedule().next()).isPresent();
        assertThat(site.conferences().entries()).isNotEmpty();
        assertThat(site.authors().authors()).isNotEmpty();
        assertThat(assembled.problems()).anySatisfy(problem -> assertThat(problem.message())
                .contains("'Hà Giang' was merged into 'Tuyên Quang' on 2025-07-01"));

        StoredSite.Taken taken = read(assembled.stored(), parsed).orElseThrow();

        Site read = taken.site();
        assertThat(read.articles()).isEqualTo(site.articles());
        assertThat(read.assets()).isEqualTo(site.assets());
        assertThat(read.byUrl()).isEqualTo(site.byUrl());
        assertThat(read.taxonomies()).isEqualTo(site.taxonomies());
        assertThat(read.archive()).isEqualTo(site.archive());
        assertThat(read.conferences()).isEqualTo(site.conferences());
        assertThat(read.leftOut()).isEqualTo(site.leftOut());
        assertThat(read.schedule()).isEqualTo(site.schedule());
        assertThat(read.names()).isEqualTo(site.names());
        assertThat(read.authors()).isEqualTo(site.authors());
        for (Article article : site.articles()) {
            assertThat(read.related().of(read.byUrl().get(article.url()))).as(article.url())
                    .isEqualTo(site.related().of(article));
        }
        assertThat(shown(taken.problems())).isEqualTo(shown(assembled.problems()));
    }

    /** Each problem as a build prints it, in English and in Vietnamese. */
    private static List<String> shown(List<Problem> problems) {
        return problems.stream().map(p -> p.where() + " " + p.severity() + " " + p.stage() + " " + p.message() + " | "
                + p.text().text("vi")).toList();
    }

    @Test
    void aModelThatNamesAnArticleTheBuildDoesNotHaveIsNotTaken() throws IOException {
        Assembled assembled = assemble();
        List<ParsedArticle> fewer = parsed.stream()
                .filter(article -> !article.source().relative().equals("articles/2026/ha-giang.md")).toList();

        assertThat(read(assembled.stored(), fewer)).isEmpty();
    }

    @Test
    void aModelCutShortOrInAnotherLayoutIsNotTaken() throws IOException {
        byte[] stored = assemble().stored();
        assertThat(read(Arrays.copyOf(stored, stored.length / 2), parsed)).isEmpty();
        byte[] otherLayout = stored.clone();
        otherLayout[3]++;
        assertThat(read(otherLayout, parsed)).isEmpty();
        assertThat(read(stored, parsed)).isPresent();
    }
}
