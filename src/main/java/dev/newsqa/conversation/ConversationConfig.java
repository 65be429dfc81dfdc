package dev.newsqa.conversation;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How long and how many conversations are remembered ({@code qa.conversation.*}). */
@ConfigMapping(prefix = "qa.conversation")
public interface ConversationConfig {

    @WithDefault("30M")
    Duration ttl();

    @WithDefault("10000")
    long maxConversations();
}
