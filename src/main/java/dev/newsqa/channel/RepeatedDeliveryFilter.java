package dev.newsqa.channel;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.time.Duration;

/**
 * Remembers the delivery ids a bot has already taken on (Slack's event_id, DingTalk's msgId), so that
 * a platform's retries of one message are answered once only. Bounded in size and time.
 */
public final class RepeatedDeliveryFilter {

    private final Cache<String, Boolean> seen;

    public RepeatedDeliveryFilter(Duration remember, long maxIds) {
        this.seen = Caffeine.newBuilder().expireAfterWrite(remember).maximumSize(maxIds).build();
    }

    /** True the first time an id is offered, false for every repeat. */
    public boolean firstTime(String deliveryId) {
        return seen.asMap().putIfAbsent(deliveryId, Boolean.TRUE) == null;
    }
}
