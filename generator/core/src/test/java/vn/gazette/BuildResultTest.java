package vn.gazette;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gazette.problem.Message;
import vn.gazette.problem.Problem;
import vn.gazette.problem.SourcePosition;

class BuildResultTest {

    private static final Path A = Path.of("content/articles/a.md");
    private static final Path B = Path.of("content/articles/b.md");

    private static BuildResult result(String language, Problem... problems) {
        return new BuildResult(0, 0, 0, List.of(problems), Map.of(), language);
    }

    private static Problem error(Path file, int line) {
        return Problem.error(SourcePosition.of(file, line, 1), "content", Message.of("render.template.failed", "sai " + line));
    }

    private static Problem warning(Path file, int line) {
        return Problem.warning(SourcePosition.of(file, line, 1), "content", Message.of("render.template.failed", "lạ " + line));
    }

    @Test
    void theSummaryCountsErrorsWarningsAndFilesInEnglish() {
        assertThat(result("en", error(A, 1), error(A, 2), error(B, 1), warning(B, 3)).summary())
                .isEqualTo("3 errors, 1 warning in 2 files");
        assertThat(result("en", error(A, 1)).summary()).isEqualTo("1 error in 1 file");
        assertThat(result("en", warning(A, 1), warning(A, 2)).summary()).isEqualTo("2 warnings in 1 file");
    }

    @Test
    void theSummaryOfAVietnameseSiteIsInVietnamese() {
        assertThat(result("vi", error(A, 1), error(A, 2), error(B, 1), warning(B, 3)).summary())
                .isEqualTo("3 lỗi, 1 cảnh báo trong 2 tệp");
        assertThat(result("vi", warning(A, 1)).summary()).isEqualTo("1 cảnh báo trong 1 tệp");
    }

    @Test
    void aCleanBuildSaysSoInItsLanguage() {
        assertThat(result("en").summary()).isEqualTo("No problems.");
        assertThat(result("vi").summary()).isEqualTo("Không có lỗi.");
    }
}
