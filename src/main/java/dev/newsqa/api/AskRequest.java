package dev.newsqa.api;

/** The body of {@code POST /api/ask}; only {@code question} is required. */
public record AskRequest(String question, Integer maxCitations, String conversationId) {
}
