package vn.gazette.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewCommandTest {

    /** 20:00 UTC on 15 June 2025 is already 16 June in Hanoi. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-15T20:00:00Z"), ZoneOffset.UTC);

    private static final String PROVINCES = """
            provinces:
              - name: Hà Giang
                aliases: ["tỉnh Hà Giang"]
                mergedInto: Tuyên Quang
                until: 2025-06-30
              - name: Long An
              - name: Lạng Sơn
                aliases: ["tỉnh Lạng Sơn"]
              - name: Tuyên Quang
            """;

    @TempDir
    Path dir;

    private Path content;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void writeSite() throws IOException {
        content = dir.resolve("content");
        write("site.yaml", "title: Thử\nbaseUrl: https://example.gov.vn/\n");
        write("provinces.yaml", PROVINCES);
    }

    /** The same site in English: what {@code new} says is then in English. */
    private void english() throws IOException {
        write("site.yaml", "title: Thử\nbaseUrl: https://example.gov.vn/\nlanguage: en\n");
    }

    private void write(String relative, String text) throws IOException {
        Path file = content.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), CLOCK, false);
    }

    private String read(String relative) throws IOException {
        return Files.readString(content.resolve(relative), StandardCharsets.UTF_8);
    }

    @Test
    void createsTheArticleDatedTodayInTheSiteZoneWithItsSlugFromTheTitle() throws IOException {
        assertThat(run("new", "Tập huấn thông tin đối ngoại", "--province", "tỉnh lạng sơn", "--source",
                content.toString())).isEqualTo(ExitCode.OK);
        Path file = content.resolve("articles/2025/tap-huan-thong-tin-doi-ngoai.md");
        assertThat(out.toString()).isEqualTo("Đã tạo " + file + "\n");
        assertThat(err.toString()).isEmpty();
        assertThat(read("articles/2025/tap-huan-thong-tin-doi-ngoai.md")).isEqualTo("""
                ---
                title: "Tập huấn thông tin đối ngoại"
                date: 2025-06-16
                province: Lạng Sơn
                tags: []                      # chủ đề, ví dụ: [thông tin đối ngoại, tập huấn]
                # author: ""                  # tác giả
                # summary: ""                 # một hai câu cho danh sách, nguồn tin và mô tả trang
                draft: false                  # true: chưa đăng lên trang
                ---

                Nội dung bài viết.
                """);
    }

    @Test
    void theConferenceBlockIsASkeletonToFillInAndTheHintsFollowTheSiteLanguage() throws IOException {
        write("site.yaml", "title: Thử\nbaseUrl: https://example.gov.vn/\nlanguage: en\n");
        assertThat(run("new", "Training \"2025\"", "--conference", "--draft", "--slug", "training-2025", "--date",
                "2024-03-05", "--source", content.toString())).isEqualTo(ExitCode.OK);
        assertThat(read("articles/2024/training-2025.md")).isEqualTo("""
                ---
                title: "Training \\"2025\\""
                date: 2024-03-05
                # province: Lạng Sơn          # the article's province
                tags: []                      # topics, e.g. [thông tin đối ngoại, tập huấn]
                # author: ""                  # the author
                # summary: ""                 # one or two sentences for lists, feeds and the page description
                draft: true                   # true: not published yet
                # conference:                 # remove the # of these lines if the article reports a conference or training
                #   kind: training            # training | workshop | survey | other
                #   start: 2024-03-05         # the first day
                #   end: 2024-03-05           # the last day, if several
                #   organizer: ""
                #   partners: []
                #   locations: []
                #   format: in-person         # in-person | online | hybrid
                #   sites: 1                  # connected sites: only for online or hybrid
                #   participants: 100         # how many took part
                #   speakers:
                #     - name: ""
                #       role: ""
                #   topics: []
                ---

                The article's text.
                """);
    }

    @Test
    void theCreatedArticlesBuildWithoutProblems() {
        assertThat(run("new", "Hội nghị ở Long An", "--province", "Long An", "--conference", "--source",
                content.toString())).isEqualTo(ExitCode.OK);
        assertThat(run("new", "Bài không tỉnh", "--source", content.toString())).isEqualTo(ExitCode.OK);
        Path output = dir.resolve("site-output");
        assertThat(run("build", "-q", "--source", content.toString(), "--output", output.toString()))
                .isEqualTo(ExitCode.OK);
        assertThat(err.toString()).isEmpty();
        assertThat(output.resolve("articles/2025/hoi-nghi-o-long-an/index.html")).isRegularFile();
        assertThat(output.resolve("articles/2025/bai-khong-tinh/index.html")).isRegularFile();
        assertThat(output.resolve("tinh/long-an/index.html")).isRegularFile();
    }

    @Test
    void anUnknownProvinceIsAUsageErrorWithASuggestion() throws IOException {
        english();
        assertThat(run("new", "Tập huấn", "--province", "Long Ang", "--source", content.toString()))
                .isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).isEqualTo("gazette: unknown province 'Long Ang': did you mean 'Long An'? (the "
                + "provinces are listed in " + content.resolve("provinces.yaml") + ")\n");
        assertThat(content.resolve("articles")).doesNotExist();
    }

    @Test
    void aProvinceMergedBeforeTheArticlesDateIsRefusedNamingTheOneItJoined() throws IOException {
        english();
        assertThat(run("new", "Tập huấn", "--province", "Hà Giang", "--date", "2025-06-30", "--source",
                content.toString())).isEqualTo(ExitCode.OK);
        assertThat(run("new", "Tập huấn", "--province", "Hà Giang", "--date", "2025-07-01", "--source",
                content.toString())).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).isEqualTo("gazette: 'Hà Giang' no longer existed on 2025-07-01: it was merged into "
                + "Tuyên Quang; write --province \"Tuyên Quang\"\n");
    }

    @Test
    void anyProvinceIsTakenAsWrittenWhenTheSiteHasNoVocabulary() throws IOException {
        Files.delete(content.resolve("provinces.yaml"));
        assertThat(run("new", "Tập huấn", "--province", "Đảo Xa", "--source", content.toString())).isEqualTo(ExitCode.OK);
        assertThat(read("articles/2025/tap-huan.md")).contains("\nprovince: Đảo Xa\n");
    }

    @Test
    void anExistingFileIsNeverReplaced() throws IOException {
        english();
        write("articles/2025/tap-huan.md", "của tôi\n");
        assertThat(run("new", "Tập huấn", "--source", content.toString())).isEqualTo(ExitCode.CONTENT_ERRORS);
        assertThat(err.toString()).isEqualTo("gazette: " + content.resolve("articles/2025/tap-huan.md") + " already "
                + "exists and was left as it is: choose another name with --slug, e.g. --slug tap-huan-2\n");
        assertThat(read("articles/2025/tap-huan.md")).isEqualTo("của tôi\n");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aBadSlugDateOrTitleIsAUsageError() throws IOException {
        english();
        assertThat(run("new", "Tập huấn", "--slug", "Tập Huấn", "--source", content.toString())).isEqualTo(ExitCode.USAGE);
        assertThat(run("new", "Tập huấn", "--date", "16/06/2025", "--source", content.toString()))
                .isEqualTo(ExitCode.USAGE);
        assertThat(run("new", "???", "--source", content.toString())).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).isEqualTo("""
                gazette: --slug 'Tập Huấn' is not a slug: use a-z, 0-9 and single hyphens, e.g. tap-huan
                gazette: --date must look like 2023-09-22 (year-month-day), not '16/06/2025'
                gazette: the title has no letters or digits to make a file name from: give one with --slug
                """);
        assertThat(content.resolve("articles")).doesNotExist();
    }

    @Test
    void aFolderWithoutSiteYamlIsAUsageError() {
        assertThat(run("new", "Tập huấn", "--source", dir.toString())).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).isEqualTo("gazette: there is no " + dir.resolve("site.yaml") + ": give the content "
                + "folder with --source\n");
    }

    @Test
    void onAVietnameseSiteEveryMessageOfNewIsInVietnamese() throws IOException {
        write("articles/2025/tap-huan.md", "của tôi\n");
        assertThat(run("new", "Tập huấn", "--source", content.toString())).isEqualTo(ExitCode.CONTENT_ERRORS);
        assertThat(run("new", "Tập huấn", "--province", "Long Ang", "--source", content.toString()))
                .isEqualTo(ExitCode.USAGE);
        assertThat(run("new", "Tập huấn", "--province", "Hà Giang", "--date", "2025-07-01", "--source",
                content.toString())).isEqualTo(ExitCode.USAGE);
        assertThat(run("new", "Tập huấn", "--slug", "Tập Huấn", "--source", content.toString())).isEqualTo(ExitCode.USAGE);
        assertThat(run("new", "Tập huấn", "--date", "16/06/2025", "--source", content.toString()))
                .isEqualTo(ExitCode.USAGE);
        assertThat(run("new", "???", "--source", content.toString())).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).isEqualTo("gazette: " + content.resolve("articles/2025/tap-huan.md") + " đã có và "
                + "được giữ nguyên: hãy chọn tên khác bằng --slug, ví dụ --slug tap-huan-2\n"
                + "gazette: không có tỉnh 'Long Ang': có phải ý bạn là 'Long An'? (tên các tỉnh được liệt kê trong "
                + content.resolve("provinces.yaml") + ")\n"
                + "gazette: 'Hà Giang' không còn tồn tại vào ngày 2025-07-01: tỉnh này đã được sáp nhập vào Tuyên Quang; "
                + "hãy viết --province \"Tuyên Quang\"\n"
                + "gazette: --slug 'Tập Huấn' không phải là slug hợp lệ: chỉ dùng chữ a-z, số 0-9 và dấu gạch nối đơn, "
                + "ví dụ tap-huan\n"
                + "gazette: --date phải được viết như 2023-09-22 (năm-tháng-ngày), không phải '16/06/2025'\n"
                + "gazette: tiêu đề không có chữ cái hoặc chữ số nào để tạo tên tệp: hãy ghi tên tệp bằng --slug\n");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aSiteYamlWithErrorsIsReportedInItsLanguageAndNothingIsWritten() throws IOException {
        write("site.yaml", "title: Thử\nbaseUrl: ftp://x\n");
        assertThat(run("new", "Tập huấn", "--source", content.toString())).isEqualTo(ExitCode.CONTENT_ERRORS);
        assertThat(err.toString()).endsWith("gazette: hãy sửa site.yaml trước: bài viết mới cần múi giờ và ngôn ngữ "
                + "của trang web\n");
        assertThat(err.toString()).contains("'baseUrl' không phải là địa chỉ http(s) đầy đủ: 'ftp://x'");
        assertThat(content.resolve("articles")).doesNotExist();
    }
}
