package vn.gazette.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gazette.BuildResult;
import vn.gazette.Generator;
import vn.gazette.MiniSite;

/** The index a build publishes: what is in it, under which keys, in which shard, and what never is. */
class SearchIndexTest {

    private static final Instant NOW = Instant.parse("2025-06-15T05:00:00Z");

    static final String SITE = """
            -- site.yaml --
            title: Thử nghiệm
            baseUrl: https://example.gov.vn/
            -- provinces.yaml --
            provinces:
              - name: Hà Giang
                slug: ha-giang
                kind: province
                mergedInto: Tuyên Quang
                until: 2025-06-30
              - name: Tuyên Quang
                slug: tuyen-quang
                kind: province
              - name: Đà Nẵng
                slug: da-nang
                kind: city
            """;

    /** Five published articles (oldest first: ids 0 to 4) and three that are not published. */
    static final String ARTICLES = article("a-tap-huan", "Tập huấn thông tin đối ngoại", "2023-09-22",
            "Hà Giang", "[tập huấn]", "conference:\n  kind: training\n  start: 2023-09-22",
            "Lớp tập huấn công tác thông tin đối ngoại cho cán bộ.")
            + article("b-tap-huan-sai", "Ghi chép ở Đà Nẵng", "2024-01-05", "Đà Nẵng", "[du lịch]", "",
                    "Một người tấp huân vào quán bên đường, rồi hỏi thông tin về đối tác ngoại giao.")
            + article("c-hoa-binh", "Hoà Bình và Hòa Bình", "2024-02-01", "Tuyên Quang", "[dân tộc thiểu số]", "",
                    "Đồng bào dân tộc thiểu số (DTTS) ở Hòa Bình.")
            + article("d-xss", "<img src=x onerror=alert(1)> tiêu đề lạ", "2024-03-01", "Tuyên Quang", "[]", "",
                    "Nội dung có <b>thẻ</b> &amp; ký tự.")
            + article("e-moi", "Bài mới nhất", "2025-06-01", "Đà Nẵng", "[]", "", "Thông tin mới.")
            + article("nhap", "Bản nháp Zyxkhong", "2025-06-02", "Đà Nẵng", "[]", "draft: true", "Qwvnhap bí mật.")
            + article("sap-toi", "Bài sắp tới Xqtuonglai", "2025-12-01", "Đà Nẵng", "[]", "", "Jkwsaptoi.")
            + article("het-han", "Bài hết hạn Vbhethan", "2025-01-10", "Đà Nẵng", "[]", "expires: 2025-06-01",
                    "Pzhethan.");

    @TempDir
    Path dir;

    static String article(String name, String title, String date, String province, String tags, String extra,
            String body) {
        return "-- articles/" + name + ".md --\n---\ntitle: '" + title + "'\ndate: " + date + "\nprovince: " + province
                + "\ntags: " + tags + "\n" + (extra.isEmpty() ? "" : extra + "\n") + "---\n" + body + "\n";
    }

    private MiniSite built(String extra) throws IOException {
        MiniSite site = MiniSite.of(dir, SITE + ARTICLES + extra);
        BuildResult result = Generator.create().build(site.request().withNow(NOW));
        assertThat(site.messages(result)).isEmpty();
        return site;
    }

    @Test
    void draftsScheduledAndExpiredArticlesAreInNoIndexFile() throws IOException {
        MiniSite site = built("");
        Map<String, String> files = new IndexReader(site.output()).allText();

        assertThat(files).isNotEmpty().containsKeys("index.json", "facets.json", "m/0.json");
        files.forEach((path, text) -> assertThat(text).as(path).doesNotContainIgnoringCase("zyxkhong")
                .doesNotContainIgnoringCase("qwvnhap").doesNotContainIgnoringCase("xqtuonglai")
                .doesNotContainIgnoringCase("jkwsaptoi").doesNotContainIgnoringCase("vbhethan")
                .doesNotContainIgnoringCase("pzhethan").doesNotContain("/nhap/", "/sap-toi/", "/het-han/"));
        assertThat(new IndexReader(site.output()).text("index.json")).contains("\"documents\":5");
    }

    @Test
    void syllablesAreFoundByBareKeyAndTheirExactSpellingsAreKept() throws IOException {
        IndexReader index = new IndexReader(built("").output());

        IndexReader.Entry tap = index.entry("tap").orElseThrow();
        assertThat(tap.documents()).containsExactly(1, 0);
        assertThat(tap.withSpelling("tâp5")).containsExactly(0);
        assertThat(tap.withSpelling("tâp2")).containsExactly(1);
        assertThat(index.entry("huan").orElseThrow().withSpelling("huân2")).containsExactly(0);
        assertThat(index.entry("da").orElseThrow().documents()).as("Đà Nẵng, title and province").contains(4, 1);
        assertThat(index.entry("hoa").orElseThrow().withSpelling("hoa1")).containsExactly(2);
        assertThat(index.entry("dtts").orElseThrow().documents()).containsExactly(2);
        assertThat(index.entry("tập")).as("keys are bare").isEmpty();
    }

    @Test
    void aWordOfTheTitleWeighsMoreThanOneOfTheBody() throws IOException {
        IndexReader.Entry tin = new IndexReader(built("").output()).entry("tin").orElseThrow();
        int inTitle = tin.weights().get(tin.documents().indexOf(0));
        int inBody = tin.weights().get(tin.documents().indexOf(1));
        assertThat(inTitle).isGreaterThanOrEqualTo(Postings.quantize(Document.TITLE + Document.BODY));
        assertThat(inBody).isEqualTo(Document.BODY);
    }

    @Test
    void neighbouringSyllablesArePairsSoPhrasesCanRankFirst() throws IOException {
        IndexReader index = new IndexReader(built("").output());

        assertThat(index.entry("thong tin").orElseThrow().documents()).contains(0, 1);
        assertThat(index.entry("doi ngoai").orElseThrow().documents()).containsExactly(0);
        assertThat(index.entry("tin doi").orElseThrow().documents()).containsExactly(0);
        assertThat(index.entry("da nang").orElseThrow().documents()).contains(1);
    }

    @Test
    void filtersCoverYearsKindsTagsAndProvincesWithTheOnesMergedIntoThem() throws IOException {
        IndexReader index = new IndexReader(built("").output());

        assertThat(index.entry("#p:tuyen-quang").orElseThrow().documents()).as("Hà Giang is part of Tuyên Quang")
                .containsExactly(3, 2, 0);
        assertThat(index.entry("#p:ha-giang").orElseThrow().documents()).containsExactly(0);
        assertThat(index.entry("#y:2024").orElseThrow().documents()).containsExactly(3, 2, 1);
        assertThat(index.entry("#k:training").orElseThrow().documents()).containsExactly(0);
        assertThat(index.entry("#t:tap-huan").orElseThrow().documents()).containsExactly(0);
        assertThat(index.text("facets.json")).contains("{\"s\":\"ha-giang\",\"n\":\"Hà Giang\",\"c\":1}",
                "{\"s\":\"tuyen-quang\",\"n\":\"Tuyên Quang\",\"c\":3}", "\"years\":[2025,2024,2023]",
                "\"kinds\":[\"training\"]");
    }

    @Test
    void metadataIsEscapedJsonWithTheProvinceOfToday() throws IOException {
        IndexReader index = new IndexReader(built("").output());

        assertThat(index.meta(3)).startsWith("{\"u\":\"/articles/d-xss/\",\"t\":\"\\u003cimg src=x onerror=alert(1)"
                + "\\u003e tiêu đề lạ\"").contains("\"x\":\"Nội dung có thẻ \\u0026 ký tự.\"");
        assertThat(index.meta(0)).contains("\"p\":\"Hà Giang\",\"n\":\"Tuyên Quang\",\"k\":\"training\"");
        assertThat(index.meta(4)).contains("\"d\":\"2025-06-01\"");
    }

    @Test
    void theSameArticlesGiveTheSameBytesAndANewArticleLeavesMostShardsAlone() throws IOException {
        MiniSite site = MiniSite.of(dir, SITE + ARTICLES + many(200));
        vn.gazette.BuildRequest request = site.request().withNow(NOW).withCache(dir.resolve("cache"));
        assertThat(site.messages(Generator.create().build(request))).isEmpty();
        Map<String, byte[]> first = bytes(site.output());
        Map<String, java.nio.file.attribute.FileTime> times = times(site.output());
        Generator.create().build(request);
        assertThat(bytes(site.output())).as("rebuilt").containsOnlyKeys(first.keySet().toArray(String[]::new))
                .allSatisfy((path, b) -> assertThat(b).as(path).isEqualTo(first.get(path)));

        site.write(article("moi-nhat", "Bài", "2025-06-10", "Đà Nẵng", "[]", "", "Bài."));
        Generator.create().build(request);
        Map<String, byte[]> after = bytes(site.output());
        Map<String, java.nio.file.attribute.FileTime> timesAfter = times(site.output());
        java.util.List<String> shards = first.keySet().stream().filter(p -> p.startsWith("s/")).toList();
        java.util.List<String> same = shards.stream().filter(p -> java.util.Arrays.equals(first.get(p), after.get(p)))
                .toList();
        assertThat(new IndexReader(site.output()).shards()).isGreaterThan(1);
        assertThat(same).as("shards unchanged of " + shards.size()).isNotEmpty().hasSizeLessThan(shards.size());
        assertThat(same).as("not written again").allSatisfy(p -> assertThat(timesAfter.get(p)).isEqualTo(times.get(p)));
        assertThat(after.get("m/0.json")).as("older articles keep their numbers").isEqualTo(first.get("m/0.json"));
    }

    @Test
    void manyWorkersFoldingAsTheyComeMakeTheFilesOfOne() throws IOException {
        MiniSite site = MiniSite.of(dir, SITE + ARTICLES + many(700)); // several chunks of documents to fold
        Map<String, byte[]> alone = null;
        int[] rounds = {1, 4, 4};
        for (int round = 0; round < rounds.length; round++) {
            int threads = rounds[round];
            Path output = dir.resolve("out-" + round);
            BuildResult result = Generator.create().build(vn.gazette.BuildRequest.of(site.content(), output)
                    .withTheme(vn.gazette.ProjectFiles.defaultTheme()).withNow(NOW).withThreads(threads)
                    .withCache(dir.resolve("cache-" + round)));
            assertThat(site.messages(result)).isEmpty();
            Map<String, byte[]> files = bytes(output);
            if (alone == null) {
                alone = files;
                continue;
            }
            Map<String, byte[]> one = alone;
            assertThat(files).as("%d threads", threads).containsOnlyKeys(one.keySet().toArray(String[]::new))
                    .allSatisfy((path, b) -> assertThat(b).as(path).isEqualTo(one.get(path)));
        }
    }

    /** {@code count} articles of 2022 in Đà Nẵng, each with words of its own. */
    static String many(int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(article("nhieu/bai-" + i, "Bài số " + i + " về chủ đề " + (i % 37), "2022-0" + (1 + i % 9)
                    + "-1" + (i % 10), "Đà Nẵng", "[tin " + (i % 11) + "]", "", "Nội dung riêng " + Integer.toString(i, 36)
                    + " của bài " + i + ", từ khoá k" + (i * 7919 % 1000) + " và m" + (i * 31 % 500) + "."));
        }
        return text.toString();
    }

    private static Map<String, java.nio.file.attribute.FileTime> times(Path output) throws IOException {
        Path folder = output.resolve(SearchIndex.FOLDER);
        Map<String, java.nio.file.attribute.FileTime> all = new java.util.TreeMap<>();
        try (var walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                all.put(folder.relativize(file).toString(), Files.getLastModifiedTime(file));
            }
        }
        return all;
    }

    private static Map<String, byte[]> bytes(Path output) throws IOException {
        Path folder = output.resolve(SearchIndex.FOLDER);
        Map<String, byte[]> all = new java.util.TreeMap<>();
        try (var walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                all.put(folder.relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return all;
    }
}
