package vn.gazette.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class TimeLimitTest {

    @Test
    void returnsTheResultOfWorkThatEndsInTime() throws ExecutionException {
        try (TimeLimit limit = new TimeLimit(Duration.ofSeconds(5))) {
            assertThat(limit.run(() -> "xong")).contains("xong");
        }
    }

    @Test
    void givesUpOnWorkThatNeverLooksAtInterruptsAndStopsIt() throws Exception {
        AtomicBoolean finished = new AtomicBoolean();
        try (TimeLimit limit = new TimeLimit(Duration.ofMillis(200))) {
            long started = System.nanoTime();
            assertThat(limit.run(() -> {
                long spins = 0;
                while (spins >= 0) {
                    spins++;
                }
                finished.set(true);
                return "never";
            })).isEmpty();
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
            assertThat(limit.run(() -> "tiếp")).contains("tiếp");
        }
        assertThat(finished).isFalse();
    }

    @Test
    void passesOnTheWorksOwnFailure() {
        try (TimeLimit limit = new TimeLimit(Duration.ofSeconds(5))) {
            assertThatThrownBy(() -> limit.run(() -> {
                throw new IllegalStateException("hỏng");
            })).isInstanceOf(ExecutionException.class).hasRootCauseMessage("hỏng");
        }
    }

    @Test
    void runsSeveralPiecesOneAfterTheOtherOnOneThreadWithOneHandOver() throws ExecutionException {
        List<String> threads = new CopyOnWriteArrayList<>();
        List<Callable<String>> pieces = List.of("một", "hai", "ba").stream().<Callable<String>>map(word -> () -> {
            threads.add(Thread.currentThread().getName());
            return word;
        }).toList();
        try (TimeLimit limit = new TimeLimit(Duration.ofSeconds(5))) {
            assertThat(limit.runEach(pieces)).containsExactly(Optional.of("một"), Optional.of("hai"), Optional.of("ba"));
        }
        assertThat(threads).hasSize(3).containsOnly(threads.get(0)).allMatch(name -> name.startsWith("gazette-limited-"));
    }

    @Test
    void eachPieceHasTheWholeLimit() throws ExecutionException {
        Callable<String> slow = () -> {
            Thread.sleep(250);
            return "kịp";
        };
        try (TimeLimit limit = new TimeLimit(Duration.ofMillis(400))) {
            assertThat(limit.runEach(List.of(slow, slow, slow))).containsOnly(Optional.of("kịp")).hasSize(3);
        }
    }

    @Test
    void givesUpOnAPieceThatNeverEndsStopsItAndGoesOnWithTheNextInANewTurn() throws Exception {
        AtomicBoolean finished = new AtomicBoolean();
        List<String> threads = new CopyOnWriteArrayList<>();
        Callable<String> endless = () -> {
            threads.add(Thread.currentThread().getName());
            long spins = 0;
            while (spins >= 0) {
                spins++;
            }
            finished.set(true);
            return "never";
        };
        Callable<String> quick = () -> {
            threads.add(Thread.currentThread().getName());
            return "tiếp";
        };
        long started = System.nanoTime();
        try (TimeLimit limit = new TimeLimit(Duration.ofMillis(200))) {
            assertThat(limit.runEach(List.of(quick, endless, quick, endless, quick))).containsExactly(Optional.of("tiếp"),
                    Optional.empty(), Optional.of("tiếp"), Optional.empty(), Optional.of("tiếp"));
        }
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
        assertThat(threads).hasSize(5);
        // a turn runs its pieces on one thread (a thread stopped in a piece may serve a later turn: the stop ends the
        // piece, not the thread)
        assertThat(threads.get(1)).isEqualTo(threads.get(0));
        assertThat(threads.get(3)).isEqualTo(threads.get(2));
        assertThat(finished).isFalse();
    }

    @Test
    void passesOnAPiecesOwnFailureAndRunsNoneAfterIt() {
        AtomicBoolean after = new AtomicBoolean();
        try (TimeLimit limit = new TimeLimit(Duration.ofSeconds(5))) {
            assertThatThrownBy(() -> limit.runEach(List.<Callable<String>>of(() -> "một", () -> {
                throw new IllegalStateException("hỏng");
            }, () -> {
                after.set(true);
                return "ba";
            }))).isInstanceOf(ExecutionException.class).hasRootCauseMessage("hỏng");
        }
        assertThat(after).isFalse();
    }
}
