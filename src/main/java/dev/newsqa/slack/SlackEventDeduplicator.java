package dev.newsqa.slack;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.time.Duration;

/**
 * Remembers the event ids already taken on, so that Slack's retries of an event (it retries
 * up to three times within minutes) are answered once only. Bounded in size and time.
 */
final class SlackEventDeduplicator {

    private final Cache<String, Boolean> seen = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofHours(1)).maximumSize(100_000).build();

    /** True the first time an id is offered, false for every repeat. */
    boolean firstTime(String eventId) {
        return seen.asMap().putIfAbsent(eventId, Boolean.TRUE) == null;
    }
}
