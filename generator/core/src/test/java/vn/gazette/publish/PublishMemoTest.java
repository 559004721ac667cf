package vn.gazette.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 16: the session keeps the manifest its last build published instead of reading it back. */
class PublishMemoTest {

    @TempDir
    Path dir;

    private static Manifest manifest(String path, long fingerprint) {
        Manifest manifest = Manifest.empty();
        manifest.put("index.html", new Manifest.Entry(10, 20, 30));
        manifest.put(path, new Manifest.Entry(11, 21, fingerprint));
        return manifest;
    }

    @Test
    void theManifestALastBuildPublishedIsTakenWhileItsFileIsAsThatBuildLeftIt() throws IOException {
        Path file = dir.resolve("site.manifest");
        Manifest last = Manifest.read(file);
        Manifest published = manifest("a/index.html", 31);
        published.orderLike(last);
        published.write(file);
        PublishMemo memo = new PublishMemo();
        assertThat(memo.manifest(file)).as("none kept yet").isNotSameAs(published);

        memo.published(file, published, 0, null);
        assertThat(memo.manifest(file)).isSameAs(published);
        assertThat(published.listsSamePaths()).as("lets go of the last one").isFalse();
        assertThat(memo.manifest(dir.resolve("other.manifest")).size()).as("another file is read").isZero();

        // another process published since: its manifest is read
        manifest("b/index.html", 41).write(file);
        Manifest read = memo.manifest(file);
        assertThat(read).isNotSameAs(published);
        assertThat(read.get("b/index.html")).contains(new Manifest.Entry(11, 21, 41));
        assertThat(read.get("a/index.html")).isEmpty();
    }
}
