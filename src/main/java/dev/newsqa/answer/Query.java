package dev.newsqa.answer;

import java.util.Set;

/**
 * A question as asked, the text retrieval should use for it (a follow-up carries its
 * conversation's context), the articles the conversation is about, and the earlier question it is
 * read together with (null for a question that stands on its own).
 */
public record Query(String question, String retrievalText, Set<String> favouredSources, String readWith) {

    public static Query of(String question) {
        return new Query(question, question, Set.of(), null);
    }
}
