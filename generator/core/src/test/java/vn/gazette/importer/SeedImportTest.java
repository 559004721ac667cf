package vn.gazette.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The five seed captures (plain-text captures of provincial news pages, copied into the test resources) import into
 * drafts whose date, province, kind, participants and online sites agree with the hand-written sample articles.
 */
class SeedImportTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T03:00:00Z"), ZoneOffset.UTC);

    @TempDir
    static Path dir;
    static ImportResult result;
    static Path into;

    @BeforeAll
    static void importSeeds() throws IOException {
        Path content = ImportFixtures.contentFolder(dir);
        Path seeds = ImportFixtures.copySeeds(dir.resolve("captures"));
        into = content.resolve("articles/imported");
        result = Importer.run(ImportRequest.of(List.of(seeds), into, CLOCK));
        System.out.println(result.table());
    }

    private static String article(String seed) throws IOException {
        ImportedArticle line = result.articles().stream().filter(a -> a.capture().contains(seed)).findFirst().orElseThrow();
        assertThat(line.outcome()).isEqualTo(ImportedArticle.Outcome.WRITTEN);
        return Files.readString(into.resolve(line.file().orElseThrow()), StandardCharsets.UTF_8);
    }

    @Test
    void langSon2023IsATrainingOfOver130InPerson() throws IOException {
        String text = article("000_");
        assertThat(text).contains("date: 2023-09-22\n", "province: \"Lạng Sơn\"\n", "  kind: training\n",
                "  participants: 130\n", "  format: in-person\n", "author: \"Tô Thị Thương\"\n", "draft: true\n",
                "- name: \"Phan Thu Hồng\"\n");
        assertThat(text).startsWith("---\ntitle: \"Hội nghị tập huấn công tác tuyên truyền");
        assertThat(text).doesNotContain("Skip to main content", "About\n", "Trung Tâm Công nghệ số", "\nss\n");
    }

    @Test
    void longAn2022WasOnlineWith15Sites() throws IOException {
        String text = article("001_");
        assertThat(text).contains("date: 2022-06-01T09:47\n", "province: \"Long An\"\n", "  kind: training\n",
                "  format: online\n", "  sites: 15\n", "author: \"Trà Long\"\n", "- name: \"Đinh Tiến Dũng\"\n");
        assertThat(text).doesNotContain("participants:", "Tiếng Việt | English", "Chia sẻ bài viết");
    }

    @Test
    void haGiang2023KeepsItsNameAndIsATraining() throws IOException {
        String text = article("002_");
        assertThat(text).contains("date: 2023-08-02\n", "province: \"Hà Giang\"\n", "  kind: training\n",
                "  format: in-person\n", "author: \"Minh Tâm\"\n");
        assertThat(text).doesNotContain("participants:", "sites:", "Tin liên quan", "Xem thêm");
    }

    @Test
    void langSon2018VisitIsNotATraining() throws IOException {
        String text = article("003_");
        assertThat(text).contains("date: 2018-10-31\n", "province: \"Lạng Sơn\"\n", "  kind: survey\n",
                "author: \"Trang Ninh\"\n");
        assertThat(text).doesNotContain("kind: training", "27/01/2020", "participants:");
    }

    @Test
    void caoBang2023RanOverTwoDays() throws IOException {
        String text = article("004_");
        assertThat(text).contains("title: \"Tập huấn công tác thông tin đối ngoại năm 2023\"\n", "date: 2023-09-14\n",
                "province: \"Cao Bằng\"\n", "  kind: training\n", "  start: 2023-09-14\n", "  end: 2023-09-15\n",
                "- name: \"Tạp chí Cộng sản\"\n");
        assertThat(text).doesNotContain("Thống kê truy cập", "Lượt xem", "Tin khác", "ipv6", "participants:",
                "anh tin bai");
    }

    @Test
    void everyArticleRecordsItsSource() throws IOException {
        for (ImportedArticle line : result.articles()) {
            String text = Files.readString(into.resolve(line.file().orElseThrow()), StandardCharsets.UTF_8);
            assertThat(text).contains("source:\n  capture: \"captures/" + line.capture().replaceFirst("^captures/", ""),
                    "  imported: 2026-12-01\n", "  sha256: \"");
        }
        assertThat(result.problems()).isEmpty();
    }
}
