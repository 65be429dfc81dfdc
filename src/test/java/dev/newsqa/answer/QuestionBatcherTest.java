package dev.newsqa.answer;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuestionBatcherTest {

    /** A model whose vector names its text, recording each run and able to hold a run until released. */
    private static final class RecordingModel implements Function<List<String>, List<float[]>> {
        final List<List<String>> runs = new CopyOnWriteArrayList<>();
        final CountDownLatch started = new CountDownLatch(1);
        final CountDownLatch release;

        RecordingModel(boolean hold) {
            release = new CountDownLatch(hold ? 1 : 0);
        }

        @Override
        public List<float[]> apply(List<String> texts) {
            runs.add(List.copyOf(texts));
            started.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            List<float[]> out = new ArrayList<>();
            for (String t : texts) {
                if (t.contains("unembeddable")) {
                    throw new IllegalArgumentException("cannot embed " + t);
                }
                out.add(vectorOf(t));
            }
            return out;
        }
    }

    private static float[] vectorOf(String text) {
        return new float[] {text.length(), text.hashCode()};
    }

    /** Waits (10 s at most) until this many questions wait for a runner. */
    private static void awaitQueued(QuestionBatcher batcher, int questions) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (batcher.queued() < questions && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
    }

    @Test
    void aLoneQuestionIsEmbeddedAtOnceInARunOfItsOwn() {
        RecordingModel model = new RecordingModel(false);
        try (QuestionBatcher batcher = new QuestionBatcher(model, 2, 16)) {
            assertThat(batcher.embed("Who founded Alibaba?")).containsExactly(vectorOf("Who founded Alibaba?"));
            assertThat(model.runs).containsExactly(List.of("Who founded Alibaba?"));
        }
    }

    @Test
    void questionsArrivingDuringARunShareTheNextOneAndEachGetsItsOwnVector() throws Exception {
        RecordingModel model = new RecordingModel(true);
        try (QuestionBatcher batcher = new QuestionBatcher(model, 1, 4)) {
            CompletableFuture<float[]> first = CompletableFuture.supplyAsync(() -> batcher.embed("first question"));
            assertThat(model.started.await(10, TimeUnit.SECONDS)).isTrue();
            List<String> later = List.of("q one", "q two!", "q three..", "q four....", "q five.....");
            List<CompletableFuture<float[]>> answers = new ArrayList<>();
            for (String q : later) {
                answers.add(CompletableFuture.supplyAsync(() -> batcher.embed(q)));
            }
            awaitQueued(batcher, later.size());
            model.release.countDown();

            assertThat(first.get(10, TimeUnit.SECONDS)).containsExactly(vectorOf("first question"));
            for (int i = 0; i < later.size(); i++) {
                assertThat(answers.get(i).get(10, TimeUnit.SECONDS)).containsExactly(vectorOf(later.get(i)));
            }
            // one run for the first, then the five waiting in runs of at most four
            assertThat(model.runs).hasSize(3);
            assertThat(model.runs.get(1)).hasSize(4);
            assertThat(model.runs.get(2)).hasSize(1);
        }
    }

    @Test
    void aQuestionTheModelCannotTakeFailsAloneNotTheQuestionsInItsRun() throws Exception {
        RecordingModel model = new RecordingModel(true);
        try (QuestionBatcher batcher = new QuestionBatcher(model, 1, 8)) {
            CompletableFuture<float[]> first = CompletableFuture.supplyAsync(() -> batcher.embed("first"));
            assertThat(model.started.await(10, TimeUnit.SECONDS)).isTrue();
            CompletableFuture<float[]> good = CompletableFuture.supplyAsync(() -> batcher.embed("a fine question"));
            CompletableFuture<float[]> bad = CompletableFuture.supplyAsync(() -> batcher.embed("an unembeddable one"));
            awaitQueued(batcher, 2);
            model.release.countDown();

            assertThat(first.get(10, TimeUnit.SECONDS)).containsExactly(vectorOf("first"));
            assertThat(good.get(10, TimeUnit.SECONDS)).containsExactly(vectorOf("a fine question"));
            assertThatThrownBy(() -> bad.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("cannot embed an unembeddable one");
        }
    }

    @Test
    void closingFailsTheQuestionsStillWaitingAndRefusesNewOnes() throws Exception {
        RecordingModel model = new RecordingModel(true);
        QuestionBatcher batcher = new QuestionBatcher(model, 1, 8);
        CompletableFuture.runAsync(() -> batcher.embed("occupies the runner"));
        assertThat(model.started.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<float[]> waiting = CompletableFuture.supplyAsync(() -> batcher.embed("waits"));
        awaitQueued(batcher, 1);
        batcher.close();
        model.release.countDown();

        assertThatThrownBy(() -> waiting.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> batcher.embed("after the end")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("stopping");
    }

    @Test
    void refusesARunnerCountOrBatchSizeBelowOne() {
        assertThatThrownBy(() -> new QuestionBatcher(new RecordingModel(false), 0, 4))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new QuestionBatcher(new RecordingModel(false), 1, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
