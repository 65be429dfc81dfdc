package dev.newsqa.feedback;

import java.util.List;

/**
 * The body of {@code POST /api/feedback}: a vote ({@code up} or {@code down}) on the answer to a question,
 * referenced by the question, its conversation and the sources it cited, with an optional comment.
 */
public record FeedbackRequest(String question, String conversationId, String vote, Boolean answered,
                              List<String> sources, String comment) {
}
