package vn.gazette.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gazette import}: options to a request, the table and problems printed, exit codes; and a real check after. */
class ImportCommandTest {

    @TempDir
    Path dir;

    private int run(StringWriter out, String... args) {
        Clock clock = Clock.fixed(Instant.parse("2026-12-01T03:00:00Z"), ZoneOffset.UTC);
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(out, true), clock, false);
    }

    @Test
    void importsAPageThenSkipsItThenTheSiteChecks() throws Exception {
        Path content = dir.resolve("content");
        Files.createDirectories(content);
        Files.writeString(content.resolve("site.yaml"), "title: \"Lưu trữ\"\nbaseUrl: \"https://example.gov.vn/\"\n");
        Path page = dir.resolve("bai.html");
        Files.writeString(page, "<html><head><meta charset=utf-8><title>Tập huấn trực tuyến năm 2022 - Cổng</title></head>"
                + "<body><nav><a href=/>Trang chủ</a></nav><h1>Tập huấn trực tuyến năm 2022</h1><p>Ngày 01/6/2022, "
                + "Sở Thông tin và Truyền thông tổ chức hội nghị trực tuyến tập huấn, kết nối với 15 điểm cầu tại các "
                + "huyện, thị xã, thành phố.</p></body></html>");
        StringWriter out = new StringWriter();
        Path into = content.resolve("articles/imported");
        int code = run(out, "import", page.toString(), "--into", into.toString(), "--report", dir.resolve("r.json").toString());
        assertThat(code).as(out.toString()).isEqualTo(0);
        assertThat(out.toString()).contains("written", "2022-06-01", "training, online, 15 điểm cầu",
                "1 bản chụp: 1 đã ghi");
        assertThat(into.resolve("2022/tap-huan-truc-tuyen-nam-2022.md")).exists();
        assertThat(dir.resolve("r.json")).exists();

        StringWriter again = new StringWriter();
        assertThat(run(again, "import", page.toString(), "--into", into.toString())).isEqualTo(0);
        assertThat(again.toString()).contains("skipped", "1 bỏ qua");

        StringWriter check = new StringWriter();
        assertThat(run(check, "check", "--source", content.toString(), "--drafts")).as(check.toString()).isEqualTo(0);
    }

    @Test
    void aMissingSourceIsAPositionedErrorAndExitCodeOne() {
        StringWriter out = new StringWriter();
        int code = run(out, "import", dir.resolve("nothing.html").toString(), "--into", dir.resolve("into").toString());
        assertThat(code).isEqualTo(1);
        assertThat(out.toString()).contains("nothing.html:1:1: error: ", "không tồn tại").doesNotContain("Exception");
    }
}
