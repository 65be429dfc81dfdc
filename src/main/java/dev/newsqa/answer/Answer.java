package dev.newsqa.answer;

import java.util.List;

/**
 * What every channel renders: the readable answer with {@code [n]} markers, the citations it
 * was built from, and whether the articles answer the question at all.
 */
public record Answer(String question, boolean answered, String answer, double confidence, String conversationId,
                     List<Citation> citations) {

    public Answer {
        citations = List.copyOf(citations);
    }
}
