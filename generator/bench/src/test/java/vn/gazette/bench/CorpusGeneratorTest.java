package vn.gazette.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gazette.BuildRequest;
import vn.gazette.BuildResult;
import vn.gazette.Generator;

class CorpusGeneratorTest {

    private static final Pattern ARTICLE_LINK = Pattern.compile("\\]\\((/articles/[^)\\s]+)\\)");

    @TempDir
    Path temp;

    @Test
    void theSameCountAndSeedGiveByteIdenticalFilesWithTheExpectedCounts() throws IOException {
        CorpusGenerator.Summary first = CorpusGenerator.generate(50, temp.resolve("a"), 1);
        CorpusGenerator.Summary second = CorpusGenerator.generate(50, temp.resolve("b"), 1);

        Map<String, String> a = files(temp.resolve("a"));
        assertThat(files(temp.resolve("b")).keySet()).isEqualTo(a.keySet());
        for (String name : a.keySet()) {
            assertThat(Files.readAllBytes(temp.resolve("b").resolve(name))).as(name)
                    .isEqualTo(Files.readAllBytes(temp.resolve("a").resolve(name)));
        }
        assertThat(second).isEqualTo(first);
        assertThat(a.keySet()).contains("site.yaml", "corpus.json");
        List<String> articles = a.keySet().stream().filter(name -> name.endsWith(".md")).toList();
        assertThat(articles).hasSize(50).allMatch(name -> name.matches("articles/20(1[5-9]|2[0-5])/[01][0-9]/[a-z0-9-]+\\.md"));

        long conferences = 0;
        TreeSet<String> years = new TreeSet<>();
        for (String name : articles) {
            String text = a.get(name);
            assertThat(text).startsWith("---\ntitle: \"");
            assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).isTrue();
            conferences += text.contains("\nconference:\n") ? 1 : 0;
            years.add(name.substring(9, 13));
        }
        assertThat(first.articles()).isEqualTo(50);
        assertThat(first.conferenceArticles()).isEqualTo((int) conferences).isBetween(10, 20); // 20% to 40%
        assertThat(first.years()).isEqualTo(years.size());
        assertThat(first.tags()).isGreaterThan(10);
        assertThat(first.provinces()).isGreaterThan(5);
        assertThat(first.meanBodyWords()).isBetween(500.0, 800.0);
        assertThat(a.get("corpus.json")).contains("\"articles\": 50,", "\"conferenceArticles\": " + conferences + ",");
    }

    @Test
    void gazetteBuildsTheCorpusWithoutProblemsAndEveryLinkResolves() throws IOException {
        Path corpus = temp.resolve("corpus");
        Path out = temp.resolve("out");
        CorpusGenerator.generate(50, corpus, 1);
        Files.copy(projectRoot().resolve("content/provinces.yaml"), corpus.resolve("provinces.yaml"));

        BuildResult result = Generator.create().build(BuildRequest.of(corpus, out).withThreads(2));

        assertThat(result.problems()).isEmpty();
        List<String> links = new ArrayList<>();
        for (Map.Entry<String, String> file : files(corpus).entrySet()) {
            if (file.getKey().endsWith(".md")) {
                String name = file.getKey();
                assertThat(out.resolve(name.substring(0, name.length() - 3)).resolve("index.html")).isRegularFile();
                Matcher m = ARTICLE_LINK.matcher(file.getValue());
                while (m.find()) {
                    links.add(m.group(1));
                }
            }
        }
        assertThat(links).hasSizeGreaterThanOrEqualTo(50);
        for (String link : links) {
            assertThat(link).endsWith("/");
            assertThat(out.resolve(link.substring(1)).resolve("index.html")).as(link).isRegularFile();
        }
    }

    @Test
    void withImagesEveryThirdArticleLeadsWithItsOwnPhotoWhichTheBuildResizes() throws IOException {
        Path corpus = temp.resolve("corpus");
        Path out = temp.resolve("out");
        CorpusGenerator.generate(6, corpus, 1, true);
        CorpusGenerator.generate(6, temp.resolve("again"), 1, true);
        Files.copy(projectRoot().resolve("content/provinces.yaml"), corpus.resolve("provinces.yaml"));
        List<Path> photos;
        try (Stream<Path> walk = Files.walk(corpus)) {
            photos = walk.filter(p -> p.toString().endsWith(".jpg")).sorted().toList();
        }
        assertThat(photos).hasSize(2); // articles 0 and 3
        for (Path photo : photos) {
            java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(photo.toFile());
            assertThat(image.getWidth()).isEqualTo(BenchPhotos.WIDTH);
            assertThat(Files.readAllBytes(temp.resolve("again").resolve(corpus.relativize(photo))))
                    .isEqualTo(Files.readAllBytes(photo));
            String article = corpus.relativize(photo.getParent()) + ".md";
            assertThat(Files.readString(corpus.resolve(article), StandardCharsets.UTF_8)).contains("\nimage: {src: anh.jpg");
        }
        assertThat(Files.readAllBytes(photos.get(0))).isNotEqualTo(Files.readAllBytes(photos.get(1)));

        BuildResult result = Generator.create().build(BuildRequest.of(corpus, out).withThreads(2));

        assertThat(result.problems()).isEmpty();
        for (Path photo : photos) {
            String folder = corpus.relativize(photo.getParent()).toString();
            assertThat(out.resolve(folder).resolve("anh.1600w.jpg")).isRegularFile();
            assertThat(Files.readString(out.resolve(folder).resolve("index.html"), StandardCharsets.UTF_8))
                    .contains("og:image", "anh.960w.jpg");
        }
    }

    @Test
    void everyProvinceAndItsMergerIsAsInTheVocabulary() throws IOException {
        String vocabulary = Files.readString(projectRoot().resolve("content/provinces.yaml"), StandardCharsets.UTF_8);
        Map<String, String> mergedInto = new TreeMap<>();
        for (String entry : vocabulary.split("\n  - name: ")) {
            String name = entry.lines().findFirst().orElseThrow().strip();
            Matcher m = Pattern.compile("\n\\s+mergedInto: (.+)").matcher(entry);
            mergedInto.put(name, m.find() ? m.group(1).strip() : "");
        }
        for (String[] province : Words.PROVINCES) {
            assertThat(mergedInto).containsKey(province[0]);
            assertThat(mergedInto.get(province[0])).as(province[0]).isEqualTo(province[1] == null ? "" : province[1]);
            if (province[1] != null) {
                assertThat(mergedInto).containsEntry(province[1], "");
            }
        }
    }

    private static Path projectRoot() {
        return Path.of(System.getProperty("gazette.projectRoot", "../.."));
    }

    /** Every file under {@code root} by relative path ('/' separated), as UTF-8 text. */
    private static Map<String, String> files(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString().replace('\\', '/'), Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
