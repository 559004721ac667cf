package vn.gazette.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** A WARC file built here with jwarc: pages, an image, a link between pages, a 404, and a decompression bomb. */
class WarcImportTest {

    @TempDir
    Path dir;

    private static void response(WarcWriter writer, String url, int status, String type, byte[] body,
            String encoding) throws IOException {
        HttpResponse.Builder http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found");
        if (encoding != null) {
            http.addHeader("Content-Encoding", encoding);
        }
        http.body(MediaType.parse(type), body);
        writer.write(new WarcResponse.Builder(URI.create(url)).body(http.build()).build());
    }

    private static byte[] bomb() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 40; i++) {
                gzip.write(zeros);
            }
        }
        return out.toByteArray();
    }

    @Test
    void pagesImagesAndLinksComeFromTheWarcAndTheBombStopsAtTheLimit() throws IOException {
        Path warc = dir.resolve("crawl.warc.gz");
        String page = "<html><head><title>Tập huấn thông tin đối ngoại tỉnh Lạng Sơn - Cổng</title></head><body>"
                + "<div class='menu'><a href='/'>Trang chủ</a></div><div class='noi-dung'><h1>Tập huấn thông tin đối"
                + " ngoại tỉnh Lạng Sơn</h1><p>Ngày 22/9/2023, Sở Thông tin và Truyền thông tỉnh Lạng Sơn tổ chức "
                + "tập huấn cho trên 130 đại biểu tại huyện Tràng Định.</p><figure><img src='/img/anh.png'>"
                + "<figcaption>Quang cảnh hội nghị</figcaption></figure><p>Xem thêm <a href='/tin/2018.html'>bài năm "
                + "2018</a> về đoàn khảo sát của Trung ương, cùng các tư liệu về công tác thông tin đối ngoại.</p>"
                + "</div></body></html>";
        String older = "<html><body><h1>Đoàn công tác Trung ương khảo sát tại Lạng Sơn</h1><p>Hôm nay (31/10), "
                + "đoàn công tác liên ngành Trung ương khảo sát công tác thông tin đối ngoại tại tỉnh Lạng Sơn. "
                + "Trong năm 2018, tỉnh đã triển khai đồng bộ nhiều hoạt động.</p></body></html>";
        try (WarcWriter writer = new WarcWriter(java.nio.channels.FileChannel.open(warc,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            response(writer, "https://langson.example.vn/tin/2023.html", 200, "text/html; charset=utf-8",
                    page.getBytes(StandardCharsets.UTF_8), null);
            response(writer, "https://langson.example.vn/img/anh.png", 200, "image/png", ImportFixtures.png(0x22aa44), null);
            response(writer, "https://langson.example.vn/bomb.html", 200, "text/html", bomb(), "gzip");
            response(writer, "https://langson.example.vn/missing.html", 404, "text/html", "<p>không có</p>"
                    .getBytes(StandardCharsets.UTF_8), null);
            response(writer, "https://langson.example.vn/tin/2018.html", 200, "text/html; charset=windows-1258",
                    LegacySamples.cp1258(older), null);
        }
        Path content = ImportFixtures.contentFolder(dir);
        Path into = content.resolve("articles/imported");
        ImportResult result = Importer.run(ImportRequest.of(List.of(warc), into, SeedImportTest.CLOCK));
        assertThat(result.problems()).hasSize(1);
        assertThat(result.problems().get(0).message()).matches(
                "crawl.warc.gz: the record at byte \\d+ holds more than 16 MiB once decompressed and was left out .*");
        assertThat(result.count(ImportedArticle.Outcome.WRITTEN)).isEqualTo(2);
        String text = Files.readString(into.resolve("2023/tap-huan-thong-tin-doi-ngoai-tinh-lang-son.md"));
        assertThat(text).contains("  url: \"https://langson.example.vn/tin/2023.html\"\n", "  capture: \"crawl.warc.gz@",
                "![Quang cảnh hội nghị](anh-1.png)", "[bài năm 2018](../2018/doan-cong-tac-trung-uong-khao-sat-tai-lang-son.md)",
                "  participants: 130\n", "province: \"Lạng Sơn\"\n");
        assertThat(into.resolve("2023/tap-huan-thong-tin-doi-ngoai-tinh-lang-son/anh-1.png")).exists();
        String older2018 = Files.readString(into.resolve("2018/doan-cong-tac-trung-uong-khao-sat-tai-lang-son.md"));
        assertThat(older2018).contains("date: 2018-10-31\n", "  kind: survey\n", "tỉnh Lạng Sơn");
    }
}
