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

    @Test
    void aMemoWrittenAheadOnAThreadOfItsOwnHoldsWhatTheBuildMadeEvenWhenTheBuildPublishedFirst() throws IOException {
        PublishMemo memo = new PublishMemo();
        memo.making("index.html", 11, java.util.OptionalLong.of(21), java.util.List.of());
        memo.making("a/index.html", 12, java.util.OptionalLong.of(22), java.util.List.of());
        long asOf = memo.publishedBuilds(); // as the build begins to publish and starts the writer
        // the writer is slower than the build, which publishes before it writes
        memo.published();
        java.io.ByteArrayOutputStream late = new java.io.ByteArrayOutputStream();
        memo.write(new java.io.DataOutputStream(late), java.util.OptionalLong.of(asOf));
        // the same bytes as a writer that came before the build published
        PublishMemo again = new PublishMemo();
        again.making("index.html", 11, java.util.OptionalLong.of(21), java.util.List.of());
        again.making("a/index.html", 12, java.util.OptionalLong.of(22), java.util.List.of());
        java.io.ByteArrayOutputStream early = new java.io.ByteArrayOutputStream();
        again.write(new java.io.DataOutputStream(early), java.util.OptionalLong.of(again.publishedBuilds()));
        assertThat(late.toByteArray()).isEqualTo(early.toByteArray());
        PublishMemo read = PublishMemo.read(new java.io.DataInputStream(
                new java.io.ByteArrayInputStream(late.toByteArray())));
        assertThat(read.made("index.html", 11)).isPresent();
        assertThat(read.made("a/index.html", 12)).isPresent();
    }
}
