package dev.newsqa.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Function;

/**
 * Embeds the questions of concurrent requests together. A fixed number of runner threads (one per core)
 * each take every question waiting, up to a batch size, and embed them in one model run; callers wait for
 * their own vector. A lone question starts at once on a free runner, so nothing waits to fill a batch;
 * under load the questions that queued up during a run share the next one, which costs less per question
 * than one run each (measured in the README) and keeps the number of model runs at once to the cores.
 */
public final class QuestionBatcher implements AutoCloseable {

    private record Pending(String text, CompletableFuture<float[]> vector) {
    }

    private final Function<List<String>, List<float[]>> model;
    private final int maxBatch;
    private final BlockingQueue<Pending> waiting = new LinkedBlockingQueue<>();
    private final List<Thread> runners = new ArrayList<>();
    private volatile boolean closed;

    /**
     * @param model    embeds texts in one run, vectors in order; may throw for a text it cannot embed
     * @param runners  model runs at once
     * @param maxBatch questions in one run at most
     */
    public QuestionBatcher(Function<List<String>, List<float[]>> model, int runners, int maxBatch) {
        this("question-embedding", model, runners, maxBatch);
    }

    /**
     * @param name     the runner threads' name, before each one's number
     * @param model    embeds texts in one run, vectors in order; may throw for a text it cannot embed
     * @param runners  model runs at once
     * @param maxBatch questions in one run at most
     */
    public QuestionBatcher(String name, Function<List<String>, List<float[]>> model, int runners, int maxBatch) {
        if (runners < 1 || maxBatch < 1) {
            throw new IllegalArgumentException("runners and batch size must be at least 1");
        }
        this.model = model;
        this.maxBatch = maxBatch;
        for (int i = 0; i < runners; i++) {
            Thread runner = new Thread(this::run, name + "-" + i);
            runner.setDaemon(true);
            runner.start();
            this.runners.add(runner);
        }
    }

    /** The question's vector, from a run shared with the questions asked at the same time. */
    public float[] embed(String question) {
        CompletableFuture<float[]> vector = new CompletableFuture<>();
        waiting.add(new Pending(question, vector));
        if (closed) {
            failWaiting();
        }
        try {
            return vector.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private void run() {
        List<Pending> batch = new ArrayList<>(maxBatch);
        while (!Thread.currentThread().isInterrupted()) {
            try {
                batch.add(waiting.take());
            } catch (InterruptedException e) {
                return;
            }
            waiting.drainTo(batch, maxBatch - 1);
            embed(batch);
            batch.clear();
        }
    }

    private void embed(List<Pending> batch) {
        try {
            List<float[]> vectors = model.apply(batch.stream().map(Pending::text).toList());
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).vector().complete(vectors.get(i));
            }
        } catch (RuntimeException | Error e) {
            if (batch.size() == 1) {
                batch.get(0).vector().completeExceptionally(e);
                return;
            }
            // one question the model cannot take must not fail the others: each on its own
            for (Pending p : batch) {
                embed(List.of(p));
            }
        }
    }

    /** Questions waiting for a runner. */
    int queued() {
        return waiting.size();
    }

    /** Stops the runners; questions still waiting are failed. */
    @Override
    public void close() {
        closed = true;
        runners.forEach(Thread::interrupt);
        failWaiting();
    }

    private void failWaiting() {
        Pending p;
        while ((p = waiting.poll()) != null) {
            p.vector().completeExceptionally(new IllegalStateException("the service is stopping"));
        }
    }
}
