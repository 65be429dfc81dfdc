package dev.newsqa.limits;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/** A worker pool of 4 threads, fewer than the slow clients the test opens; a short body deadline. */
public class SlowClientsProfile implements QuarkusTestProfile {

    static final int WORKERS = 4;
    static final int MAX_OPEN_PER_CLIENT = 12;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.thread-pool.max-threads", String.valueOf(WORKERS),
                "quarkus.thread-pool.core-threads", "1",
                "qa.limits.max-open-requests-per-client", String.valueOf(MAX_OPEN_PER_CLIENT),
                "qa.limits.body-read-timeout", "6s");
    }
}
