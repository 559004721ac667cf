package vn.gazette.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stamp of the code a class was loaded from changes when that code is built again. */
class CodeStampTest {

    @TempDir
    Path dir;

    @Test
    void aFolderOfClassesBuiltAgainHasAnotherStampAndTheSameFilesTheSame() throws Exception {
        Path file = dir.resolve("vn/gazette/internal/LongText.class");
        Files.createDirectories(file.getParent());
        try (InputStream in = LongText.class.getResourceAsStream("LongText.class")) {
            Files.write(file, in.readAllBytes());
        }
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-01-01T00:00:00Z")));
        long first = stampOfCopy();
        assertThat(first).isNotZero().isEqualTo(stampOfCopy()).isNotEqualTo(CodeStamp.of(LongText.class));
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-01-02T00:00:00Z")));
        assertThat(stampOfCopy()).isNotEqualTo(first);
    }

    /** The stamp of the copy of the class in {@code dir}, loaded by a loader of its own. */
    private long stampOfCopy() throws IOException, ClassNotFoundException {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()},
                ClassLoader.getPlatformClassLoader())) {
            Class<?> copy = loader.loadClass("vn.gazette.internal.LongText");
            assertThat(copy.getClassLoader()).isSameAs(loader);
            return CodeStamp.of(copy);
        }
    }
}
