package vn.gazette.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * How long importing 1,000 captured pages takes: pages generated here in the portal layouts' shape, each with
 * boilerplate, a date line, a byline and a related-news list. Run on demand with {@code -Dgazette.importBench=true}
 * (the figure goes into the README); the normal suite does not spend the time.
 */
@EnabledIfSystemProperty(named = "gazette.importBench", matches = "true")
class ImportThousandPagesTest {

    @TempDir
    Path dir;

    @Test
    void importsAThousandPages() throws IOException {
        Path pages = dir.resolve("pages");
        Files.createDirectories(pages);
        String[] provinces = {"Lạng Sơn", "Cao Bằng", "Hà Giang", "Long An", "Điện Biên"};
        for (int i = 0; i < 1000; i++) {
            String province = provinces[i % provinces.length];
            int day = 1 + i % 28;
            int month = 1 + i % 12;
            int year = 2015 + i % 10;
            StringBuilder body = new StringBuilder();
            for (int p = 0; p < 8; p++) {
                body.append("<p>Đoạn ").append(p + 1).append(" của bài ").append(i).append(": công tác thông tin đối "
                        + "ngoại của tỉnh tiếp tục được triển khai, với nhiều hoạt động tuyên truyền, quảng bá hình ảnh "
                        + "địa phương, phối hợp giữa các sở, ngành và các huyện biên giới.</p>");
            }
            Files.writeString(pages.resolve("bai-" + i + ".html"), "<html><head><meta charset=utf-8><title>Bài " + i
                    + " - Cổng thông tin</title></head><body><div class='menu'><a href='/'>Trang chủ</a> <a href='/tin'>"
                    + "Tin tức</a></div><div class='noi-dung'><h1>Tập huấn thông tin đối ngoại tỉnh " + province + " số " + i
                    + "</h1><div class='date'>Thứ Sáu, " + day + "/" + month + "/" + year + "</div><p>Ngày " + day + "/"
                    + month + ", Sở Thông tin và Truyền thông tỉnh " + province + " tổ chức tập huấn cho trên " + (50 + i % 90)
                    + " đại biểu.</p>" + body + "<p>Minh Tâm</p></div><div class='tin-lien-quan'><h3>Tin liên quan</h3>"
                    + "<ul><li><a href='bai-" + (i + 1) % 1000 + ".html'>Bài sau</a></li></ul></div>"
                    + "<div class='footer'>Bản quyền</div></body></html>");
        }
        Path content = ImportFixtures.contentFolder(dir);
        long start = System.nanoTime();
        ImportResult result = Importer.run(ImportRequest.of(List.of(pages), content.resolve("articles/imported"),
                SeedImportTest.CLOCK));
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("IMPORT-BENCH 1000 pages: " + millis + " ms, written " + result.count(ImportedArticle.Outcome.WRITTEN));
        assertThat(result.count(ImportedArticle.Outcome.WRITTEN)).isEqualTo(1000);
        assertThat(result.problems()).isEmpty();
    }
}
