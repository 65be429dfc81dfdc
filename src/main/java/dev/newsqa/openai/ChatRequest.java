package dev.newsqa.openai;

import java.util.List;

/**
 * A chat completion request as the service reads it: the last user message is the question, the user messages
 * before it (oldest first) are the conversation it may follow up on.
 */
public record ChatRequest(String model, String question, List<String> earlierQuestions, boolean stream,
                          int maxCitations) {

    public ChatRequest {
        earlierQuestions = List.copyOf(earlierQuestions);
    }
}
