package vn.gazette.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and repeated captures: scripts and handlers never reach an article, huge and deeply nested pages end in
 * a clean article or a positioned error without hanging, images never come from outside the capture folder or the
 * network, and no file is ever overwritten (re-import skips, --update only rewrites what the editor left alone).
 */
class ImportSafetyTest {

    @TempDir
    Path dir;

    private static final String ARTICLE = "<h1>Hội nghị tập huấn thông tin đối ngoại</h1><p>Ngày 22/9/2023, Sở "
            + "Thông tin và Truyền thông tỉnh Lạng Sơn tổ chức hội nghị tập huấn cho cán bộ các huyện biên giới.</p>";

    private ImportResult run(Path source, Path into, boolean update) throws IOException {
        return Importer.run(ImportRequest.of(List.of(source), into, SeedImportTest.CLOCK).withUpdate(update));
    }

    @Test
    void scriptsHandlersAndJavascriptLinksNeverReachTheArticle() throws IOException {
        Path page = dir.resolve("hostile.html");
        Files.writeString(page, "<html><body onload='x()'><script>evil()</script>" + ARTICLE
                + "<p onclick='evil()' style='x'>Đoạn hai có <a href='javascript:evil()'>liên kết độc</a>, <a "
                + "href='data:text/html,<script>evil()</script>'>dữ liệu</a> và <img src='x' onerror='evil()'>"
                + "<iframe src='https://evil.example'></iframe><object data='x.swf'></object> nội dung thật.</p>"
                + "<svg><script>evil()</script></svg><p>Đoạn ba <b>đậm</b><style>p{}</style></p></body></html>");
        Path into = dir.resolve("into");
        ImportResult result = run(page, into, false);
        assertThat(result.problems()).isEmpty();
        String text = Files.readString(into.resolve(result.articles().get(0).file().orElseThrow()));
        assertThat(text).contains("liên kết độc", "nội dung thật", "**đậm**");
        assertThat(text).doesNotContain("evil", "javascript", "onclick", "onerror", "iframe", "<script", "data:", "swf");
    }

    @Test
    void hugePagesAreRefusedWithAPositionedErrorAndTheOthersImported() throws IOException {
        Path folder = dir.resolve("pages");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("a-good.html"), "<html><body>" + ARTICLE + "</body></html>");
        try (var out = Files.newBufferedWriter(folder.resolve("b-huge.html"))) {
            out.write("<html><body>");
            String chunk = "<p>" + "x".repeat(1000) + "</p>";
            for (int i = 0; i < 17_000; i++) {
                out.write(chunk);
            }
        }
        ImportResult result = run(folder, dir.resolve("into"), false);
        assertThat(result.problems()).hasSize(1);
        assertThat(result.problems().get(0).format(dir, "en")).isEqualTo(
                "pages/b-huge.html:1:1: error: b-huge.html is larger than 16 MiB: no article page is; save the article page alone");
        assertThat(result.count(ImportedArticle.Outcome.WRITTEN)).isEqualTo(1);
    }

    @Test
    void deeplyNestedAndMalformedPagesDoNotHang() throws IOException {
        Path folder = dir.resolve("pages");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("deep.html"), "<div>".repeat(100_000) + ARTICLE);
        Files.writeString(folder.resolve("broken.html"), "<html><body><p>Ngày 22/9/2023 <b><i><table><tr><td><p>"
                + "Sở Thông tin và Truyền thông tỉnh Lạng Sơn <</td>tổ chức hội nghị tập huấn &bogus; &#xFFFFFF; cho "
                + "cán bộ các huyện biên giới của tỉnh.<a href=\"x</body>");
        long start = System.nanoTime();
        ImportResult result = run(folder, dir.resolve("into"), false);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(60));
        assertThat(result.articles()).hasSize(2);
        for (ImportedArticle a : result.articles()) {
            assertThat(a.outcome()).isIn(ImportedArticle.Outcome.WRITTEN, ImportedArticle.Outcome.FAILED);
        }
        result.problems().forEach(p -> assertThat(p.format(dir, "en")).startsWith("pages/").doesNotContain("Exception"));
    }

    @Test
    void imagesComeOnlyFromInsideTheCaptureFolderNeverFromTheNetwork() throws IOException {
        Path folder = dir.resolve("site/pages");
        Files.createDirectories(folder);
        Files.write(dir.resolve("site/secret.png"), ImportFixtures.png(0x010203));
        Files.writeString(folder.resolve("p.html"), "<html><body>" + ARTICLE + "<p><img src='../secret.png'></p>"
                + "<p><img src='https://cdn.example.vn/anh.jpg'></p><p><img src='/etc/passwd'></p></body></html>");
        Path into = dir.resolve("into");
        ImportResult result = Importer.run(ImportRequest.of(List.of(folder), into, SeedImportTest.CLOCK));
        ImportedArticle line = result.articles().get(0);
        assertThat(line.images()).isZero();
        assertThat(line.missingImages()).containsExactly("../secret.png", "https://cdn.example.vn/anh.jpg", "/etc/passwd");
        String text = Files.readString(into.resolve(line.file().orElseThrow()));
        assertThat(text).doesNotContain("secret", "cdn.example", "passwd");
    }

    @Test
    void reimportSkipsUpdateRewritesUntouchedAndWritesBesideEdited() throws IOException {
        Path page = dir.resolve("bai.html");
        Files.writeString(page, "<html><body>" + ARTICLE + "</body></html>");
        Path into = dir.resolve("into");
        Path file = into.resolve("2023/hoi-nghi-tap-huan-thong-tin-doi-ngoai.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "---\ntitle: \"Bài của biên tập viên\"\ndate: 2023-01-01\n---\nKhông được ghi đè.\n");

        ImportResult first = run(page, into, false);
        assertThat(first.articles().get(0).file()).contains("2023/hoi-nghi-tap-huan-thong-tin-doi-ngoai-2.md");
        assertThat(Files.readString(file)).contains("Không được ghi đè.");
        Path imported = into.resolve("2023/hoi-nghi-tap-huan-thong-tin-doi-ngoai-2.md");
        String written = Files.readString(imported);

        ImportResult again = run(page, into, false);
        assertThat(again.articles().get(0).outcome()).isEqualTo(ImportedArticle.Outcome.SKIPPED);
        assertThat(again.articles().get(0).notes()).containsExactly(
                "imported before as 2023/hoi-nghi-tap-huan-thong-tin-doi-ngoai-2.md");

        ImportResult update = run(page, into, true);
        assertThat(update.articles().get(0).outcome()).isEqualTo(ImportedArticle.Outcome.UPDATED);
        assertThat(Files.readString(imported)).isEqualTo(written);

        Files.writeString(imported, written.replace("draft: true", "draft: false"), StandardCharsets.UTF_8);
        ImportResult edited = run(page, into, true);
        assertThat(edited.articles().get(0).outcome()).isEqualTo(ImportedArticle.Outcome.BESIDE);
        assertThat(edited.articles().get(0).file()).contains("2023/hoi-nghi-tap-huan-thong-tin-doi-ngoai-2-cap-nhat.md");
        assertThat(Files.readString(imported)).contains("draft: false");
        assertThat(edited.problems()).hasSize(1);
        assertThat(edited.problems().get(0).format(into, "en")).isEqualTo("2023/hoi-nghi-tap-huan-thong-tin-doi-ngoai-2.md:"
                + "1:1: warning: 2023/hoi-nghi-tap-huan-thong-tin-doi-ngoai-2.md was changed by an editor since it was "
                + "imported: the new version was written beside it as 2023/hoi-nghi-tap-huan-thong-tin-doi-ngoai-2-cap-nhat.md;"
                + " compare them and keep one");
    }
}
