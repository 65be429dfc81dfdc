package dev.newsqa.channel;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.context.ThreadContext;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The application's {@link ManagedExecutor} as the bot tests see it (selected by their profiles): the work still
 * runs on real threads, at once, but the executor counts every task handed to it and knows how many are still
 * running, so a test can wait for a known event, "everything the bots started has finished, including whatever
 * that work handed on", and then count what reached the stand-in. That is how a test shows that something
 * happened exactly once, or never, without sleeping.
 */
@Alternative
@Singleton
@Typed({RecordingExecutor.class, ManagedExecutor.class})
public class RecordingExecutor implements ManagedExecutor {

    /** Far longer than any answer takes; reaching it is a failure of the test, not a measurement. */
    private static final Duration IDLE_WITHIN = Duration.ofSeconds(60);

    private final ManagedExecutor delegate = ManagedExecutor.builder().build();
    private final Object lock = new Object();
    private long handedOver;
    private long running;

    /** Blocks until no task handed to this executor is queued or running (tasks started by tasks included). */
    public void awaitIdle() {
        long deadline = System.nanoTime() + IDLE_WITHIN.toNanos();
        synchronized (lock) {
            while (running > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError(running + " task(s) of the bots still running after " + IDLE_WITHIN);
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(lock, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("interrupted while waiting for the bots' work", e);
                }
            }
        }
    }

    /** How many tasks have been handed to this executor since the application started. */
    public long handedOver() {
        synchronized (lock) {
            return handedOver;
        }
    }

    private void started() {
        synchronized (lock) {
            handedOver++;
            running++;
        }
    }

    private void finished() {
        synchronized (lock) {
            running--;
            lock.notifyAll();
        }
    }

    private Runnable tracked(Runnable task) {
        started();
        return () -> {
            try {
                task.run();
            } finally {
                finished();
            }
        };
    }

    private <T> Callable<T> tracked(Callable<T> task) {
        started();
        return () -> {
            try {
                return task.call();
            } finally {
                finished();
            }
        };
    }

    private <T> Supplier<T> tracked(Supplier<T> task) {
        started();
        return () -> {
            try {
                return task.get();
            } finally {
                finished();
            }
        };
    }

    /** A task refused by the delegate never runs: it must not be counted as running. */
    private <T> T refusedUnlessHandedOn(Supplier<T> handOn) {
        try {
            return handOn.get();
        } catch (RuntimeException e) {
            finished();
            throw e;
        }
    }

    @Override
    public void execute(Runnable command) {
        Runnable task = tracked(command);
        refusedUnlessHandedOn(() -> {
            delegate.execute(task);
            return null;
        });
    }

    @Override
    public Future<?> submit(Runnable task) {
        Runnable t = tracked(task);
        return refusedUnlessHandedOn(() -> delegate.submit(t));
    }

    @Override
    public <T> Future<T> submit(Runnable task, T result) {
        Runnable t = tracked(task);
        return refusedUnlessHandedOn(() -> delegate.submit(t, result));
    }

    @Override
    public <T> Future<T> submit(Callable<T> task) {
        Callable<T> t = tracked(task);
        return refusedUnlessHandedOn(() -> delegate.submit(t));
    }

    @Override
    public CompletableFuture<Void> runAsync(Runnable runnable) {
        Runnable t = tracked(runnable);
        return refusedUnlessHandedOn(() -> delegate.runAsync(t));
    }

    @Override
    public <U> CompletableFuture<U> supplyAsync(Supplier<U> supplier) {
        Supplier<U> t = tracked(supplier);
        return refusedUnlessHandedOn(() -> delegate.supplyAsync(t));
    }

    /** Not used by the bots; refused rather than half-counted (a task cancelled before it starts never finishes). */
    @Override
    public <T> List<Future<T>> invokeAll(Collection<? extends Callable<T>> tasks) {
        throw new UnsupportedOperationException("invokeAll is not counted by this test executor");
    }

    @Override
    public <T> List<Future<T>> invokeAll(Collection<? extends Callable<T>> tasks, long timeout, TimeUnit unit) {
        throw new UnsupportedOperationException("invokeAll is not counted by this test executor");
    }

    @Override
    public <T> T invokeAny(Collection<? extends Callable<T>> tasks) {
        throw new UnsupportedOperationException("invokeAny is not counted by this test executor");
    }

    @Override
    public <T> T invokeAny(Collection<? extends Callable<T>> tasks, long timeout, TimeUnit unit) {
        throw new UnsupportedOperationException("invokeAny is not counted by this test executor");
    }

    @Override
    public <U> CompletableFuture<U> completedFuture(U value) {
        return delegate.completedFuture(value);
    }

    @Override
    public <U> CompletionStage<U> completedStage(U value) {
        return delegate.completedStage(value);
    }

    @Override
    public <U> CompletableFuture<U> failedFuture(Throwable ex) {
        return delegate.failedFuture(ex);
    }

    @Override
    public <U> CompletionStage<U> failedStage(Throwable ex) {
        return delegate.failedStage(ex);
    }

    @Override
    public <U> CompletableFuture<U> newIncompleteFuture() {
        return delegate.newIncompleteFuture();
    }

    @Override
    public <T> CompletableFuture<T> copy(CompletableFuture<T> stage) {
        return delegate.copy(stage);
    }

    @Override
    public <T> CompletionStage<T> copy(CompletionStage<T> stage) {
        return delegate.copy(stage);
    }

    @Override
    public ThreadContext getThreadContext() {
        return delegate.getThreadContext();
    }

    @PreDestroy
    @Override
    public void shutdown() {
        delegate.shutdown();
    }

    @Override
    public List<Runnable> shutdownNow() {
        return delegate.shutdownNow();
    }

    @Override
    public boolean isShutdown() {
        return delegate.isShutdown();
    }

    @Override
    public boolean isTerminated() {
        return delegate.isTerminated();
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
        return delegate.awaitTermination(timeout, unit);
    }
}
