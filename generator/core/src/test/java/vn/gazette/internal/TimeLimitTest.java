package vn.gazette.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
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
}
