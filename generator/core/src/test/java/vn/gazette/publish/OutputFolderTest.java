package vn.gazette.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import vn.gazette.problem.Problems;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OutputFolderTest {

    @TempDir
    Path dir;

    private Path content;
    private Path site;

    @BeforeEach
    void makeContentFolder() throws IOException {
        content = Files.createDirectories(dir.resolve("content"));
        Files.writeString(content.resolve("site.yaml"), "title: T\n", StandardCharsets.UTF_8);
        site = dir.resolve("site");
    }

    /** Writes small files, one "path: text" per line, below {@code root}. */
    private static void write(Path root, String files) throws IOException {
        for (String line : files.strip().split("\n")) {
            int colon = line.indexOf(": ");
            Path file = root.resolve(line.substring(0, colon).strip());
            Files.createDirectories(file.getParent());
            Files.writeString(file, line.substring(colon + 2), StandardCharsets.UTF_8);
        }
    }

    /** Every file below {@code root} with its text, and every folder with a trailing slash. */
    private static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> tree = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.filter(p -> !p.equals(root)).toList()) {
                String relative = root.relativize(path).toString();
                if (Files.isDirectory(path)) {
                    tree.put(relative + "/", "");
                } else {
                    tree.put(relative, Files.readString(path, StandardCharsets.UTF_8));
                }
            }
        }
        return tree;
    }

    private static String[] names(Path folder) throws IOException {
        try (Stream<Path> paths = Files.list(folder)) {
            return paths.map(p -> p.getFileName().toString()).sorted().toArray(String[]::new);
        }
    }

    private OutputFolder previousBuild() throws IOException {
        try (OutputFolder first = OutputFolder.open(site, content)) {
            first.write("index.html", "<p>cũ</p>");
            first.write("articles/2023/bai-cu/index.html", "<p>bài cũ</p>");
            first.commit();
            return first;
        }
    }

    @Test
    void writesIntoANewFolderOnCommit() throws IOException {
        try (OutputFolder output = OutputFolder.open(site, content)) {
            output.write("index.html", "<p>Trang chủ</p>");
            output.write("articles/2023/hoi-nghi/index.html", "<p>Hội nghị</p>".getBytes(StandardCharsets.UTF_8));
            Path logo = Files.writeString(dir.resolve("logo.svg"), "<svg/>", StandardCharsets.UTF_8);
            output.copy(logo, "images/logo.svg");
            assertThat(output.filesWritten()).isEqualTo(3);
            assertThat(site).doesNotExist();
            output.commit();
        }
        assertThat(tree(site)).containsExactly(
                Map.entry(".gazette-output", "This folder is written by Gazette and replaced on every build.\n"
                        + "Files the last build wrote (any other file here is kept):\n"
                        + "articles/2023/hoi-nghi/index.html\nimages/logo.svg\nindex.html\n"),
                Map.entry("articles/", ""),
                Map.entry("articles/2023/", ""),
                Map.entry("articles/2023/hoi-nghi/", ""),
                Map.entry("articles/2023/hoi-nghi/index.html", "<p>Hội nghị</p>"),
                Map.entry("images/", ""),
                Map.entry("images/logo.svg", "<svg/>"),
                Map.entry("index.html", "<p>Trang chủ</p>"));
        assertThat(names(dir)).containsExactly(".site.lock", "content", "logo.svg", "site");
    }

    @Test
    void replacesTheOldFolderOnCommitAndRemovesIt() throws IOException {
        previousBuild();
        try (OutputFolder output = OutputFolder.open(site, content)) {
            output.write("index.html", "<p>mới</p>");
            output.commit();
        }
        assertThat(tree(site)).containsOnlyKeys(".gazette-output", "index.html");
        assertThat(tree(site)).containsEntry("index.html", "<p>mới</p>");
        assertThat(names(dir)).containsExactly(".site.lock", "content", "site");
    }

    @Test
    void keepsAndNamesWhatNoBuildWroteWhenItReplacesTheFolder() throws IOException {
        previousBuild();
        write(site, """
                CNAME: luutru.example.gov.vn
                bao-cao/2019.html: cũ
                """);
        Problems problems = new Problems();
        try (OutputFolder output = OutputFolder.open(site, content, Manifest.empty(), "CNAME"::equals)) {
            output.write("index.html", "<p>mới</p>");
            output.commit();
            output.reportForeign(problems);
        }
        assertThat(tree(site)).containsOnlyKeys(".gazette-output", "index.html", "CNAME", "bao-cao/",
                "bao-cao/2019.html");
        assertThat(problems.all()).singleElement().satisfies(problem -> {
            assertThat(problem.where().file()).isEqualTo(site.resolve("bao-cao"));
            assertThat(problem.text().key()).isEqualTo("publish.foreign.folder.kept");
            assertThat(problem.text().args()).containsExactly("bao-cao/", 1);
        });
    }

    @Test
    void keepsTheOldFolderByteForByteOnAbort() throws IOException {
        previousBuild();
        Map<String, String> before = tree(site);
        try (OutputFolder output = OutputFolder.open(site, content)) {
            output.write("index.html", "<p>hỏng</p>");
            output.write("articles/2024/moi/index.html", "<p>mới</p>");
            output.abort();
        }
        assertThat(tree(site)).isEqualTo(before);
        assertThat(names(dir)).containsExactly(".site.lock", "content", "site");
    }

    @Test
    void abortsWhenClosedWithoutCommit() throws IOException {
        previousBuild();
        Map<String, String> before = tree(site);
        try (OutputFolder output = OutputFolder.open(site, content)) {
            output.write("index.html", "<p>hỏng</p>");
        }
        assertThat(tree(site)).isEqualTo(before);
        assertThat(names(dir)).containsExactly(".site.lock", "content", "site");
    }

    @Test
    void leavesNoFolderWhenTheFirstBuildAborts() throws IOException {
        try (OutputFolder output = OutputFolder.open(site, content)) {
            output.write("index.html", "x");
            output.abort();
        }
        assertThat(names(dir)).containsExactly(".site.lock", "content");
    }

    @Test
    void writesNothingOutsideTheStagingFolderBeforeCommit() throws IOException {
        try (OutputFolder output = OutputFolder.open(site, content)) {
            Path staged = output.resolve("articles/x/index.html");
            assertThat(staged.getParent().getParent().getParent().getFileName().toString()).startsWith(".site.tmp-");
            assertThat(staged.getParent().getParent().getParent().getParent()).isEqualTo(dir.toAbsolutePath());
            output.write("articles/x/index.html", "x");
            assertThat(staged).hasContent("x");
            assertThat(site).doesNotExist();
        }
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "/etc/passwd", "a\u0000b.html", "a\\b.html", "..\\x.html", "\\\\server\\share"})
    void refusesPathsThatAreNotRelative(String relative) throws IOException {
        try (OutputFolder output = OutputFolder.open(site, content)) {
            assertThatThrownBy(() -> output.resolve(relative)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("not a relative output path: " + relative);
            assertThatThrownBy(() -> output.write(relative, "x")).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"..", "../site-2/index.html", "a/../../x.html", "a/../b.html", ".", "./index.html",
            "a/./b.html", "a//b.html", "articles/..", "../content/site.yaml"})
    void refusesPathsThatLeaveTheFolderOrAreNotPlain(String relative) throws IOException {
        try (OutputFolder output = OutputFolder.open(site, content)) {
            assertThatThrownBy(() -> output.resolve(relative)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("output path leaves the output folder: " + relative);
            assertThatThrownBy(() -> output.copy(content.resolve("site.yaml"), relative))
                    .isInstanceOf(IllegalArgumentException.class);
            output.commit();
        }
        assertThat(tree(site)).containsOnlyKeys(".gazette-output");
        assertThat(tree(content)).containsOnlyKeys("site.yaml");
    }

    @Test
    void acceptsOrdinaryOutputPaths() throws IOException {
        try (OutputFolder output = OutputFolder.open(site, content)) {
            Path staging = output.resolve("index.html").getParent();
            assertThat(output.resolve("articles/2023/hội-nghị/index.html"))
                    .isEqualTo(staging.resolve("articles").resolve("2023").resolve("hội-nghị").resolve("index.html"));
            assertThat(output.resolve("..hidden/a..b.html")).isEqualTo(staging.resolve("..hidden").resolve("a..b.html"));
        }
    }

    @Test
    void refusesANonEmptyFolderWithoutTheMarker() throws IOException {
        write(site, """
                index.html: <p>trang của người khác</p>
                notes/ghi-chu.txt: quan trọng
                """);
        Map<String, String> before = tree(site);
        assertThatThrownBy(() -> OutputFolder.open(site, content)).isInstanceOf(UnsafeOutputException.class)
                .hasMessage("the output folder " + site + " holds files Gazette did not write: empty it or choose "
                        + "another folder");
        assertThat(tree(site)).isEqualTo(before);
        assertThat(names(dir)).containsExactly("content", "site");
    }

    @Test
    void refusesAFileInPlaceOfTheFolder() throws IOException {
        Files.writeString(site, "không phải thư mục", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> OutputFolder.open(site, content)).isInstanceOf(UnsafeOutputException.class)
                .hasMessage("the output folder " + site + " holds files Gazette did not write: empty it or choose "
                        + "another folder");
        assertThat(site).hasContent("không phải thư mục");
    }

    @Test
    void acceptsAnEmptyFolderWithoutTheMarker() throws IOException {
        Files.createDirectories(site);
        try (OutputFolder output = OutputFolder.open(site, content)) {
            output.write("index.html", "x");
            output.commit();
        }
        assertThat(tree(site)).containsOnlyKeys(".gazette-output", "index.html");
        assertThat(names(dir)).containsExactly(".site.lock", "content", "site");
    }

    @Test
    void acceptsAFolderWithTheMarker() throws IOException {
        write(site, """
                .gazette-output: x
                old.html: cũ
                """);
        try (OutputFolder output = OutputFolder.open(site, content)) {
            output.write("index.html", "mới");
            output.commit();
        }
        assertThat(tree(site)).containsOnlyKeys(".gazette-output", "index.html", "old.html");
    }

    @Test
    void refusesASymbolicLinkAsTheOutputFolder() throws IOException {
        Path real = Files.createDirectories(dir.resolve("real-site"));
        Files.createSymbolicLink(site, real);
        assertThatThrownBy(() -> OutputFolder.open(site, content)).isInstanceOf(UnsafeOutputException.class)
                .hasMessage("the output folder " + site + " is a symbolic link: give the real folder");
    }

    @Test
    void refusesTheContentFolderAsOutput() {
        assertThatThrownBy(() -> OutputFolder.open(content, content)).isInstanceOf(UnsafeOutputException.class)
                .hasMessage("the output folder " + content + " must be outside the content folder " + content
                        + " (and must not contain it)");
        assertThat(content.resolve("site.yaml")).exists();
    }

    @Test
    void refusesTheContentFolderWrittenAnotherWay() {
        Path sneaky = dir.resolve("site/../content/.");
        assertThatThrownBy(() -> OutputFolder.open(sneaky, content)).isInstanceOf(UnsafeOutputException.class)
                .hasMessage("the output folder " + sneaky + " must be outside the content folder " + content
                        + " (and must not contain it)");
    }

    @Test
    void refusesAnOutputFolderInsideTheContentFolder() {
        Path inside = content.resolve("public");
        assertThatThrownBy(() -> OutputFolder.open(inside, content)).isInstanceOf(UnsafeOutputException.class)
                .hasMessage("the output folder " + inside + " must be outside the content folder " + content
                        + " (and must not contain it)");
        assertThat(inside).doesNotExist();
    }

    @Test
    void refusesAnOutputFolderThatContainsTheContentFolder() {
        assertThatThrownBy(() -> OutputFolder.open(dir, content)).isInstanceOf(UnsafeOutputException.class)
                .hasMessage("the output folder " + dir + " must be outside the content folder " + content
                        + " (and must not contain it)");
    }

    @Test
    void refusesTheFileSystemRoot() {
        Path root = dir.getRoot();
        assertThatThrownBy(() -> OutputFolder.open(root, content)).isInstanceOf(UnsafeOutputException.class)
                .hasMessage("the output folder " + root + " must be outside the content folder " + content
                        + " (and must not contain it)");
    }

    @Test
    void acceptsASiblingWhoseNameStartsLikeTheContentFolder() throws IOException {
        Path sibling = dir.resolve("content-site");
        try (OutputFolder output = OutputFolder.open(sibling, content)) {
            output.write("index.html", "x");
            output.commit();
        }
        assertThat(sibling.resolve("index.html")).hasContent("x");
    }

    @Test
    void createsMissingParentFolders() throws IOException {
        Path deep = dir.resolve("build/www/site");
        try (OutputFolder output = OutputFolder.open(deep, content)) {
            output.write("index.html", "x");
            output.commit();
        }
        assertThat(deep.resolve("index.html")).hasContent("x");
        assertThat(names(dir.resolve("build/www"))).containsExactly(".site.lock", "site");
    }

    @Test
    void sweepsLeftoverFoldersOfAKilledBuild() throws IOException {
        write(dir, """
                .site.tmp-123/.gazette-output: x
                .site.tmp-123/index.html: nửa chừng
                .site.old-456/.gazette-output: x
                .site.old-456/articles/a.html: cũ
                .site.tmp-789/ghi-chu.txt: không có dấu
                .site2.tmp-1/.gazette-output: x
                .other.tmp-1/.gazette-output: x
                """);
        try (OutputFolder output = OutputFolder.open(site, content)) {
            output.write("index.html", "x");
            output.commit();
        }
        assertThat(names(dir)).containsExactly(".other.tmp-1", ".site.lock", ".site.tmp-789", ".site2.tmp-1", "content",
                "site");
        assertThat(dir.resolve(".site.tmp-789/ghi-chu.txt")).hasContent("không có dấu");
    }

    @Test
    void putsThePreviousSiteBackWhenABuildDiedBetweenItsTwoMoves() throws IOException {
        write(dir, """
                .site.old-456/.gazette-output: x
                .site.old-456/index.html: trang cũ
                .site.tmp-456/.gazette-output: x
                .site.tmp-456/index.html: nửa chừng
                """);
        try (OutputFolder output = OutputFolder.open(site, content)) {
            output.abort();
        }
        assertThat(names(dir)).containsExactly(".site.lock", "content", "site");
        assertThat(site.resolve("index.html")).hasContent("trang cũ");
    }

    @Test
    void sweepsLeftoversEvenWhenTheBuildThenAborts() throws IOException {
        write(dir, """
                .site.tmp-1/.gazette-output: x
                """);
        try (OutputFolder output = OutputFolder.open(site, content)) {
            output.abort();
        }
        assertThat(names(dir)).containsExactly(".site.lock", "content");
    }

    @Test
    void refusesASecondBuildIntoTheSameFolderWhileTheFirstWrites() throws IOException {
        previousBuild();
        try (OutputFolder first = OutputFolder.open(site, content)) {
            first.write("index.html", "<p>mới</p>");
            String[] during = names(dir);
            assertThatThrownBy(() -> OutputFolder.open(site, content)).isInstanceOf(UnsafeOutputException.class)
                    .hasMessage("another Gazette build is writing into the output folder " + site + " now: wait for"
                            + " it to end, or stop the other `gazette build` or `gazette serve` that writes there, then"
                            + " build again");
            // the first build's staging folder was not swept away as a killed build's leftover
            assertThat(names(dir)).containsExactly(during);
            first.commit();
        }
        assertThat(site.resolve("index.html")).hasContent("<p>mới</p>");
        // the lock went with the first build: the next one may write
        try (OutputFolder next = OutputFolder.open(site, content)) {
            next.abort();
        }
        assertThat(names(dir)).containsExactly(".site.lock", "content", "site");
    }

    @Test
    void refusesABuildWhileAnotherProcessHoldsTheLock() throws IOException, InterruptedException {
        previousBuild();
        Path locker = Files.writeString(dir.resolve("Locker.java"), """
                import java.nio.channels.FileChannel;
                import java.nio.file.Path;
                import java.nio.file.StandardOpenOption;
                public class Locker {
                    public static void main(String[] args) throws Exception {
                        try (FileChannel channel = FileChannel.open(Path.of(args[0]), StandardOpenOption.WRITE);
                                var lock = channel.lock()) {
                            System.out.println("locked");
                            System.out.flush();
                            System.in.read();
                        }
                    }
                }
                """, StandardCharsets.UTF_8);
        String java = ProcessHandle.current().info().command().orElse("java");
        Process other = new ProcessBuilder(java, locker.toString(), dir.resolve(".site.lock").toString())
                .redirectErrorStream(true).start();
        try {
            assertThat(new String(other.getInputStream().readNBytes(6), StandardCharsets.UTF_8)).isEqualTo("locked");
            assertThatThrownBy(() -> OutputFolder.open(site, content)).isInstanceOf(UnsafeOutputException.class)
                    .hasMessageStartingWith("another Gazette build is writing into the output folder " + site);
            assertThat(site.resolve("index.html")).hasContent("<p>cũ</p>");
        } finally {
            other.getOutputStream().close();
            other.waitFor();
        }
        try (OutputFolder output = OutputFolder.open(site, content)) {
            output.write("index.html", "<p>mới</p>");
            output.commit();
        }
        assertThat(site.resolve("index.html")).hasContent("<p>mới</p>");
    }

    @Test
    void neverFollowsALinkInPlaceOfTheLock() throws IOException {
        Path elsewhere = Files.writeString(dir.resolve("elsewhere.txt"), "giữ nguyên", StandardCharsets.UTF_8);
        Files.createSymbolicLink(dir.resolve(".site.lock"), elsewhere);
        assertThatThrownBy(() -> OutputFolder.open(site, content)).isInstanceOf(UnsafeOutputException.class)
                .hasMessage("the output folder's lock " + dir.resolve(".site.lock") + " is a symbolic link: delete it"
                        + " (Gazette makes the file itself), then build again");
        assertThat(elsewhere).hasContent("giữ nguyên");
        assertThat(site).doesNotExist();
    }

    @Test
    void handlesAFolderNameWithGlobCharacters() throws IOException {
        Path odd = dir.resolve("site[{*?");
        write(dir, """
                .site[{*?.tmp-1/.gazette-output: x
                .siteX.tmp-1/.gazette-output: x
                """);
        try (OutputFolder output = OutputFolder.open(odd, content)) {
            output.write("index.html", "x");
            output.commit();
        }
        assertThat(odd.resolve("index.html")).hasContent("x");
        assertThat(names(dir)).containsExactly(".siteX.tmp-1", ".site[{*?.lock", "content", "site[{*?");
    }

    @Test
    void keepsSymbolicLinksInTheOldFolderWithoutFollowingThem() throws IOException {
        previousBuild();
        Path precious = Files.writeString(dir.resolve("precious.txt"), "giữ lại", StandardCharsets.UTF_8);
        Files.createSymbolicLink(site.resolve("link.txt"), precious);
        Files.createSymbolicLink(site.resolve("up"), dir);
        try (OutputFolder output = OutputFolder.open(site, content)) {
            output.write("index.html", "mới");
            output.commit();
        }
        assertThat(precious).hasContent("giữ lại");
        assertThat(content.resolve("site.yaml")).exists();
        assertThat(site.resolve("link.txt")).isSymbolicLink();
        assertThat(site.resolve("up")).isSymbolicLink();
        assertThat(dir.resolve("content/site.yaml")).exists();
    }

    /** A first build of two pages and an image, committed; returns what it published. */
    private Manifest publishedSite() throws IOException {
        try (OutputFolder first = OutputFolder.open(site, content)) {
            first.write("index.html", "<p>trang chủ</p>", 11);
            first.write("articles/a/index.html", "<p>bài A</p>", 12);
            first.write("articles/b/index.html", "<p>bài B</p>", 13);
            first.write("articles/b/anh.svg", "<svg/>");
            first.commit();
            return first.manifest();
        }
    }

    private static Object inode(Path file) throws IOException {
        return Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
    }

    @Test
    void withTheLastManifestOnlyChangedFilesAreStagedAndMovedInOneByOne() throws IOException {
        Manifest previous = publishedSite();
        Object home = inode(site.resolve("index.html"));
        Object a = inode(site.resolve("articles/a/index.html"));
        try (OutputFolder output = OutputFolder.open(site, content, previous)) {
            assertThat(output.keep("index.html", 11)).isTrue();
            output.write("articles/a/index.html", "<p>bài A, đã sửa</p>", 99);
            output.write("articles/b/index.html", "<p>bài B</p>", 77);
            output.write("articles/b/anh.svg", "<svg/>");
            output.write("articles/c/index.html", "<p>bài C</p>", 14);
            Path staging = output.resolve("index.html").getParent();
            assertThat(tree(staging)).containsOnlyKeys(".gazette-output", "articles/", "articles/a/",
                    "articles/a/index.html", "articles/c/", "articles/c/index.html");
            assertThat(output.kept("index.html")).isEqualTo(site.toRealPath().resolve("index.html"));
            assertThat(site.resolve("articles/a/index.html")).hasContent("<p>bài A</p>");
            output.commit();
            assertThat(output.filesWritten()).isEqualTo(5);
            assertThat(output.filesUnchanged()).isEqualTo(3);
        }
        assertThat(tree(site)).containsExactly(
                Map.entry(".gazette-output", "This folder is written by Gazette and replaced on every build.\n"
                        + "Files the last build wrote (any other file here is kept):\n"
                        + "articles/a/index.html\narticles/b/anh.svg\narticles/b/index.html\narticles/c/index.html\n"
                        + "index.html\n"),
                Map.entry("articles/", ""),
                Map.entry("articles/a/", ""),
                Map.entry("articles/a/index.html", "<p>bài A, đã sửa</p>"),
                Map.entry("articles/b/", ""),
                Map.entry("articles/b/anh.svg", "<svg/>"),
                Map.entry("articles/b/index.html", "<p>bài B</p>"),
                Map.entry("articles/c/", ""),
                Map.entry("articles/c/index.html", "<p>bài C</p>"),
                Map.entry("index.html", "<p>trang chủ</p>"));
        assertThat(inode(site.resolve("index.html"))).isEqualTo(home);
        assertThat(inode(site.resolve("articles/a/index.html"))).isNotEqualTo(a);
        assertThat(names(dir)).containsExactly(".site.lock", "content", "site");
    }

    @Test
    void aFileKeptAsMadeOfOtherInputsIsRecordedUnderTheirFingerprint() throws IOException {
        Manifest previous = publishedSite();
        Object home = inode(site.resolve("index.html"));
        Manifest published;
        try (OutputFolder output = OutputFolder.open(site, content, previous)) {
            assertThat(output.keep("index.html", 12, 21)).as("made of other inputs").isFalse();
            assertThat(output.keep("index.html", 11, 21)).isTrue();
            output.commit();
            published = output.manifest();
        }
        assertThat(published.get("index.html").orElseThrow()).isEqualTo(new Manifest.Entry(
                previous.get("index.html").orElseThrow().size(), previous.get("index.html").orElseThrow().hash(), 21));
        assertThat(inode(site.resolve("index.html"))).isEqualTo(home);
        try (OutputFolder output = OutputFolder.open(site, content, published)) {
            assertThat(output.keep("index.html", 11)).isFalse();
            assertThat(output.keep("index.html", 21)).isTrue();
        }
    }

    @Test
    void anUpdateThatLeavesTheSameFilesLeavesTheMarkerAsItIsAndOneThatDropsAFileListsTheRest() throws IOException {
        Manifest previous = publishedSite();
        Path marker = site.resolve(".gazette-output");
        String listed = Files.readString(marker, StandardCharsets.UTF_8);
        Object before = inode(marker);
        Manifest published;
        try (OutputFolder output = OutputFolder.open(site, content, previous)) {
            assertThat(output.keep("index.html", 11)).isTrue();
            output.write("articles/a/index.html", "<p>bài A, đã sửa</p>", 99);
            assertThat(output.keep("articles/b/index.html", 13)).isTrue();
            output.write("articles/b/anh.svg", "<svg/>");
            output.commit();
            published = output.manifest();
        }
        assertThat(inode(marker)).as("not written again").isEqualTo(before);
        assertThat(marker).hasContent(listed);
        try (OutputFolder output = OutputFolder.open(site, content, published)) {
            assertThat(output.keep("index.html", 11)).isTrue();
            assertThat(output.keep("articles/a/index.html", 99)).isTrue();
            output.commit();
        }
        assertThat(marker).hasContent("This folder is written by Gazette and replaced on every build.\n"
                + "Files the last build wrote (any other file here is kept):\narticles/a/index.html\nindex.html\n");
    }

    @Test
    void anUpdateNamesWhatNoBuildWroteAtTheTopAndInsideTheSitesFoldersAndKeepsIt() throws IOException {
        Manifest previous = publishedSite();
        write(site, """
                CNAME: luutru.example.gov.vn
                google123.html: xác minh
                articles/a/ghi-chu.txt: ghi chú tay
                bao-cao/2019.html: cũ
                bao-cao/2020/so-lieu.csv: 1,2
                """);
        Problems problems = new Problems();
        try (OutputFolder output = OutputFolder.open(site, content, previous, "CNAME"::equals)) {
            assertThat(output.keep("index.html", 11)).isTrue();
            assertThat(output.keep("articles/a/index.html", 12)).isTrue();
            output.commit();
            output.reportForeign(problems);
        }
        assertThat(problems.all()).extracting(problem -> problem.text().key() + " " + problem.text().args())
                .containsExactly("publish.foreign.kept [articles/a/ghi-chu.txt]",
                        "publish.foreign.folder.kept [bao-cao/, 2]", "publish.foreign.kept [google123.html]");
        assertThat(tree(site)).containsOnlyKeys(".gazette-output", "CNAME", "google123.html", "index.html",
                "articles/", "articles/a/", "articles/a/index.html", "articles/a/ghi-chu.txt", "bao-cao/",
                "bao-cao/2019.html", "bao-cao/2020/", "bao-cao/2020/so-lieu.csv");
    }

    /** An update that keeps the two pages, remembering its look at the folder in {@code scans}; what it warns. */
    private List<String> updateRemembering(Manifest previous, Path scans) throws IOException {
        Problems problems = new Problems();
        try (OutputFolder output = OutputFolder.open(site, content, previous)) {
            output.remembersScansIn(scans);
            assertThat(output.keep("index.html", 11)).isTrue();
            assertThat(output.keep("articles/a/index.html", 12)).isTrue();
            output.commit();
            output.reportForeign(problems);
        }
        return problems.all().stream().map(problem -> problem.text().key() + " " + problem.text().args()).toList();
    }

    private void ageFolder(String folder) throws IOException {
        Files.setLastModifiedTime(site.resolve(folder), java.nio.file.attribute.FileTime.fromMillis(
                System.currentTimeMillis() - 3_600_000));
    }

    @Test
    void anUpdateListsAgainOnlyTheFoldersChangedSinceTheLastLookAndKeepsNamingWhatItFoundBefore()
            throws IOException {
        Path scans = dir.resolve("cache/site.manifest.foreign");
        Files.createDirectories(scans.getParent());
        Manifest previous = publishedSite();
        write(site, "articles/a/ghi-chu.txt: ghi chú tay\n");
        ageFolder("articles/a");
        ageFolder("articles");
        assertThat(updateRemembering(previous, scans)).containsExactly("publish.foreign.kept [articles/a/ghi-chu.txt]");
        assertThat(scans).exists();

        // a folder whose time did not move since that look is not listed again: what it held is taken from the
        // look (a name added while its time is set back by hand is not seen; adding one moves the time)
        write(site, "articles/a/khac.txt: thêm\n");
        ageFolder("articles/a");
        assertThat(updateRemembering(previous, scans)).containsExactly("publish.foreign.kept [articles/a/ghi-chu.txt]");

        // one whose time moved is listed again, as is the top folder each time
        write(site, "articles/a/ghi-chu-2.txt: nữa\nCNAME: luutru.example.gov.vn\n");
        assertThat(updateRemembering(previous, scans)).containsExactly("publish.foreign.kept [CNAME]",
                "publish.foreign.kept [articles/a/ghi-chu-2.txt]", "publish.foreign.kept [articles/a/ghi-chu.txt]",
                "publish.foreign.kept [articles/a/khac.txt]");

        // without the look kept, or with another folder in the output's place, every folder is listed
        Files.delete(scans);
        write(site, "articles/a/bon.txt: 4\n");
        ageFolder("articles/a");
        assertThat(updateRemembering(previous, scans)).contains("publish.foreign.kept [articles/a/bon.txt]");
        Files.writeString(scans, "không phải");
        write(site, "articles/a/nam.txt: 5\n");
        ageFolder("articles/a");
        assertThat(updateRemembering(previous, scans)).contains("publish.foreign.kept [articles/a/nam.txt]");
    }

    @Test
    void aSiteSwappedInRemembersThatItHoldsNothingElseButWhatWasCarriedIntoIt() throws IOException {
        Path scans = dir.resolve("cache/site.manifest.foreign");
        Files.createDirectories(scans.getParent());
        publishedSite();
        write(site, "articles/a/ghi-chu.txt: ghi chú tay\n");
        // a build without the last manifest makes the whole site beside the output and swaps it in
        Manifest previous;
        try (OutputFolder output = OutputFolder.open(site, content)) {
            output.remembersScansIn(scans);
            output.write("index.html", "<p>trang chủ</p>", 11);
            output.write("articles/a/index.html", "<p>bài A</p>", 12);
            output.write("articles/b/index.html", "<p>bài B</p>", 13);
            output.commit();
            previous = output.manifest();
        }
        assertThat(site.resolve("articles/a/ghi-chu.txt")).hasContent("ghi chú tay"); // carried across
        ForeignFiles.Scan remembered = ForeignFiles.Scan.read(scans).orElseThrow();
        assertThat(remembered.root()).isEqualTo(identity(site).toString());
        assertThat(remembered.entries()).extracting(ForeignFiles.Entry::path).containsExactly("articles/a/ghi-chu.txt");

        // the next update lists only the folders changed since the swap: a name added to one whose time is then
        // set back by hand is not seen (as after any look), the carried file still is
        write(site, "articles/b/tay.txt: thêm tay\n");
        ageFolder("articles/b");
        ageFolder("articles");
        assertThat(updateRemembering(previous, scans)).containsExactly("publish.foreign.kept [articles/a/ghi-chu.txt]");
        // once that folder's time moves, it is listed again
        write(site, "articles/b/tay-2.txt: nữa\n");
        assertThat(updateRemembering(previous, scans)).containsExactly("publish.foreign.kept [articles/a/ghi-chu.txt]",
                "publish.foreign.kept [articles/b/tay-2.txt]", "publish.foreign.kept [articles/b/tay.txt]");
    }

    @Test
    void aLookKeptForAnotherFolderInTheOutputsPlaceIsNotTrusted() throws IOException {
        Path scans = dir.resolve("cache/site.manifest.foreign");
        Files.createDirectories(scans.getParent());
        Manifest previous = publishedSite();
        assertThat(updateRemembering(previous, scans)).isEmpty();
        // the site copied back in from elsewhere, with its folders' times (cp -a, rsync -a): another folder
        Path copy = dir.resolve("copy");
        try (Stream<Path> paths = Files.walk(site)) {
            for (Path path : paths.toList()) {
                Path to = copy.resolve(site.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(path, to);
                }
            }
        }
        Files.writeString(copy.resolve("articles/a/ghi-chu.txt"), "ghi chú tay");
        deleteTree(site);
        Files.move(copy, site);
        ageFolder("articles/a");
        ageFolder("articles");
        assertThat(updateRemembering(previous, scans)).containsExactly("publish.foreign.kept [articles/a/ghi-chu.txt]");
    }

    private Object identity(Path folder) throws IOException {
        return Files.readAttributes(folder, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
    }

    @Test
    void aTrustedLastBuildsFilesAreKeptUnaskedWhereTheirFolderDidNotChangeAndAskedWhereItDid() throws IOException {
        Manifest previous = publishedSite();
        long began = System.currentTimeMillis();
        // rewritten in place by hand, keeping their names: their folders' times do not move
        Files.writeString(site.resolve("articles/b/index.html"), "<p>sửa tay, dài hơn</p>");
        Files.writeString(site.resolve("index.html"), "<p>sửa tay, dài hơn</p>");
        ageFolder("articles/b");
        ageFolder("articles");
        ageFolder(".");
        Files.delete(site.resolve("articles/a/index.html")); // moves its folder's time
        try (OutputFolder output = OutputFolder.open(site, content, previous)) {
            output.trustsItsLastBuild(began, identity(site));
            assertThat(output.keep("articles/b/index.html", 13)).as("not asked").isTrue();
            assertThat(output.keep("index.html", 11)).as("not asked").isTrue();
            assertThat(output.keep("articles/a/index.html", 12)).as("its folder changed: asked").isFalse();
            assertThat(output.keep("articles/b/anh.svg", 99)).as("made of other inputs").isFalse();
        }
        try (OutputFolder output = OutputFolder.open(site, content, previous)) {
            assertThat(output.keep("articles/b/index.html", 13)).as("untrusted: asked").isFalse();
        }
        try (OutputFolder output = OutputFolder.open(site, content, previous)) {
            output.trustsItsLastBuild(began, "another folder");
            assertThat(output.keep("articles/b/index.html", 13)).as("another folder in its place").isFalse();
        }
        try (OutputFolder output = OutputFolder.open(site, content, previous)) {
            output.trustsItsLastBuild(began - 3_600_000, identity(site));
            assertThat(output.keep("articles/b/index.html", 13)).as("changed after that build began").isFalse();
        }
    }

    @Test
    void aTrustedUpdateNamesWhatNoBuildWroteFromTheLookItTookAsItBegan() throws IOException {
        Path scans = dir.resolve("cache/site.manifest.foreign");
        Files.createDirectories(scans.getParent());
        Manifest first = publishedSite();
        Manifest previous;
        try (OutputFolder output = OutputFolder.open(site, content, first)) {
            output.remembersScansIn(scans);
            for (String path : List.of("index.html", "articles/a/index.html", "articles/b/index.html")) {
                assertThat(output.keep(path, first.get(path).orElseThrow().fingerprint())).isTrue();
            }
            output.write("articles/b/anh.svg", "<svg/>");
            output.commit();
            previous = output.manifest();
        }
        assertThat(scans).exists();
        long began = System.currentTimeMillis();
        ageFolder("articles/a");
        ageFolder("articles/b");
        ageFolder("articles");
        write(site, "articles/a/ghi-chu.txt: ghi chú tay\n");
        Problems problems = new Problems();
        try (OutputFolder output = OutputFolder.open(site, content, previous)) {
            output.remembersScansIn(scans);
            output.trustsItsLastBuild(began, identity(site));
            assertThat(output.keep("index.html", 11)).isTrue();
            assertThat(output.keep("articles/a/index.html", 12)).isTrue();
            assertThat(output.keep("articles/b/index.html", 13)).isTrue();
            output.write("articles/b/anh.svg", "<svg/>");
            output.commit();
            output.reportForeign(problems);
        }
        assertThat(problems.all()).extracting(problem -> problem.text().key() + " " + problem.text().args())
                .containsExactly("publish.foreign.kept [articles/a/ghi-chu.txt]");
        assertThat(site.resolve("articles/a/index.html")).hasContent("<p>bài A</p>");
    }

    @Test
    void anUpdateThatLookedAheadNamesWhatWasThereAtTheLookAndTheNextOneWhatCameAfter() throws IOException {
        Path scans = dir.resolve("cache/site.manifest.foreign");
        Files.createDirectories(scans.getParent());
        Manifest previous = publishedSite();
        Update update = updateLookingAhead(previous, scans, () -> { });
        assertThat(update.foreign()).isEmpty();
        write(site, "articles/a/ghi-chu.txt: ghi chú tay\n");
        ageFolder("articles/b");
        ageFolder("articles");

        // a build of its own looks at the folders before it publishes, and lists only those changed since the last look
        update = updateLookingAhead(update.manifest(), scans, () -> write(site, "articles/b/tay.txt: thêm tay\n"));
        assertThat(update.foreign()).containsExactly("publish.foreign.kept [articles/a/ghi-chu.txt]");

        // what was put in after that look is found by the next build, and nothing was lost meanwhile
        update = updateLookingAhead(update.manifest(), scans, () -> { });
        assertThat(update.foreign()).containsExactly("publish.foreign.kept [articles/a/ghi-chu.txt]",
                "publish.foreign.kept [articles/b/tay.txt]");
        assertThat(site.resolve("articles/b/tay.txt")).hasContent("thêm tay");
        assertThat(site.resolve("articles/b/index.html")).hasContent("<p>bài B</p>");
    }

    private record Update(List<String> foreign, Manifest manifest) {
    }

    /** An update that publishes the same files as {@code previous}, after a look ahead and then {@code meanwhile}. */
    private Update updateLookingAhead(Manifest previous, Path scans, IoAction meanwhile) throws IOException {
        Problems problems = new Problems();
        Manifest manifest;
        try (OutputFolder output = OutputFolder.open(site, content, previous)) {
            output.remembersScansIn(scans);
            output.looksAhead();
            output.awaitLook();
            meanwhile.run();
            for (String path : List.of("index.html", "articles/a/index.html", "articles/b/index.html")) {
                assertThat(output.keep(path, previous.get(path).orElseThrow().fingerprint())).isTrue();
            }
            output.write("articles/b/anh.svg", "<svg/>");
            output.commit();
            output.reportForeign(problems);
            manifest = output.manifest();
        }
        return new Update(problems.all().stream().map(problem -> problem.text().key() + " " + problem.text().args())
                .toList(), manifest);
    }

    private interface IoAction {
        void run() throws IOException;
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    @Test
    void aMarkerIsKnownToListExactlyTheLastManifestsPathsOnlyWhenItDoes() {
        String heading = "This folder is written by Gazette and replaced on every build.\n"
                + "Files the last build wrote (any other file here is kept):\n";
        String[] sorted = {"a/index.html", "b.xml", "index.html"};
        assertThat(OutputFolder.listsExactly(heading + "a/index.html\nb.xml\nindex.html\n", sorted)).isTrue();
        assertThat(OutputFolder.listsExactly(heading + "a/index.html\nb.xml\nindex.html\nz.html\n", sorted))
                .as("one more").isFalse();
        assertThat(OutputFolder.listsExactly(heading + "a/index.html\nindex.html\n", sorted)).as("one fewer").isFalse();
        assertThat(OutputFolder.listsExactly(heading + "a/index.html\nb.xmlx\nindex.html\n", sorted))
                .as("a longer name").isFalse();
        assertThat(OutputFolder.listsExactly(heading + "a/index.html\nb.xml\nindex.html", sorted))
                .as("cut short").isFalse();
        assertThat(OutputFolder.listsExactly("x" + heading + "a/index.html\nb.xml\nindex.html\n", sorted))
                .as("another text").isFalse();
        assertThat(OutputFolder.listsExactly(heading, new String[0])).as("no paths").isFalse();
        assertThat(OutputFolder.listsExactly(heading + "a/index.html\n", null)).as("no order known").isFalse();
    }

    @Test
    void anUpdateOfTheManifestsPathsStillDeletesAFileOnlyTheMarkerListed() throws IOException {
        Manifest previous = publishedSite();
        // a build without the cache wrote cu.html since: the marker lists it, the manifest does not
        Files.writeString(site.resolve("cu.html"), "<p>cũ</p>");
        Path marker = site.resolve(".gazette-output");
        Files.writeString(marker, Files.readString(marker, StandardCharsets.UTF_8) + "cu.html\n");
        try (OutputFolder output = OutputFolder.open(site, content, previous)) {
            assertThat(output.keep("index.html", 11)).isTrue();
            assertThat(output.keep("articles/a/index.html", 12)).isTrue();
            assertThat(output.keep("articles/b/index.html", 13)).isTrue();
            output.write("articles/b/anh.svg", "<svg/>");
            assertThat(output.manifest().listsSamePaths()).isTrue();
            output.commit();
        }
        assertThat(site.resolve("cu.html")).doesNotExist();
        assertThat(marker).hasContent("This folder is written by Gazette and replaced on every build.\n"
                + "Files the last build wrote (any other file here is kept):\n"
                + "articles/a/index.html\narticles/b/anh.svg\narticles/b/index.html\nindex.html\n");
    }

    @Test
    void anUpdateDeletesTheFilesTheSiteNoLongerHasAndTheFoldersLeftEmpty() throws IOException {
        Manifest previous = publishedSite();
        try (OutputFolder output = OutputFolder.open(site, content, previous)) {
            assertThat(output.keep("index.html", 11)).isTrue();
            assertThat(output.keep("articles/a/index.html", 12)).isTrue();
            output.commit();
        }
        assertThat(tree(site)).containsOnlyKeys(".gazette-output", "articles/", "articles/a/", "articles/a/index.html",
                "index.html");
    }

    @Test
    void anAbortedUpdateLeavesThePublishedSiteByteForByte() throws IOException {
        Manifest previous = publishedSite();
        Map<String, String> before = tree(site);
        try (OutputFolder output = OutputFolder.open(site, content, previous)) {
            output.write("articles/a/index.html", "<p>hỏng</p>", 99);
            output.write("articles/d/index.html", "<p>mới</p>", 15);
            output.abort();
        }
        assertThat(tree(site)).isEqualTo(before);
        assertThat(names(dir)).containsExactly(".site.lock", "content", "site");
    }

    @Test
    void aFileDeletedByHandSinceTheLastBuildIsWrittenAgain() throws IOException {
        Manifest previous = publishedSite();
        Files.delete(site.resolve("articles/a/index.html"));
        try (OutputFolder output = OutputFolder.open(site, content, previous)) {
            assertThat(output.keep("articles/a/index.html", 12)).isFalse();
            output.write("articles/a/index.html", "<p>bài A</p>", 12);
            output.commit();
        }
        assertThat(site.resolve("articles/a/index.html")).hasContent("<p>bài A</p>");
    }

    @Test
    void anUpdateNeverWritesThroughASymbolicLinkPutIntoTheOutput() throws IOException {
        Manifest previous = publishedSite();
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Files.createSymbolicLink(site.resolve("tin"), elsewhere);
        try (OutputFolder output = OutputFolder.open(site, content, previous)) {
            output.write("tin/index.html", "<p>mới</p>", 16);
            assertThatThrownBy(output::commit).isInstanceOf(UnsafeOutputException.class)
                    .hasMessageContaining("holds a link out of it");
        }
        assertThat(names(elsewhere)).isEmpty();
    }
}
