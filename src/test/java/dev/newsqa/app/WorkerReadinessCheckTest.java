package dev.newsqa.app;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;

/** Not ready while every worker thread is taken, ready again once one is free. */
class WorkerReadinessCheckTest {

    @Test
    void reportsDownWhileNoWorkerIsFree() throws Exception {
        ExecutorService workers = Executors.newFixedThreadPool(2);
        try {
            WorkerReadinessCheck check = new WorkerReadinessCheck(workers, Duration.ofMillis(300));
            assertThat(check.call().await().atMost(Duration.ofSeconds(10)).getStatus()).isEqualTo(HealthCheckResponse.Status.UP);

            CountDownLatch busy = new CountDownLatch(2);
            CountDownLatch release = new CountDownLatch(1);
            for (int i = 0; i < 2; i++) {
                workers.execute(() -> {
                    busy.countDown();
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
            }
            busy.await();
            HealthCheckResponse starved = check.call().await().atMost(Duration.ofSeconds(10));
            assertThat(starved.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
            assertThat(starved.getData().orElseThrow().get("reason").toString()).contains("no worker thread free");

            release.countDown();
            assertThat(check.call().await().atMost(Duration.ofSeconds(10)).getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
        } finally {
            workers.shutdownNow();
        }
    }
}
