package dev.newsqa.limits;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

import java.time.Duration;
import java.util.OptionalLong;

/**
 * A token bucket per client and endpoint (Bucket4j): {@code perMinute} requests, refilled steadily over the
 * minute. Buckets of clients that went quiet are forgotten, so memory stays bounded.
 */
public final class RateLimiter {

    private final int perMinute;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(10)).maximumSize(200_000).build();

    public RateLimiter(int perMinute) {
        this.perMinute = perMinute;
    }

    /** Empty when the request may go ahead, otherwise the seconds to wait before the next one will. */
    public OptionalLong tryAcquire(String client, String endpoint) {
        if (perMinute <= 0) {
            return OptionalLong.empty();
        }
        Bucket bucket = buckets.get(endpoint + " " + client, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L));
    }
}
