package dev.newsqa.answer;

import java.util.Set;

/**
 * A question as asked, the text retrieval should use for it (a follow-up carries its
 * conversation's context), and the articles the conversation is about.
 */
public record Query(String question, String retrievalText, Set<String> favouredSources) {

    public static Query of(String question) {
        return new Query(question, question, Set.of());
    }
}
