package dev.newsqa.conversation;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

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
    void forgottenAfterTheirTimeToLive() throws InterruptedException {
        ConversationStore store = new ConversationStore(Duration.ofMillis(50), 100);
        store.remember("c", new Turn("q", Set.of()));
        assertThat(store.last("c")).isPresent();
        Thread.sleep(120);
        assertThat(store.last("c")).isEmpty();
    }
}
