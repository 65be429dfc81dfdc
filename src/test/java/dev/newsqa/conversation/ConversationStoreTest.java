package dev.newsqa.conversation;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ConversationStoreTest {

    @Test
    void boundedInNumber() {
        ConversationStore store = new ConversationStore(Duration.ofMinutes(30), 100);
        for (int i = 0; i < 5_000; i++) {
            store.remember("c" + i, new Turn("q", Set.of()));
        }
        assertThat(store.size()).isLessThanOrEqualTo(100);
    }

    @Test
    void rememberedWithinTheirTimeToLive() {
        ConversationStore store = new ConversationStore(Duration.ofMinutes(30), 100);
        Turn turn = new Turn("q", Set.of());
        store.remember("c", turn);
        assertThat(store.last("c")).contains(turn);
        assertThat(store.last("other")).isEmpty();
    }

    /**
     * The store reads the system ticker (it takes no clock), so this waits for the known event, the turn gone, and
     * then checks it went no earlier than its time to live: a lower bound that holds however slow the machine is.
     */
    @Test
    void forgottenAfterTheirTimeToLive() {
        Duration ttl = Duration.ofMillis(50);
        ConversationStore store = new ConversationStore(ttl, 100);
        long before = System.nanoTime();
        store.remember("c", new Turn("q", Set.of()));
        await().atMost(Duration.ofSeconds(10)).until(() -> store.last("c").isEmpty());
        assertThat(Duration.ofNanos(System.nanoTime() - before)).isGreaterThanOrEqualTo(ttl);
    }
}
