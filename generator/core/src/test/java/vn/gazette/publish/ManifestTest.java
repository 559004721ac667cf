package vn.gazette.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 11, defect 3: the manifest stored paths with {@code writeUTF}, limited to 64 KiB. */
class ManifestTest {

    @TempDir
    Path dir;

    @Test
    void pathsOfSeveralMegabytesAreWrittenAndReadBack() throws IOException {
        String longPath = "tin/" + "đường-dài/".repeat(300_000) + "index.html";
        Manifest manifest = Manifest.empty();
        manifest.put(longPath, new Manifest.Entry(12, 34, 56));
        manifest.put("index.html", new Manifest.Entry(1, 2, 3));

        manifest.write(dir.resolve("site.manifest"));
        Manifest read = Manifest.read(dir.resolve("site.manifest"));

        assertThat(read.size()).isEqualTo(2);
        assertThat(read.get(longPath)).contains(new Manifest.Entry(12, 34, 56));
        assertThat(read.get("index.html")).contains(new Manifest.Entry(1, 2, 3));
    }

    @Test
    void aDamagedLengthReadsAsAnEmptyManifestNotAnError() throws IOException {
        java.nio.file.Files.write(dir.resolve("bad.manifest"), new byte[] {0, 0, 0, 3, 0, 0, 0, 1, 127, -1, -1, -1});
        assertThat(Manifest.read(dir.resolve("bad.manifest")).size()).isZero();
    }

    /** A manifest of these paths, put in this order, each with entries made from its name and {@code round}. */
    private static Manifest of(java.util.List<String> paths, int round) {
        Manifest manifest = Manifest.empty();
        paths.forEach(path -> manifest.put(path, new Manifest.Entry(path.length(), path.hashCode() + round, round)));
        return manifest;
    }

    private byte[] written(Manifest manifest, String name) throws IOException {
        Path file = dir.resolve(name);
        manifest.write(file);
        return java.nio.file.Files.readAllBytes(file);
    }

    @Test
    void aManifestWrittenInTheLastOnesOrderIsTheFileASortedOneWouldBe() throws IOException {
        java.util.List<String> paths = new java.util.ArrayList<>();
        for (int i = 0; i < 500; i++) {
            paths.add("20" + (10 + i % 15) + "/" + (i % 12 + 1) + "/bai-" + (i * 7919 % 1000) + "/index.html");
        }
        paths.add("index.html");
        paths.add("đà-nẵng/index.html");
        java.util.Collections.shuffle(paths, new java.util.Random(5));
        written(of(paths, 1), "last.manifest");
        Manifest last = Manifest.read(dir.resolve("last.manifest"));

        java.util.Collections.shuffle(paths, new java.util.Random(6));
        Manifest same = of(paths, 2);
        same.orderLike(last);
        assertThat(written(same, "same.manifest")).isEqualTo(written(of(paths, 2), "sorted.manifest"));

        java.util.List<String> more = new java.util.ArrayList<>(paths);
        more.add("2011/1/bai-moi/index.html");
        Manifest other = of(more, 3);
        other.orderLike(last);
        assertThat(written(other, "other.manifest")).isEqualTo(written(of(more, 3), "other-sorted.manifest"));

        java.util.List<String> fewer = new java.util.ArrayList<>(paths.subList(1, paths.size()));
        fewer.add("a/khac.html"); // as many paths as the last one, one of them another
        Manifest swapped = of(fewer, 4);
        swapped.orderLike(last);
        assertThat(written(swapped, "swapped.manifest")).isEqualTo(written(of(fewer, 4), "swapped-sorted.manifest"));
    }

    @Test
    void aManifestOrderedLikeTheLastOneKnowsWhetherItListsTheSamePaths() {
        java.util.List<String> paths = java.util.List.of("index.html", "a/index.html", "a/b/index.html", "c.xml");
        Manifest last = of(paths, 1);

        Manifest same = Manifest.empty();
        same.orderLike(last);
        paths.forEach(path -> same.put(path, new Manifest.Entry(1, 2, 3)));
        same.put("a/index.html", new Manifest.Entry(4, 5, 6)); // put twice: still one path
        assertThat(same.listsSamePaths()).isTrue();

        Manifest more = Manifest.empty();
        more.orderLike(last);
        paths.forEach(path -> more.put(path, new Manifest.Entry(1, 2, 3)));
        more.put("d/index.html", new Manifest.Entry(1, 2, 3));
        assertThat(more.listsSamePaths()).isFalse();

        Manifest fewer = Manifest.empty();
        fewer.orderLike(last);
        paths.subList(1, paths.size()).forEach(path -> fewer.put(path, new Manifest.Entry(1, 2, 3)));
        assertThat(fewer.listsSamePaths()).isFalse();

        Manifest swapped = Manifest.empty();
        swapped.orderLike(last);
        paths.subList(1, paths.size()).forEach(path -> swapped.put(path, new Manifest.Entry(1, 2, 3)));
        swapped.put("khac.html", new Manifest.Entry(1, 2, 3)); // as many paths, one of them another
        assertThat(swapped.listsSamePaths()).isFalse();

        Manifest putFirst = of(java.util.List.of("index.html", "a/index.html", "a/b/index.html", "e.xml"), 2);
        putFirst.orderLike(last); // paths put before it is ordered like the last one count too
        assertThat(putFirst.listsSamePaths()).isFalse();
        assertThat(of(paths, 2).listsSamePaths()).as("ordered like none").isFalse();
    }

    @Test
    void theFoldersOfTheSamePathsAreTakenFromTheLastManifestAndWorkedOutForOthers() {
        java.util.List<String> paths = java.util.List.of("index.html", "a/index.html", "a/b/index.html", "c/d.xml");
        Manifest last = of(paths, 1);
        ForeignFiles.Folders folders = last.folders();
        assertThat(folders.all()).containsExactlyInAnyOrder("a", "a/b", "c");

        Manifest same = Manifest.empty();
        same.orderLike(last);
        paths.forEach(path -> same.put(path, new Manifest.Entry(1, 2, 3)));
        assertThat(same.folders()).isSameAs(folders);

        Manifest other = Manifest.empty();
        other.orderLike(last);
        java.util.List.of("index.html", "a/index.html", "e/f/index.html", "c/d.xml")
                .forEach(path -> other.put(path, new Manifest.Entry(1, 2, 3)));
        assertThat(other.folders().all()).containsExactlyInAnyOrder("a", "e", "e/f", "c");
        assertThat(java.util.Arrays.asList(other.folders().inOrder()).subList(0, 3))
                .containsExactlyInAnyOrder("a", "e", "c");
        assertThat(other.folders().inOrder()).hasSize(4).endsWith("e/f");
    }
}
