package dev.newsqa.channel;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

class RepeatedDeliveryFilterTest {

    @Test
    void anIdIsFirstOnceAndARepeatEveryTimeAfter() {
        RepeatedDeliveryFilter filter = new RepeatedDeliveryFilter(Duration.ofHours(1), 100);
        assertThat(filter.firstTime("Ev1")).isTrue();
        assertThat(filter.firstTime("Ev1")).isFalse();
        assertThat(filter.firstTime("Ev1")).isFalse();
        assertThat(filter.firstTime("Ev2")).as("another id is not a repeat").isTrue();
        assertThat(filter.firstTime("ev1")).as("ids are compared exactly").isTrue();
    }

    /** Platforms retry while the first delivery is still being handled: only one of them may be answered. */
    @Test
    void deliveriesArrivingTogetherAreTakenOnOnce() throws Exception {
        RepeatedDeliveryFilter filter = new RepeatedDeliveryFilter(Duration.ofHours(1), 100);
        int deliveries = 8;
        ExecutorService pool = Executors.newFixedThreadPool(deliveries);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Boolean>> taken = new ArrayList<>();
            for (int i = 0; i < deliveries; i++) {
                Callable<Boolean> delivery = () -> {
                    go.await();
                    return filter.firstTime("Ev-same");
                };
                taken.add(pool.submit(delivery));
            }
            go.countDown();
            int first = 0;
            for (Future<Boolean> f : taken) {
                first += f.get() ? 1 : 0;
            }
            assertThat(first).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
