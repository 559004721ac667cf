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
}
