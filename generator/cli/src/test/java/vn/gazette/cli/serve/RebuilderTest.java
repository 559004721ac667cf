package vn.gazette.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.gazette.BuildRequestException;
import vn.gazette.BuildResult;
import vn.gazette.problem.Problem;
import vn.gazette.problem.SourcePosition;

class RebuilderTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final List<BuildStatus> told = new CopyOnWriteArrayList<>();

    private Rebuilder rebuilder(SiteBuilder builder) {
        return new Rebuilder(builder, false, told::add, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private static BuildResult pages(int count) {
        return new BuildResult(count, count, List.of(), Map.of());
    }

    @Test
    void changesDuringABuildScheduleExactlyOneMoreBuild() throws Exception {
        CountDownLatch building = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger builds = new AtomicInteger();
        try (Rebuilder rebuilder = rebuilder(() -> {
            if (builds.incrementAndGet() == 1) {
                building.countDown();
                await(release);
            }
            return pages(3);
        })) {
            rebuilder.request();
            assertThat(building.await(10, TimeUnit.SECONDS)).isTrue();
            for (int i = 0; i < 20; i++) {
                rebuilder.request();
            }
            release.countDown();
            awaitBuilds(rebuilder, 2);
            Thread.sleep(200); // a third build would have started by now
            assertThat(builds.get()).isEqualTo(2);
            assertThat(rebuilder.status()).isEqualTo(new BuildStatus(2, true, List.of(), true));
            assertThat(told).extracting(BuildStatus::build).containsExactly(1, 2);
            assertThat(out.toString()).containsPattern("^Rebuilt in \\d+\\.\\d\\d s \\(3 pages\\)\nRebuilt in ");
        }
    }

    @Test
    void aFailedBuildKeepsTheLastGoodSiteAndPrintsItsProblems() throws Exception {
        Path file = Path.of("/tin/bai.md");
        BuildResult failed = new BuildResult(0, 0, List.of(Problem.error(SourcePosition.of(file, 3, 7), "content",
                vn.gazette.problem.Message.of("render.template.failed", "'date' is not a date"))), Map.of());
        List<BuildResult> results = new CopyOnWriteArrayList<>(List.of(pages(1), failed, pages(1)));
        try (Rebuilder rebuilder = rebuilder(() -> results.remove(0))) {
            assertThat(rebuilder.first()).isEqualTo(new BuildStatus(1, true, List.of(), true));
            rebuilder.request();
            awaitBuilds(rebuilder, 2);
            assertThat(rebuilder.status()).isEqualTo(new BuildStatus(2, false,
                    List.of("/tin/bai.md:3:7: error: 'date' is not a date"), true));
            assertThat(err.toString()).isEqualTo("/tin/bai.md:3:7: error: 'date' is not a date\n"
                    + "Build failed: 1 error; still serving the last good site.\n");
            rebuilder.request();
            awaitBuilds(rebuilder, 3);
            assertThat(rebuilder.status().ok()).isTrue();
            assertThat(told).extracting(BuildStatus::ok).containsExactly(true, false, true);
        }
    }

    @Test
    void aRefusedRequestDuringABuildIsAFailedBuildNotACrash() throws Exception {
        try (Rebuilder rebuilder = rebuilder(() -> {
            throw new BuildRequestException(vn.gazette.problem.Message.of("build.theme.missing", "themes"));
        })) {
            rebuilder.request();
            awaitBuilds(rebuilder, 1);
            assertThat(rebuilder.status().problems()).containsExactly("gazette: the theme folder themes does not exist");
            assertThat(err.toString()).endsWith("Build failed.\n");
        }
    }

    @Test
    void theFirstBuildThrowsWhatTheEngineRefuses() {
        try (Rebuilder rebuilder = rebuilder(() -> {
            throw new IOException("disk full");
        })) {
            org.assertj.core.api.Assertions.assertThatThrownBy(rebuilder::first).isInstanceOf(IOException.class)
                    .hasMessage("disk full");
        }
    }

    private static void awaitBuilds(Rebuilder rebuilder, int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (rebuilder.status().build() < count && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(rebuilder.status().build()).isEqualTo(count);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
