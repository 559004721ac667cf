package vn.gazette.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackTest {

    @TempDir
    Path dir;

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void anEntryPutInOneBuildIsFoundByItsKeyInTheNext() throws IOException {
        try (Pack pack = Pack.open(dir, "test", 1)) {
            pack.put(7, bytes("bảy"));
            assertThat(pack.get(7)).hasValueSatisfying(b -> assertThat(b).isEqualTo(bytes("bảy")));
        }
        try (Pack pack = Pack.open(dir, "test", 1)) {
            assertThat(pack.has(7)).isTrue();
            assertThat(pack.get(7)).hasValueSatisfying(b -> assertThat(b).isEqualTo(bytes("bảy")));
            assertThat(pack.has(8)).isFalse();
            assertThat(pack.get(8)).isEmpty();
        }
    }

    @Test
    void aBuildKeepsOnlyTheEntriesItUsedEvenThoseItOnlyAskedAbout() throws IOException {
        try (Pack pack = Pack.open(dir, "test", 1)) {
            pack.put(1, bytes("một"));
            pack.put(2, bytes("hai"));
            pack.put(3, bytes("ba"));
        }
        try (Pack pack = Pack.open(dir, "test", 1)) {
            assertThat(pack.has(1)).isTrue();
            assertThat(pack.get(2)).isPresent();
        }
        try (Pack pack = Pack.open(dir, "test", 1)) {
            assertThat(pack.has(1)).isTrue();
            assertThat(pack.has(2)).isTrue();
            assertThat(pack.has(3)).isFalse();
        }
    }

    @Test
    void theNoPackKeepsNothingAndSaysSoSoThatNoEntryIsMadeForIt() throws IOException {
        Pack none = Pack.none();
        assertThat(none.keeps()).isFalse();
        none.put(1, bytes("một"));
        assertThat(none.has(1)).isFalse();
        try (Pack pack = Pack.open(dir, "test", 1)) {
            assertThat(pack.keeps()).isTrue();
        }
    }

    @Test
    void aPackWrittenInAnotherFormatIsEmpty() throws IOException {
        try (Pack pack = Pack.open(dir, "test", 1)) {
            pack.put(1, bytes("một"));
        }
        try (Pack pack = Pack.open(dir, "test", 2)) {
            assertThat(pack.has(1)).isFalse();
        }
        assertThat(Files.size(dir.resolve("test.pack"))).isZero();
    }

    @Test
    void entriesPastTheEndOfAPackCutShortAreNotThere() throws IOException {
        try (Pack pack = Pack.open(dir, "test", 1)) {
            pack.put(1, bytes("một"));
            pack.put(2, bytes("hai"));
        }
        try (var channel = java.nio.channels.FileChannel.open(dir.resolve("test.pack"), StandardOpenOption.WRITE)) {
            channel.truncate(channel.size() - 1);
        }
        try (Pack pack = Pack.open(dir, "test", 1)) {
            assertThat(pack.has(1)).isTrue();
            assertThat(pack.has(2)).isFalse();
        }
    }

    @Test
    void anEntryThatDoesNotStartWithItsKeyIsMissingAndForgotten() throws IOException {
        try (Pack pack = Pack.open(dir, "test", 1)) {
            pack.put(1, bytes("một"));
        }
        Path file = dir.resolve("test.pack");
        Files.write(file, new byte[(int) Files.size(file)]);
        try (Pack pack = Pack.open(dir, "test", 1)) {
            assertThat(pack.has(1)).isTrue(); // only the index is read until an entry is
            assertThat(pack.get(1)).isEmpty();
            assertThat(pack.has(1)).isFalse();
            pack.put(1, bytes("một lần nữa"));
            assertThat(pack.get(1)).hasValueSatisfying(b -> assertThat(b).isEqualTo(bytes("một lần nữa")));
        }
    }

    @Test
    void noPackHoldsNothingAndKeepsNothing() throws IOException {
        try (Pack pack = Pack.none()) {
            pack.put(1, bytes("một"));
            assertThat(pack.has(1)).isFalse();
            assertThat(pack.get(1)).isEmpty();
            pack.forget(1);
        }
    }

    @Test
    void aPackMostlyOfGarbageIsCompactedToTheEntriesUsed() throws IOException {
        byte[] big = new byte[9 * 1024 * 1024];
        try (Pack pack = Pack.open(dir, "test", 1)) {
            pack.put(1, big);
            pack.put(2, big);
            pack.put(3, bytes("ba"));
        }
        try (Pack pack = Pack.open(dir, "test", 1)) {
            assertThat(pack.has(3)).isTrue();
        }
        assertThat(Files.size(dir.resolve("test.pack"))).isEqualTo(Long.BYTES + 2);
        try (Pack pack = Pack.open(dir, "test", 1)) {
            assertThat(pack.get(3)).hasValueSatisfying(b -> assertThat(b).isEqualTo(bytes("ba")));
        }
    }
}
