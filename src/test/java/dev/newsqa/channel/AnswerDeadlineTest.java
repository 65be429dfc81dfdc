package dev.newsqa.channel;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The deadline with executors the test owns: one that runs the work at once (so it is always ready within the
 * window) and one that holds the work until the test runs it (so the window is always missed). No timing is
 * involved: which side of the window the work lands on is decided by the test.
 */
class AnswerDeadlineTest {

    private final Executor atOnce = Runnable::run;
    private final Queue<Runnable> held = new ArrayDeque<>();
    private final Executor holding = held::add;
    /** What reached the "later" path: result and failure, one entry per call. */
    private final List<Object[]> later = new ArrayList<>();

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    private void runHeld() {
        for (Runnable r = held.poll(); r != null; r = held.poll()) {
            r.run();
        }
    }

    private static Throwable unwrapped(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }

    @Test
    void workReadyWithinTheWindowIsReturnedAndNeverDeliveredLater() {
        Optional<String> result = new AnswerDeadline(atOnce).within(Duration.ofSeconds(30), () -> "answer",
                (r, f) -> later.add(new Object[] {r, f}));
        assertThat(result).contains("answer");
        assertThat(later).isEmpty();
    }

    @Test
    void workMissingTheWindowIsDeliveredLaterExactlyOnce() {
        Optional<String> result = new AnswerDeadline(holding).within(Duration.ofMillis(1), () -> "answer",
                (r, f) -> later.add(new Object[] {r, f}));
        assertThat(result).isEmpty();
        assertThat(later).as("nothing delivered before the work has run").isEmpty();
        assertThat(held).hasSize(1);

        runHeld();
        assertThat(later).hasSize(1);
        assertThat(later.get(0)).containsExactly("answer", null);
    }

    @Test
    void aFailureWithinTheWindowIsThrownWithItsCause() {
        IllegalStateException boom = new IllegalStateException("boom");
        assertThatThrownBy(() -> new AnswerDeadline(atOnce).within(Duration.ofSeconds(30), () -> {
            throw boom;
        }, (r, f) -> later.add(new Object[] {r, f}))).isInstanceOf(CompletionException.class).hasCause(boom);
        assertThat(later).isEmpty();
    }

    @Test
    void aFailureAfterTheWindowIsDeliveredLaterWithoutAResult() {
        IllegalStateException boom = new IllegalStateException("boom");
        Optional<Object> result = new AnswerDeadline(holding).within(Duration.ofMillis(1), () -> {
            throw boom;
        }, (r, f) -> later.add(new Object[] {r, f}));
        assertThat(result).isEmpty();
        runHeld();
        assertThat(later).hasSize(1);
        assertThat(later.get(0)[0]).isNull();
        assertThat(unwrapped((Throwable) later.get(0)[1])).isSameAs(boom);
    }

    @Test
    void anInterruptedCallerGetsNothingNowKeepsItsInterruptAndTheWorkIsDeliveredLater() {
        Thread.currentThread().interrupt();
        Optional<String> result = new AnswerDeadline(holding).within(Duration.ofSeconds(30), () -> "answer",
                (r, f) -> later.add(new Object[] {r, f}));
        assertThat(result).isEmpty();
        assertThat(Thread.currentThread().isInterrupted()).isTrue();
        Thread.interrupted();
        runHeld();
        assertThat(later).hasSize(1);
        assertThat(later.get(0)).containsExactly("answer", null);
    }
}
