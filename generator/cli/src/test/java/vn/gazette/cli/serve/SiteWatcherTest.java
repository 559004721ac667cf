package vn.gazette.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteWatcherTest {

    @TempDir
    Path dir;

    private final AtomicInteger changes = new AtomicInteger();

    @Test
    void filesInFoldersMadeAfterStartingAreWatchedToo() throws IOException, InterruptedException {
        Path content = Files.createDirectories(dir.resolve("content/articles"));
        try (SiteWatcher watcher = SiteWatcher.start(List.of(dir.resolve("content")), path -> false,
                Duration.ofMillis(50), changes::incrementAndGet, message -> { })) {
            Path folder = Files.createDirectories(content.resolve("2024/thang-1"));
            awaitChanges(1);
            assertThat(watcher.folderCount()).isEqualTo(4);
            int before = changes.get();
            Files.writeString(folder.resolve("bai.md"), "---\ntitle: Bài\n---\n", StandardCharsets.UTF_8);
            awaitChanges(before + 1);
        }
    }

    @Test
    void aBurstOfSavesIsOneChange() throws IOException, InterruptedException {
        try (SiteWatcher watcher = SiteWatcher.start(List.of(dir), path -> false, Duration.ofMillis(300),
                changes::incrementAndGet, message -> { })) {
            for (int i = 0; i < 10; i++) {
                Files.writeString(dir.resolve("bai-" + i + ".md"), "lần " + i, StandardCharsets.UTF_8);
            }
            awaitChanges(1);
            Thread.sleep(600);
            assertThat(watcher.folderCount()).isEqualTo(1);
            assertThat(changes.get()).isEqualTo(1);
        }
    }

    @Test
    void editorBackupsAndHiddenFilesAreNotChanges() {
        assertThat(SiteWatcher.isNoise(Path.of("content/.bai.md.swp"))).isTrue();
        assertThat(SiteWatcher.isNoise(Path.of("content/bai.md~"))).isTrue();
        assertThat(SiteWatcher.isNoise(Path.of("content/#bai.md#"))).isTrue();
        assertThat(SiteWatcher.isNoise(Path.of("content/bai.md"))).isFalse();
        assertThat(SiteWatcher.isNoise(Path.of("content/_theme"))).isFalse();
    }

    private void awaitChanges(int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (changes.get() < count && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(changes.get()).isGreaterThanOrEqualTo(count);
    }

    @Test
    void theJournalIsToldOfEveryPathNoiseIncludedAndNoiseFoldersAreWatchedButNotHiddenOnes()
            throws IOException, InterruptedException {
        Path content = Files.createDirectories(dir.resolve("content"));
        Files.createDirectories(content.resolve("cu~"));
        Files.createDirectories(content.resolve(".git"));
        java.util.Set<Path> told = java.util.concurrent.ConcurrentHashMap.newKeySet();
        SiteWatcher.Journal journal = new SiteWatcher.Journal() {
            @Override
            public void changed(Path path) {
                told.add(path);
            }

            @Override
            public void lost() {
                told.add(Path.of("LOST"));
            }
        };
        try (SiteWatcher watcher = SiteWatcher.start(List.of(content), path -> false, Duration.ofMillis(50),
                changes::incrementAndGet, message -> { }, journal)) {
            assertThat(watcher.folderCount()).as("content and cu~, not .git").isEqualTo(2);
            Files.writeString(content.resolve("bai.md~"), "sao lưu", StandardCharsets.UTF_8);
            Files.writeString(content.resolve("cu~/bai.md"), "bài", StandardCharsets.UTF_8);
            awaitChanges(1);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (told.size() < 2 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(told).contains(content.resolve("bai.md~"), content.resolve("cu~/bai.md"))
                    .doesNotContain(Path.of("LOST"));
        }
    }
}
