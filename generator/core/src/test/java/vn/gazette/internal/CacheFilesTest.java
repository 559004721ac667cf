package vn.gazette.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CacheFilesTest {

    @TempDir
    Path dir;

    @Test
    void theWrittenFileTakesThePlaceOfTheOldOneAndNothingIsLeftBesideIt() throws IOException {
        Path file = write("site.manifest.session", "phiên cũ");
        Path written = write("site.manifest.session.tmp", "phiên mới");
        CacheFiles.moveIn(written, file);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("phiên mới");
        assertThat(names()).containsExactly("site.manifest.session");
    }

    @Test
    void aPlaceWithNoFileYetIsFilled() throws IOException {
        Path written = write("site.manifest.session.tmp", "phiên đầu tiên");
        CacheFiles.moveIn(written, dir.resolve("site.manifest.session"));
        assertThat(names()).containsExactly("site.manifest.session");
    }

    @Test
    void theOldFileABuildStoppedBetweenTheTwoMovesLeftIsDeleted() throws IOException {
        // stopped after moving the old file aside, before moving the new one in
        write("site.manifest.session.old", "phiên cũ hơn");
        Path written = write("site.manifest.session.tmp", "phiên mới");
        CacheFiles.moveIn(written, dir.resolve("site.manifest.session"));
        assertThat(names()).containsExactly("site.manifest.session");
        assertThat(Files.readString(dir.resolve("site.manifest.session"), StandardCharsets.UTF_8))
                .isEqualTo("phiên mới");
    }

    @Test
    void aMoveThatFailsPutsTheOldFileBack() throws IOException {
        Path file = write("site.manifest.session", "phiên cũ");
        assertThatThrownBy(() -> CacheFiles.moveIn(dir.resolve("missing.tmp"), file))
                .isInstanceOf(NoSuchFileException.class);
        assertThat(names()).containsExactly("site.manifest.session");
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("phiên cũ");
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private java.util.List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }
}
