package dev.newsqa.limits;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/** A limit of 3 questions a minute, to see it enforced. */
public class RateLimitProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("qa.limits.requests-per-minute", "3");
    }
}
