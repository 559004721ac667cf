package vn.gazette.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gazette.problem.Problems;

class SourceTreeTest {

    @TempDir
    Path dir;

    private final Problems problems = new Problems();

    /** Writes one small file per name, below {@code root}. */
    private static void write(Path root, String names) throws IOException {
        for (String name : names.strip().split("\n")) {
            Path file = root.resolve(name.strip());
            Files.createDirectories(file.getParent());
            Files.writeString(file, "x", StandardCharsets.UTF_8);
        }
    }

    private SourceTree scan() throws IOException {
        return SourceTree.scan(dir, problems);
    }

    private static List<String> relatives(List<SourceFile> files) {
        return files.stream().map(SourceFile::relative).toList();
    }

    private List<String> messages() {
        return problems.sorted().stream().map(p -> p.format(dir)).toList();
    }

    @Test
    void sortsFilesByTheirPathWhateverOrderTheyWereWrittenIn() throws IOException {
        write(dir, """
                site.yaml
                images/logo.png
                articles/2024/a.md
                provinces.yaml
                articles/2023/b.md
                articles/2023/a.md
                Articles/Z.md
                """);
        assertThat(relatives(scan().files())).containsExactly("Articles/Z.md", "articles/2023/a.md",
                "articles/2023/b.md", "articles/2024/a.md", "images/logo.png", "provinces.yaml", "site.yaml");
        assertThat(messages()).isEmpty();
    }

    @Test
    void tellsTheKindOfEachFile() throws IOException {
        write(dir, """
                site.yaml
                provinces.yaml
                articles/2023/hoi-nghi.md
                images/anh.jpg
                articles/site.yaml
                docs/provinces.yaml
                site.yml
                """);
        SourceTree tree = scan();
        assertThat(tree.files()).extracting(SourceFile::relative, SourceFile::kind).containsExactly(
                tuple("articles/2023/hoi-nghi.md", SourceFile.Kind.ARTICLE),
                tuple("articles/site.yaml", SourceFile.Kind.ASSET),
                tuple("docs/provinces.yaml", SourceFile.Kind.ASSET),
                tuple("images/anh.jpg", SourceFile.Kind.ASSET),
                tuple("provinces.yaml", SourceFile.Kind.PROVINCES),
                tuple("site.yaml", SourceFile.Kind.SITE_CONFIG),
                tuple("site.yml", SourceFile.Kind.ASSET));
        assertThat(relatives(tree.files(SourceFile.Kind.ARTICLE))).containsExactly("articles/2023/hoi-nghi.md");
        assertThat(relatives(tree.files(SourceFile.Kind.SITE_CONFIG))).containsExactly("site.yaml");
        assertThat(relatives(tree.files(SourceFile.Kind.PROVINCES))).containsExactly("provinces.yaml");
        assertThat(relatives(tree.files(SourceFile.Kind.ASSET))).containsExactly("articles/site.yaml",
                "docs/provinces.yaml", "images/anh.jpg", "site.yml");
    }

    @Test
    void readsTheKindFromTheRelativePath() {
        assertThat(SourceTree.kindOf("site.yaml")).isEqualTo(SourceFile.Kind.SITE_CONFIG);
        assertThat(SourceTree.kindOf("provinces.yaml")).isEqualTo(SourceFile.Kind.PROVINCES);
        assertThat(SourceTree.kindOf("a.md")).isEqualTo(SourceFile.Kind.ARTICLE);
        assertThat(SourceTree.kindOf("articles/B.MD")).isEqualTo(SourceFile.Kind.ARTICLE);
        assertThat(SourceTree.kindOf("x/y/z.md")).isEqualTo(SourceFile.Kind.ARTICLE);
        assertThat(SourceTree.kindOf("x/site.yaml")).isEqualTo(SourceFile.Kind.ASSET);
        assertThat(SourceTree.kindOf("a.md.bak")).isEqualTo(SourceFile.Kind.ASSET);
        assertThat(SourceTree.kindOf("a.pdf")).isEqualTo(SourceFile.Kind.ASSET);
    }

    @Test
    void keepsThePathTheNameAndTheFolderOfEachFile() throws IOException {
        write(dir, "articles/2023/hoi-nghi.md");
        SourceFile file = scan().files().get(0);
        assertThat(file.path()).isEqualTo(dir.resolve("articles/2023/hoi-nghi.md"));
        assertThat(file.name()).isEqualTo("hoi-nghi.md");
        assertThat(file.folder()).isEqualTo("articles/2023");
        assertThat(new SourceFile(dir.resolve("site.yaml"), "site.yaml", SourceFile.Kind.SITE_CONFIG).folder()).isEmpty();
    }

    @Test
    void skipsNamesStartingWithADotOrAnUnderscore() throws IOException {
        write(dir, """
                site.yaml
                .git/config
                .DS_Store
                _theme/templates/article.ftlh
                articles/_nhap.md
                articles/.bai.md.swp
                articles/.nhap/bai.md
                articles/bai_mot.md
                articles/bai.md
                """);
        assertThat(relatives(scan().files())).containsExactly("articles/bai.md", "articles/bai_mot.md", "site.yaml");
        assertThat(messages()).isEmpty();
    }

    @Test
    void scansARootFolderWhoseOwnNameStartsWithADot() throws IOException {
        Path root = dir.resolve(".luu-tru");
        write(root, """
                site.yaml
                articles/a.md
                """);
        assertThat(relatives(SourceTree.scan(root, problems).files())).containsExactly("articles/a.md", "site.yaml");
        assertThat(SourceTree.scan(root, problems).root()).isEqualTo(root);
    }

    @Test
    void skipsSymbolicLinksWithAWarning() throws IOException {
        write(dir, """
                site.yaml
                articles/a.md
                """);
        Path outside = Files.createTempDirectory("gazette-outside");
        Path secret = Files.writeString(outside.resolve("secret.md"), "x", StandardCharsets.UTF_8);
        List<Path> links = List.of(Files.createSymbolicLink(dir.resolve("articles/link.md"), secret),
                Files.createSymbolicLink(dir.resolve("articles/loop"), dir.resolve("articles")),
                Files.createSymbolicLink(dir.resolve("outside"), outside));
        try {
            assertThat(relatives(scan().files())).containsExactly("articles/a.md", "site.yaml");
            assertThat(messages()).containsExactly(
                    "articles/link.md: warning: symbolic link skipped: copy the file into the content folder instead",
                    "articles/loop: warning: symbolic link skipped: copy the file into the content folder instead",
                    "outside: warning: symbolic link skipped: copy the file into the content folder instead");
            assertThat(problems.hasErrors()).isFalse();
        } finally {
            for (Path link : links) {
                Files.delete(link);
            }
            Files.delete(secret);
            Files.delete(outside);
        }
    }

    @Test
    void refusesTwoNamesThatDifferOnlyInCase() throws IOException {
        write(dir, """
                articles/bai.md
                articles/Bai.md
                """);
        SourceTree tree = scan();
        assertThat(relatives(tree.files())).containsExactly("articles/Bai.md");
        assertThat(messages()).containsExactly("articles/bai.md: error: 'articles/bai.md' and 'articles/Bai.md' differ "
                + "only in case or accents encoding and would overwrite each other: rename one");
    }

    @Test
    void refusesTwoFoldersThatDifferOnlyInCase() throws IOException {
        write(dir, """
                Tin/a.md
                tin/a.md
                tin/b.md
                """);
        assertThat(relatives(scan().files())).containsExactly("Tin/a.md", "tin/b.md");
        assertThat(messages()).containsExactly("tin/a.md: error: 'tin/a.md' and 'Tin/a.md' differ "
                + "only in case or accents encoding and would overwrite each other: rename one");
    }

    @Test
    void refusesTwoNamesThatDifferOnlyInUnicodeNormalisation() throws IOException {
        String nfc = "Quảng Ngãi.md";
        String nfd = Normalizer.normalize(nfc, Normalizer.Form.NFD);
        write(dir, nfc + "\n" + nfd);
        assertThat(Files.list(dir).count()).isEqualTo(2);
        SourceTree tree = scan();
        assertThat(tree.files()).hasSize(1);
        assertThat(tree.files().get(0).relative()).isEqualTo(nfc);
        assertThat(tree.files().get(0).path().getFileName().toString()).isEqualTo(nfd);
        assertThat(problems.sorted()).hasSize(1);
        assertThat(problems.sorted().get(0).where().file()).isEqualTo(dir.resolve(nfc));
        assertThat(problems.sorted().get(0).message()).isEqualTo("'Quảng Ngãi.md' and 'Quảng Ngãi.md' differ only in "
                + "case or accents encoding and would overwrite each other: rename one");
    }

    @Test
    void givesRelativePathsInNfcForDecomposedNames() throws IOException {
        String folder = Normalizer.normalize("Lạng Sơn", Normalizer.Form.NFD);
        String name = Normalizer.normalize("hội-nghị.md", Normalizer.Form.NFD);
        write(dir, folder + "/" + name);
        SourceFile file = scan().files().get(0);
        assertThat(file.relative()).isEqualTo("Lạng Sơn/hội-nghị.md");
        assertThat(file.folder()).isEqualTo("Lạng Sơn");
        assertThat(file.path()).isEqualTo(dir.resolve(folder).resolve(name));
    }

    @Test
    void findsNothingInAnEmptyFolder() throws IOException {
        Files.createDirectories(dir.resolve("articles/2023"));
        assertThat(scan().files()).isEmpty();
        assertThat(messages()).isEmpty();
    }

    @Test
    void givesAListThatCannotBeChanged() throws IOException {
        write(dir, "site.yaml");
        List<SourceFile> files = scan().files();
        SourceFile extra = new SourceFile(dir.resolve("x.md"), "x.md", SourceFile.Kind.ARTICLE);
        assertThatThrownBy(() -> files.add(extra))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
