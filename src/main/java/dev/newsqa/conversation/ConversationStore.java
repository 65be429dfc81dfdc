package dev.newsqa.conversation;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.time.Duration;
import java.util.Optional;

/**
 * The last turn of each conversation, forgotten after a period without use and bounded in
 * number, so that memory stays flat however many people chat.
 */
public final class ConversationStore {

    private final Cache<String, Turn> turns;

    public ConversationStore(Duration ttl, long maxConversations) {
        this.turns = Caffeine.newBuilder().expireAfterAccess(ttl).maximumSize(maxConversations).build();
    }

    Optional<Turn> last(String conversationId) {
        return Optional.ofNullable(turns.getIfPresent(conversationId));
    }

    void remember(String conversationId, Turn turn) {
        turns.put(conversationId, turn);
    }

    public long size() {
        turns.cleanUp();
        return turns.estimatedSize();
    }
}
