package vn.gazette.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Saved HTML pages in the shapes of several portal layouts (WordPress, Liferay, an old table layout in
 * windows-1258, a news site with JSON-LD, a page after the 2025 merger): boilerplate stays out, dates in each
 * phrasing, bylines, figures with captions, related-news lists, links between imported pages.
 */
class PortalImportTest {

    @TempDir
    static Path dir;
    static ImportResult result;
    static Path into;

    @BeforeAll
    static void importPages() throws IOException {
        Path content = ImportFixtures.contentFolder(dir);
        Path pages = ImportFixtures.writePortalPages(dir.resolve("saved"));
        into = content.resolve("articles/imported");
        result = Importer.run(ImportRequest.of(List.of(pages), into, SeedImportTest.CLOCK).withReport(dir.resolve("r.json")));
        System.out.println(result.table());
    }

    static String article(String capture) throws IOException {
        ImportedArticle line = result.articles().stream().filter(a -> a.capture().endsWith(capture)).findFirst()
                .orElseThrow();
        return Files.readString(into.resolve(line.file().orElseThrow()), StandardCharsets.UTF_8);
    }

    @Test
    void wordpressRecipeTakesTitleDateAuthorBodyAndFigure() throws IOException {
        String text = article("wordpress-2019.html");
        assertThat(text).contains("title: \"Quảng Ninh tập huấn kỹ năng phát ngôn cho cán bộ cơ sở\"\n",
                "date: 2019-05-14T08:30\n", "province: \"Quảng Ninh\"\n", "author: \"Hồng Nhung\"\n",
                "tags: [\"thông tin đối ngoại\", \"tập huấn\", \"Quảng Ninh\"]\n",
                "  url: \"https://stttt.quangninh.example.vn/2019/05/tap-huan-ky-nang-phat-ngon/\"\n",
                "  participants: 120\n", "- name: \"Nguyễn Thị Lan\"\n",
                "![Toàn cảnh lớp tập huấn tại thành phố Hạ Long](anh-1.png)",
                "*Toàn cảnh lớp tập huấn tại thành phố Hạ Long*", "## Nâng cao kỹ năng thực hành",
                "* Thực hành trả lời phỏng vấn", "[tập huấn năm 2021 của tỉnh Điện Biên](tap-huan-thong-tin-doi-ngoai-nam-2021.md)"
                        .replace("(t", "(../2021/t"),
                "[trang của Bộ](https://www.mic.gov.vn/)", "**Lưu ý:**");
        assertThat(text).doesNotContain("javascript", "alert", "onerror", "Chia sẻ", "Bài liên quan", "Hội nghị giao ban",
                "Tin mới nhất", "Bản quyền", "Trang chủ", "analytics");
        assertThat(text).contains("tài liệu tham khảo");
        assertThat(into.resolve("2019/quang-ninh-tap-huan-ky-nang-phat-ngon-cho-can-bo-co-so/anh-1.png")).exists();
    }

    @Test
    void liferayTableFigureTrailingBylineAndRelatedList() throws IOException {
        String text = article("liferay-2021.html");
        assertThat(text).contains("title: \"Tập huấn thông tin đối ngoại năm 2021\"\n", "date: 2021-09-22T08:15\n",
                "province: \"Điện Biên\"\n", "author: \"Hồng Nhung\"\n", "  end: 2021-09-23\n", "  participants: 90\n",
                "- name: \"Lê Quang Minh\"\n", "![Đại biểu dự tập huấn tại hội trường tỉnh](anh-1.png)",
                "  locations: [\"tỉnh Điện Biên\"]\n", "Việt – Lào");
        assertThat(text).doesNotContain("Tin liên quan", "đón đoàn công tác", "Sở TT&TT\n", "Cơ quan chủ quản", "logo",
                "Giới thiệu");
    }

    @Test
    void oldTablePortalInWindows1258KeepsHaGiangAndTheLabelledAuthor() throws IOException {
        String text = article("table-portal-2016.htm");
        assertThat(text).contains("title: \"Hội nghị tập huấn công tác thông tin đối ngoại tỉnh Hà Giang\"\n",
                "date: 2016-10-31\n", "province: \"Hà Giang\"\n", "author: \"Nguyễn Văn An\"\n", "  participants: 150\n",
                "- name: \"Trần Văn Bình\"\n", "vùng đồng bào dân tộc thiểu số");
        assertThat(text).doesNotContain("Tác giả", "Tin khác", "Khai giảng", "Lượt truy cập", "steal", "alert",
                "Liên hệ");
        ImportedArticle line = result.articles().stream().filter(a -> a.capture().endsWith(".htm")).findFirst().orElseThrow();
        assertThat(line.encoding()).isEqualTo("windows-1258");
    }

    @Test
    void jsonLdDateHybridFormatSitesAndTable() throws IOException {
        String text = article("jsonld-2024.html");
        assertThat(text).contains("title: \"Tây Ninh: hội nghị trực tuyến về thông tin đối ngoại\"\n",
                "date: 2024-09-14T16:05\n", "province: \"Tây Ninh\"\n", "author: \"Thanh Hà\"\n", "  format: hybrid\n",
                "  sites: 12\n", "  participants: 200\n", "  end: 2024-09-15\n", "| Tin, bài đối ngoại | 1.250", "*tăng cường*");
        assertThat(text).doesNotContain("03/12/2024", "Đăng nhập", "Tin khác", "Đọc nhiều", "ads.example.com",
                "Nhật Bản");
    }

    @Test
    void anArticleAfterThe2025MergerNamesTheProvinceOfToday() throws IOException {
        String text = article("after-merger-2025.html");
        assertThat(text).contains("date: 2025-09-10T07:00\n", "province: \"Tuyên Quang\"\n", "  kind: training\n");
        ImportedArticle line = result.articles().stream().filter(a -> a.capture().endsWith("after-merger-2025.html"))
                .findFirst().orElseThrow();
        assertThat(line.province().confidence()).isEqualTo("low");
        assertThat(line.province().how()).contains("Hà Giang was merged into Tuyên Quang");
    }

    @Test
    void theReportListsTheDoubtfulFirst() throws IOException {
        List<String> order = result.articles().stream().map(ImportedArticle::confidence).toList();
        List<String> sorted = order.stream().sorted(java.util.Comparator.comparingInt(
                c -> List.of("none", "low", "medium", "high").indexOf(c))).toList();
        assertThat(order).isEqualTo(sorted);
        String json = Files.readString(dir.resolve("r.json"));
        assertThat(json).startsWith("{\n  \"imported\": \"2026-12-01T03:00:00Z\",\n  \"articles\": [\n    {\"capture\": ");
        assertThat(json).contains("\"province\": {\"value\": \"Tuyên Quang\", \"confidence\": \"low\"",
                "\"recipe\": \"WordPress\"", "\"images\": 1");
    }
}
