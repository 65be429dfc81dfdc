package dev.newsqa.app;

import dev.newsqa.limits.LimitsConfig;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Ready only while a question could be answered now: a no-op is handed to the worker threads that answer
 * questions, and if none takes it within {@code qa.limits.worker-wait} the service reports not ready, so a
 * load balancer sends questions elsewhere. Asynchronous, so the probe itself never waits for a worker.
 */
@Readiness
@ApplicationScoped
public class WorkerReadinessCheck implements AsyncHealthCheck {

    private final Executor workers;
    private final Duration wait;

    @Inject
    WorkerReadinessCheck(LimitsConfig limits) {
        this(Infrastructure.getDefaultWorkerPool(), limits.workerWait());
    }

    WorkerReadinessCheck(Executor workers, Duration wait) {
        this.workers = workers;
        this.wait = wait;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        long t0 = System.nanoTime();
        HealthCheckResponse down = HealthCheckResponse.named("workers").down()
                .withData("reason", "no worker thread free within " + wait.toMillis() + " ms").build();
        CompletableFuture<HealthCheckResponse> probe;
        try {
            probe = CompletableFuture.supplyAsync(() -> HealthCheckResponse.named("workers").up()
                    .withData("waitedMillis", (System.nanoTime() - t0) / 1_000_000).build(), workers);
        } catch (RejectedExecutionException full) {
            return Uni.createFrom().item(down);
        }
        return Uni.createFrom().completionStage(probe.completeOnTimeout(down, wait.toMillis(), TimeUnit.MILLISECONDS));
    }
}
