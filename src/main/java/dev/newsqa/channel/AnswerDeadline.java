package dev.newsqa.channel;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * Chat platforms wait only so long for the HTTP reply to a message. This runs the work and hands back its
 * result when it is ready within the platform's window; otherwise it returns empty at once and delivers the
 * result (or the failure) later, through the platform's other way of replying.
 */
public final class AnswerDeadline {

    private final Executor executor;

    public AnswerDeadline(Executor executor) {
        this.executor = executor;
    }

    /**
     * @param later called with the result or the failure when the work finishes after the window
     * @throws CompletionException when the work failed within the window
     */
    public <T> Optional<T> within(Duration window, Supplier<T> work, BiConsumer<T, Throwable> later) {
        CompletableFuture<T> result = CompletableFuture.supplyAsync(work, executor);
        try {
            return Optional.of(result.get(window.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            result.whenComplete(later);
            return Optional.empty();
        } catch (ExecutionException e) {
            throw new CompletionException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            result.whenComplete(later);
            return Optional.empty();
        }
    }
}
