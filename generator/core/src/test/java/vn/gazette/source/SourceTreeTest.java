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

    /** Sets a file's time well in the past (a distinct one per file), so its stamp is known. */
    private void age(String... names) throws IOException {
        for (String name : names) {
            Files.setLastModifiedTime(dir.resolve(name), java.nio.file.attribute.FileTime.fromMillis(
                    1_600_000_000_000L + 1000L * Math.abs(name.hashCode() % 100_000)));
        }
    }

    /** What a tree holds, as a scan would compare it: each file's path, kind and stamp. */
    private static List<String> contents(SourceTree tree) {
        return tree.files().stream().map(file -> file.relative() + " " + file.path() + " " + file.kind() + " "
                + tree.stamp(file)).toList();
    }

    @Test
    void aRescanOfTheChangedPathsGivesWhatAScanGivesWithTheSameProblems() throws IOException {
        write(dir, """
                site.yaml
                articles/2023/a.md
                articles/2023/b.md
                articles/2024/c.md
                cu/x.md
                cu/sau/y.md
                anh/logo.png
                """);
        age("site.yaml", "articles/2023/a.md", "articles/2023/b.md", "articles/2024/c.md", "cu/x.md", "cu/sau/y.md",
                "anh/logo.png");
        SourceTree before = scan();
        List<Path> changed = new java.util.ArrayList<>();
        // a file written again, one deleted, a folder deleted, a file renamed
        Files.writeString(dir.resolve("articles/2023/a.md"), "dài hơn");
        age("articles/2023/a.md");
        changed.add(dir.resolve("articles/2023/a.md"));
        Files.delete(dir.resolve("articles/2023/b.md"));
        changed.add(dir.resolve("articles/2023/b.md"));
        Files.delete(dir.resolve("cu/sau/y.md"));
        Files.delete(dir.resolve("cu/sau"));
        Files.delete(dir.resolve("cu/x.md"));
        Files.delete(dir.resolve("cu"));
        changed.add(dir.resolve("cu"));
        Files.move(dir.resolve("articles/2024/c.md"), dir.resolve("articles/2024/d.md"));
        changed.add(dir.resolve("articles/2024/c.md"));
        changed.add(dir.resolve("articles/2024/d.md"));
        // a new folder with a folder in it, reported as the folder alone; a hidden file; a link; a clashing name
        write(dir, """
                moi/2025/e.md
                moi/2025/f.md
                articles/2024/.e.md.swp
                _theme/i18n/vi.properties
                """);
        changed.add(dir.resolve("moi"));
        changed.add(dir.resolve("articles/2024/.e.md.swp"));
        changed.add(dir.resolve("_theme/i18n/vi.properties"));
        Files.createSymbolicLink(dir.resolve("articles/2024/lien-ket.md"), dir.resolve("site.yaml"));
        changed.add(dir.resolve("articles/2024/lien-ket.md"));
        write(dir, "moi/2025/E.md");
        changed.add(dir.resolve("moi/2025/E.md"));
        // a file replaced by a folder; a path outside the folder
        Files.delete(dir.resolve("anh/logo.png"));
        write(dir, "anh/logo.png/la.png");
        changed.add(dir.resolve("anh/logo.png"));
        changed.add(dir.getParent().resolve("khac/z.md"));
        java.util.Collections.shuffle(changed, new java.util.Random(3));

        Problems rescanned = new Problems();
        SourceTree again = before.rescan(changed, rescanned);
        Problems scanned = new Problems();
        SourceTree whole = SourceTree.scan(dir, scanned);
        assertThat(contents(again)).isEqualTo(contents(whole));
        assertThat(relatives(again.files())).contains("articles/2023/a.md", "articles/2024/d.md", "moi/2025/E.md",
                "anh/logo.png/la.png").doesNotContain("articles/2023/b.md", "cu/x.md", "cu/sau/y.md",
                "articles/2024/.e.md.swp");
        assertThat(rescanned.sorted().stream().map(p -> p.format(dir)).toList())
                .isEqualTo(scanned.sorted().stream().map(p -> p.format(dir)).toList()).hasSize(2);

        // a rescan of a rescan, with nothing changed, is the same tree again
        assertThat(contents(again.rescan(List.of(), new Problems()))).isEqualTo(contents(whole));
    }

    @Test
    void aRescanTrustsTheReportedChangesAndLooksAgainAtFilesWrittenJustBeforeTheScan() throws IOException {
        write(dir, """
                site.yaml
                articles/a.md
                articles/b.md
                """);
        age("site.yaml", "articles/a.md");
        SourceTree before = scan(); // b.md was written just now: its stamp is not known
        assertThat(before.stamp(before.files().get(1))).isZero();
        Files.writeString(dir.resolve("articles/a.md"), "không báo");
        age("articles/a.md", "articles/b.md");

        SourceTree again = before.rescan(List.of(), new Problems());
        SourceTree whole = SourceTree.scan(dir, new Problems());
        assertThat(again.stamp(again.files().get(1))).as("b.md, looked at again")
                .isEqualTo(whole.stamp(whole.files().get(1))).isNotZero();
        assertThat(again.stamp(again.files().get(0))).as("a.md, changed unreported: not looked at")
                .isEqualTo(before.stamp(before.files().get(0))).isNotEqualTo(whole.stamp(whole.files().get(0)));
        assertThat(before.select(new PublishingRule(vn.gazette.config.FileRules.DEFAULT), new Problems())
                .rescan(List.of(), new Problems()).stamp(whole.files().get(0))).as("a selected tree scans whole")
                .isEqualTo(whole.stamp(whole.files().get(0)));
    }
}
