package dev.newsqa.conversation;

import java.util.Set;

/**
 * What a conversation remembers of its last turn: the self-contained question a follow-up
 * refers back to, and the articles that answered it.
 */
record Turn(String topicQuestion, Set<String> sources) {
}
