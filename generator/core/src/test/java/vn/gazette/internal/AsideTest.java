package vn.gazette.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AsideTest {

    @TempDir
    Path dir;

    @Test
    void getGivesTheResultAndThrowsWhatTheWorkThrew() {
        assertThat(uncheckedGet(Aside.start("test-aside", () -> "xong"))).isEqualTo("xong");
        Aside<String> failing = Aside.start("test-aside", () -> {
            throw new IOException("đĩa đầy");
        });
        assertThatThrownBy(failing::get).isInstanceOf(IOException.class).hasMessage("đĩa đầy");
    }

    @Test
    void discardWaitsForTheWriteToEndBeforeDeletingItsFile() throws Exception {
        Path file = dir.resolve("session.ahead");
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Aside<Void> writing = Aside.start("test-aside", () -> {
            Files.writeString(file, "phần đầu", StandardCharsets.UTF_8);
            started.countDown();
            release.await();
            Files.writeString(file, "phần sau", StandardCharsets.UTF_8); // a delete before this would be undone
            return null;
        });
        started.await();
        Thread releaser = new Thread(() -> {
            sleepBriefly();
            release.countDown();
        });
        releaser.start();

        writing.discard(file);
        releaser.join();
        writing.get(); // ended: a discard that had not waited would see the file written again

        assertThat(file).doesNotExist();
    }

    @Test
    void discardDeletesTheFileOfWorkThatFailedAndIsQuietWhenThereIsNone() throws Exception {
        Path file = dir.resolve("index.ahead");
        Aside<Void> failed = Aside.start("test-aside", () -> {
            Files.writeString(file, "nửa chừng", StandardCharsets.UTF_8);
            throw new IOException("đĩa đầy");
        });
        failed.discard(file);
        assertThat(file).doesNotExist();

        Aside<Void> wroteNothing = Aside.start("test-aside", () -> null);
        wroteNothing.discard(dir.resolve("never-written"));
        assertThat(dir).isEmptyDirectory();
    }

    private static String uncheckedGet(Aside<String> aside) {
        try {
            return aside.get();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static void sleepBriefly() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
