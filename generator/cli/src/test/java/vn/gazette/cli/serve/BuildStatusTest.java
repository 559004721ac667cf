package vn.gazette.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BuildStatusTest {

    @Test
    void theStatusIsJsonWithTheProblemsAsPrinted() {
        BuildStatus status = BuildStatus.starting().next(true, List.of()).next(false,
                List.of("bài.md:3:7: error: 'date' is not a date: \"22/09/2023\""));
        assertThat(status.toJson()).isEqualTo(
                "{\"build\": 2, \"ok\": false, \"problems\": [\"bài.md:3:7: error: 'date' is not a date: \\\"22/09/2023\\\"\"]}");
        assertThat(status.hasSite()).isTrue();
    }

    @Test
    void textThatCouldBreakOutOfAnEventOrAPageIsEscaped() {
        assertThat(BuildStatus.jsonString("a\nb\\c</script>&\u2028\u0001"))
                .isEqualTo("\"a\\nb\\\\c\\u003C/script\\u003E\\u0026\\u2028\\u0001\"");
    }
}
