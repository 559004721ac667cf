package vn.gazette;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds the project's sample archive with the real theme and checks the pages, with golden copies of a few. */
class SampleArchiveTest {

    private static final String LANG_SON_2023 = "articles/2023/lang-son-tap-huan-thong-tin-doi-ngoai-trang-dinh-van-lang/";

    @TempDir
    static Path dir;

    static Path out;
    static BuildResult result;

    @BeforeAll
    static void build() throws IOException {
        out = dir.resolve("site-output");
        result = Generator.create().build(BuildRequest.of(ProjectFiles.sampleContent(), out)
                .withTheme(ProjectFiles.defaultTheme()));
    }

    @Test
    void buildsWithoutProblems() {
        assertThat(result.problems()).isEmpty();
        assertThat(result.pages()).isEqualTo(51);
    }

    @Test
    void publishesEveryArticleAtItsPrettyUrlWithItsAsset() throws IOException {
        assertThat(files()).containsExactly(
                "2018/10/index.html",
                "2018/index.html",
                "2022/06/index.html",
                "2022/index.html",
                "2023/08/index.html",
                "2023/09/index.html",
                "2023/index.html",
                "404.html",
                "anh/logo.400w.png",
                "anh/logo.png",
                "articles/2018/lang-son-tiep-doan-khao-sat-thong-tin-doi-ngoai/index.html",
                "articles/2022/long-an-tap-huan-thong-tin-doi-ngoai-truc-tuyen/index.html",
                "articles/2023/cao-bang-tap-huan-thong-tin-doi-ngoai-2023/index.html",
                "articles/2023/cao-bang-tap-huan-thong-tin-doi-ngoai-2023/poster.480w.png",
                "articles/2023/cao-bang-tap-huan-thong-tin-doi-ngoai-2023/poster.900w.png",
                "articles/2023/cao-bang-tap-huan-thong-tin-doi-ngoai-2023/poster.png",
                "articles/2023/ha-giang-boi-duong-thong-tin-doi-ngoai-mien-nui-bien-gioi/cao-nguyen-da.1000w.jpg",
                "articles/2023/ha-giang-boi-duong-thong-tin-doi-ngoai-mien-nui-bien-gioi/cao-nguyen-da.480w.jpg",
                "articles/2023/ha-giang-boi-duong-thong-tin-doi-ngoai-mien-nui-bien-gioi/cao-nguyen-da.960w.jpg",
                "articles/2023/ha-giang-boi-duong-thong-tin-doi-ngoai-mien-nui-bien-gioi/cao-nguyen-da.jpg",
                "articles/2023/ha-giang-boi-duong-thong-tin-doi-ngoai-mien-nui-bien-gioi/index.html",
                LANG_SON_2023 + "hoc-vien.1000w.jpg",
                LANG_SON_2023 + "hoc-vien.480w.jpg",
                LANG_SON_2023 + "hoc-vien.960w.jpg",
                LANG_SON_2023 + "hoc-vien.jpg",
                LANG_SON_2023 + "index.html",
                LANG_SON_2023 + "so-do-dia-ban.svg",
                LANG_SON_2023 + "toan-canh.1200w.jpg",
                LANG_SON_2023 + "toan-canh.480w.jpg",
                LANG_SON_2023 + "toan-canh.960w.jpg",
                LANG_SON_2023 + "toan-canh.jpg",
                "atom.xml",
                "css/gazette.css",
                "css/search.css",
                "favicon.svg",
                "hoi-nghi-tap-huan/2022/index.html",
                "hoi-nghi-tap-huan/2023/index.html",
                "hoi-nghi-tap-huan/bao-cao-vien/dinh-tien-dung/index.html",
                "hoi-nghi-tap-huan/bao-cao-vien/hoc-vien-quoc-te-bo-cong-an/index.html",
                "hoi-nghi-tap-huan/bao-cao-vien/index.html",
                "hoi-nghi-tap-huan/bao-cao-vien/phan-thu-hong/index.html",
                "hoi-nghi-tap-huan/bao-cao-vien/tap-chi-cong-san/index.html",
                "hoi-nghi-tap-huan/conferences.csv",
                "hoi-nghi-tap-huan/conferences.ics",
                "hoi-nghi-tap-huan/conferences.json",
                "hoi-nghi-tap-huan/conferences.schema.json",
                "hoi-nghi-tap-huan/index.html",
                "hoi-nghi-tap-huan/loai/survey/index.html",
                "hoi-nghi-tap-huan/tinh/cao-bang/index.html",
                "hoi-nghi-tap-huan/tinh/ha-giang/index.html",
                "hoi-nghi-tap-huan/tinh/lang-son/index.html",
                "hoi-nghi-tap-huan/tinh/long-an/index.html",
                "hoi-nghi-tap-huan/tinh/tay-ninh/index.html",
                "hoi-nghi-tap-huan/tinh/tuyen-quang/index.html",
                "index.html",
                "js/embed.js",
                "js/search.js",
                "luu-tru/index.html",
                "robots.txt",
                "schedule.json",
                "sitemap.xml",
                "tac-gia/index.html",
                "tac-gia/minh-tam/atom.xml",
                "tac-gia/minh-tam/index.html",
                "tac-gia/to-thi-thuong/atom.xml",
                "tac-gia/to-thi-thuong/index.html",
                "tac-gia/tra-long/atom.xml",
                "tac-gia/tra-long/index.html",
                "tac-gia/trang-ninh/atom.xml",
                "tac-gia/trang-ninh/index.html",
                "the/bao-chi/atom.xml",
                "the/bao-chi/index.html",
                "the/bien-gioi/atom.xml",
                "the/bien-gioi/index.html",
                "the/dong-bao-dan-toc-thieu-so/atom.xml",
                "the/dong-bao-dan-toc-thieu-so/index.html",
                "the/hoi-nghi-truc-tuyen/atom.xml",
                "the/hoi-nghi-truc-tuyen/index.html",
                "the/index.html",
                "the/khao-sat-thuc-te/atom.xml",
                "the/khao-sat-thuc-te/index.html",
                "the/tap-huan/atom.xml",
                "the/tap-huan/index.html",
                "the/thong-tin-doi-ngoai/atom.xml",
                "the/thong-tin-doi-ngoai/index.html",
                "tim-kiem/index.html",
                "tinh/cao-bang/atom.xml",
                "tinh/cao-bang/index.html",
                "tinh/ha-giang/atom.xml",
                "tinh/ha-giang/index.html",
                "tinh/index.html",
                "tinh/lang-son/atom.xml",
                "tinh/lang-son/index.html",
                "tinh/long-an/atom.xml",
                "tinh/long-an/index.html",
                "tinh/tay-ninh/atom.xml",
                "tinh/tay-ninh/index.html",
                "tinh/tuyen-quang/atom.xml",
                "tinh/tuyen-quang/index.html");
    }

    @Test
    void homeListsTheArticlesNewestFirst() throws IOException {
        Document home = page("index.html");
        assertThat(home.select(".lead-story time").eachAttr("datetime")).containsExactly("2023-09-22");
        assertThat(home.select("section.latest .card time").eachAttr("datetime"))
                .containsExactly("2023-09-14", "2023-08-02", "2022-06-01T09:47:00+07:00", "2018-10-31");
        assertThat(home.select("html").attr("lang")).isEqualTo("vi");
    }

    @Test
    void articlePagesShowTitleAndVietnameseDate() throws IOException {
        Document langSon = page(LANG_SON_2023 + "index.html");
        assertThat(langSon.select("article h1").text())
                .isEqualTo("Tập huấn thông tin đối ngoại cho cán bộ hai huyện biên giới Tràng Định và Văn Lãng");
        assertThat(langSon.select("article .meta time").text()).isEqualTo("Thứ Sáu, 22/09/2023");
        assertThat(langSon.select("link[rel=canonical]").attr("href"))
                .isEqualTo("https://luutru.example.gov.vn/" + LANG_SON_2023);
        Document longAn = page("articles/2022/long-an-tap-huan-thong-tin-doi-ngoai-truc-tuyen/index.html");
        assertThat(longAn.select("article .meta time").text()).isEqualTo("Thứ Tư, 01/06/2022 lúc 09:47");
        Document visit = page("articles/2018/lang-son-tiep-doan-khao-sat-thong-tin-doi-ngoai/index.html");
        assertThat(visit.select("article .meta time").text()).isEqualTo("Thứ Tư, 31/10/2018");
    }

    @Test
    void everyInternalLinkImageAndStylesheetResolvesToAPublishedFile() throws IOException {
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (String file : files()) {
            if (!file.endsWith(".html")) {
                continue;
            }
            Document doc = page(file);
            for (Element element : doc.select("a[href], link[href], img[src], script[src]")) {
                String target = element.hasAttr("href") ? element.attr("href") : element.attr("src");
                if (target.startsWith("#") || URI.create(target).isAbsolute()) {
                    continue;
                }
                checked++;
                if (!Files.isRegularFile(resolve(file, target))) {
                    broken.add(file + " -> " + target);
                }
            }
        }
        assertThat(broken).isEmpty();
        assertThat(checked).isGreaterThan(30);
    }

    @Test
    void goldenPages() throws IOException {
        Path golden = ProjectFiles.testResources().resolve("golden/sample");
        for (String file : List.of("index.html", LANG_SON_2023 + "index.html", "404.html")) {
            Golden.assertMatches(Files.readString(out.resolve(file), StandardCharsets.UTF_8), golden.resolve(file));
        }
    }

    private static Path resolve(String page, String target) {
        String path = target.replaceAll("[?#].*$", "");
        Path resolved = path.startsWith("/") ? out.resolve(path.substring(1))
                : out.resolve(page).getParent().resolve(path);
        return path.endsWith("/") || path.isEmpty() ? resolved.resolve("index.html") : resolved.normalize();
    }

    private static Document page(String file) throws IOException {
        return Jsoup.parse(out.resolve(file).toFile(), "UTF-8");
    }

    private static List<String> files() throws IOException {
        try (Stream<Path> walk = Files.walk(out)) {
            return walk.filter(Files::isRegularFile).map(p -> out.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.equals(".gazette-output"))
                    .filter(p -> !p.startsWith("search-index/")) // its files depend on the words: see SearchIndexTest
                    .sorted().toList();
        }
    }
}
