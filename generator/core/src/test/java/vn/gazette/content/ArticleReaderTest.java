package vn.gazette.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gazette.config.RawHtmlPolicy;
import vn.gazette.internal.TimeLimit;
import vn.gazette.problem.Problems;
import vn.gazette.source.SourceFile;

class ArticleReaderTest {

    private static final String RELATIVE = "articles/2023/hoi-nghi.md";
    private static final String FILE = "content/" + RELATIVE;

    @TempDir
    Path dir;

    private final Problems problems = new Problems();
    private final ArticleReader reader = new ArticleReader(ZoneId.of("Asia/Ho_Chi_Minh"),
            new MarkdownConverter(RawHtmlPolicy.SANITIZE));

    private SourceFile write(String text) throws IOException {
        return write(text.getBytes(StandardCharsets.UTF_8));
    }

    private SourceFile write(byte[] bytes) throws IOException {
        Path path = dir.resolve(FILE);
        Files.createDirectories(path.getParent());
        Files.write(path, bytes);
        return new SourceFile(path, RELATIVE, SourceFile.Kind.ARTICLE);
    }

    private List<String> messages() {
        return problems.sorted().stream().map(p -> p.format(dir)).toList();
    }

    private static final String ARTICLE = """
            ---
            title: Hội nghị tập huấn
            date: 2023-09-22
            ---
            # Nội dung chính

            Xem [ảnh](anh-1.jpg).
            """;

    @Test
    void readsTheFrontMatterAndLocatesTheBody() throws IOException {
        SourceFile source = write(ARTICLE);

        ParsedArticle parsed = (ParsedArticle) reader.read(source, problems);

        assertThat(parsed.source()).isEqualTo(source);
        assertThat(parsed.front().title()).isEqualTo("Hội nghị tập huấn");
        assertThat(parsed.bodyOffset()).isEqualTo(ARTICLE.indexOf("# Nội"));
        assertThat(parsed.bodyFirstLine()).isEqualTo(5);
        assertThat(messages()).isEmpty();
    }

    @Test
    void theBodyIsConvertedWithFileLinePositions() throws IOException {
        SourceFile source = write(ARTICLE);
        ParsedArticle parsed = (ParsedArticle) reader.read(source, problems);

        MarkdownDocument body = reader.body(source, parsed.bodyOffset(), parsed.bodyFirstLine(), parsed.checksum(),
                problems).orElseThrow();

        assertThat(body.html()).isEqualTo("<h1 id=\"noi-dung-chinh\"><a href=\"#noi-dung-chinh\" class=\"anchor\" aria-labelledby=\"noi-dung-chinh\"><span aria-hidden=\"true\">#</span></a>Nội dung chính</h1>\n"
                + "<p>Xem <a href=\"anh-1.jpg\">ảnh</a>.</p>\n");
        assertThat(body.links()).containsExactly(new MarkdownDocument.LinkTarget("anh-1.jpg", 7, 5, false));
        assertThat(messages()).isEmpty();
    }

    @Test
    void aBodyFromTheCacheIsTheOneItsFileHasNowWithItsLinesWhereTheyAreNow() throws IOException {
        Path cacheFolder = dir.resolve("cache");
        Files.createDirectories(cacheFolder);
        MarkdownDocument first;
        try (BodyCache cache = BodyCache.open(cacheFolder, "settings")) {
            ArticleReader cached = new ArticleReader(ZoneId.of("Asia/Ho_Chi_Minh"), List.of(),
                    new MarkdownConverter(RawHtmlPolicy.SANITIZE), Optional.empty(), cache);
            first = body(cached, write(ARTICLE));
            // a line more in the front matter: the same body, its link one line lower
            MarkdownDocument moved = body(cached, write(ARTICLE.replace("date:", "author: A\ndate:")));
            assertThat(moved.links()).containsExactly(new MarkdownDocument.LinkTarget("anh-1.jpg", 8, 5, false));
            MarkdownDocument edited = body(cached, write(ARTICLE.replace("[ảnh]", "[tấm ảnh]")));
            assertThat(edited.html()).contains("tấm ảnh");
        }
        try (BodyCache cache = BodyCache.open(cacheFolder, "settings")) {
            ArticleReader cached = new ArticleReader(ZoneId.of("Asia/Ho_Chi_Minh"), List.of(),
                    new MarkdownConverter(RawHtmlPolicy.SANITIZE), Optional.empty(), cache);
            assertThat(cache.get(cache.key(vn.gazette.source.TextFile.checksum(ARTICLE.getBytes(
                    StandardCharsets.UTF_8)), ARTICLE.indexOf("# Nội"), 5))).as("kept by the first build").isPresent();
            assertThat(body(cached, write(ARTICLE))).isEqualTo(first);
        }
        assertThat(messages()).isEmpty();
    }

    private MarkdownDocument body(ArticleReader reader, SourceFile source) throws IOException {
        ParsedArticle parsed = (ParsedArticle) reader.read(source, problems);
        return reader.body(source, parsed.bodyOffset(), parsed.bodyFirstLine(), parsed.checksum(), problems)
                .orElseThrow();
    }

    @Test
    void windowsLineEndsAndAByteOrderMarkGiveTheSameArticle() throws IOException {
        SourceFile source = write("\uFEFF" + ARTICLE.replace("\n", "\r\n"));
        ParsedArticle parsed = (ParsedArticle) reader.read(source, problems);

        MarkdownDocument body = reader.body(source, parsed.bodyOffset(), parsed.bodyFirstLine(), parsed.checksum(),
                problems).orElseThrow();

        assertThat(parsed.front().title()).isEqualTo("Hội nghị tập huấn");
        assertThat(body.links()).containsExactly(new MarkdownDocument.LinkTarget("anh-1.jpg", 7, 5, false));
    }

    @Test
    void aFileChangedBetweenTheTwoReadsIsAnError() throws IOException {
        SourceFile source = write(ARTICLE);
        ParsedArticle parsed = (ParsedArticle) reader.read(source, problems);
        write(ARTICLE.replace("Xem", "Xem thêm"));

        Optional<MarkdownDocument> body = reader.body(source, parsed.bodyOffset(), parsed.bodyFirstLine(),
                parsed.checksum(), problems);

        assertThat(body).isEmpty();
        assertThat(messages()).containsExactly(
                FILE + ": error: the file changed while the site was being built: build again");
    }

    @Test
    void aFileWithoutFrontMatterIsAnErrorAtItsFirstLine() throws IOException {
        assertThat(reader.read(write("# Hội nghị\n"), problems)).isInstanceOf(BrokenArticle.class);

        assertThat(messages()).containsExactly(FILE + ":1:1: error: no front matter: start the file with a line '---', "
                + "then 'title:' and 'date:' lines, then '---'");
    }

    @Test
    void unclosedFrontMatterIsAnErrorAtTheFirstLine() throws IOException {
        assertThat(reader.read(write("---\ntitle: A\ndate: 2023-09-22\n\nThân bài\n"), problems)).isInstanceOf(BrokenArticle.class);

        assertThat(messages()).containsExactly(FILE + ":1:1: error: the front matter is not closed: add a line '---' "
                + "after the last front-matter line");
    }

    @Test
    void frontMatterProblemsCarryTheFilesPositions() throws IOException {
        assertThat(reader.read(write("---\ntitle: A\ndate: 2023-02-30\n---\n"), problems)).isInstanceOf(BrokenArticle.class);

        assertThat(messages()).containsExactly(FILE + ":3:7: error: 'date' is not a real date or time: \"2023-02-30\" "
                + "(check the day of the month and the hour)");
    }

    @Test
    void aFileThatIsNotUtf8IsRefused() throws IOException {
        byte[] latin1 = "---\ntitle: Hà\n---\n".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(reader.read(write(latin1), problems)).isInstanceOf(BrokenArticle.class);

        assertThat(messages()).containsExactly(
                FILE + ":2:9: error: not valid UTF-8 (byte 0xE0): save the file with the UTF-8 encoding");
    }

    @Test
    void givesUpOnMarkdownThatTakesTooLongAndGoesOnWithTheNext() throws IOException {
        try (TimeLimit limit = new TimeLimit(Duration.ofMillis(300))) {
            ArticleReader limited = new ArticleReader(ZoneId.of("Asia/Ho_Chi_Minh"),
                    new MarkdownConverter(RawHtmlPolicy.SANITIZE), Optional.of(limit));
            SourceFile crafted = write("---\ntitle: A\ndate: 2023-09-22\n---\n[" + "\\*".repeat(40) + "\n\n[x]: /u\n");
            ParsedArticle parsed = (ParsedArticle) limited.read(crafted, problems);
            long started = System.nanoTime();
            assertThat(limited.body(crafted, parsed.bodyOffset(), parsed.bodyFirstLine(), parsed.checksum(), problems))
                    .isEmpty();
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
            assertThat(messages()).containsExactly(FILE + ":5:1: error: the Markdown took more than 0 s to convert and "
                    + "was given up: look for long runs of backslash escapes (\\) or brackets and simplify them");

            SourceFile plain = write(ARTICLE);
            ParsedArticle ok = (ParsedArticle) limited.read(plain, problems);
            assertThat(limited.body(plain, ok.bodyOffset(), ok.bodyFirstLine(), ok.checksum(), problems).orElseThrow().html())
                    .contains("<h1 id=\"noi-dung-chinh\"><a href=\"#noi-dung-chinh\" class=\"anchor\" aria-labelledby=\"noi-dung-chinh\"><span aria-hidden=\"true\">#</span></a>Nội dung chính</h1>");
        }
    }

    @Test
    void bodiesAreConvertedTogetherEachUnderTheWholeLimitAndASlowOneIsGivenUpOnItsOwn() throws IOException {
        try (TimeLimit limit = new TimeLimit(Duration.ofMillis(300))) {
            ArticleReader limited = new ArticleReader(ZoneId.of("Asia/Ho_Chi_Minh"),
                    new MarkdownConverter(RawHtmlPolicy.SANITIZE), Optional.of(limit));
            List<ArticleReader.BodyRequest> requests = new java.util.ArrayList<>();
            for (String name : List.of("a", "cham", "b", "cham-nua", "c")) {
                String body = name.startsWith("cham") ? "[" + "\\*".repeat(40) + "\n\n[x]: /u\n" : "Bài *" + name + "*\n";
                Path path = dir.resolve("content/articles/2023/" + name + ".md");
                Files.createDirectories(path.getParent());
                Files.writeString(path, "---\ntitle: " + name + "\ndate: 2023-09-22\n---\n" + body);
                SourceFile source = new SourceFile(path, "articles/2023/" + name + ".md", SourceFile.Kind.ARTICLE);
                ParsedArticle parsed = (ParsedArticle) limited.read(source, problems);
                requests.add(new ArticleReader.BodyRequest(source, parsed.bodyOffset(), parsed.bodyFirstLine(),
                        parsed.checksum(), problems));
            }
            long started = System.nanoTime();

            List<Optional<MarkdownDocument>> bodies = limited.bodies(requests);

            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(4));
            assertThat(bodies).map(body -> body.map(MarkdownDocument::html).orElse("(bỏ)")).containsExactly(
                    "<p>Bài <em>a</em></p>\n", "(bỏ)", "<p>Bài <em>b</em></p>\n", "(bỏ)", "<p>Bài <em>c</em></p>\n");
            String slow = ":5:1: error: the Markdown took more than 0 s to convert and was given up: look for long runs "
                    + "of backslash escapes (\\) or brackets and simplify them";
            assertThat(messages()).containsExactly("content/articles/2023/cham-nua.md" + slow,
                    "content/articles/2023/cham.md" + slow);
        }
    }
}
