package vn.gazette.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class GithubAnnotationTest {

    private static final Path BASE = Path.of("/repo");

    @Test
    void anErrorNamesFileLineAndColumn() {
        Problem problem = Problem.error(SourcePosition.of(Path.of("/repo/content/articles/a.md"), 3, 7), "content",
                Message.of("content.date.day-first", "'date'", "22/09/2023", "2023-09-22"));
        assertThat(GithubAnnotation.format(problem, BASE, "en")).isEqualTo("::error file=content/articles/a.md,line=3,"
                + "col=7::'date' is not a date: \"22/09/2023\" (write 2023-09-22: year-month-day)");
    }

    @Test
    void aWarningWithoutALineNamesOnlyTheFile() {
        Problem problem = Problem.warning(SourcePosition.of(Path.of("/repo/content/site.yaml")), "transform",
                Message.of("render.template.failed", "lạ"));
        assertThat(GithubAnnotation.format(problem, BASE, "en")).isEqualTo("::warning file=content/site.yaml::lạ");
    }

    @Test
    void percentLineBreaksAndPropertySeparatorsAreEscapedAsGithubDoes() {
        Problem problem = Problem.error(SourcePosition.of(Path.of("/repo/content/a,b:c%.md"), 1, 0), "content",
                Message.of("render.template.failed", "100% sai\r\ndòng hai: x, y"));
        assertThat(GithubAnnotation.format(problem, BASE, "en")).isEqualTo("::error file=content/a%2Cb%3Ac%25.md,line=1"
                + "::100%25 sai%0D%0Adòng hai: x, y");
    }

    @Test
    void theRenderedPageIsPartOfTheMessage() {
        Problem problem = Problem.error(SourcePosition.of(Path.of("/repo/themes/t/article.ftlh"), 12, 5), "render",
                Message.of("render.template.failed", "x"))
                .onPage(Path.of("/repo/content/articles/a.md"), 0);
        assertThat(GithubAnnotation.format(problem, BASE, "en")).isEqualTo("::error file=themes/t/article.ftlh,line=12,"
                + "col=5::x (rendering content/articles/a.md)");
    }
}
