package dev.newsqa.answer;

import dev.newsqa.ingest.Language;

import java.util.Set;

/**
 * A question as asked, the text retrieval should use for it (a follow-up carries its
 * conversation's context), the articles the conversation is about, the earlier question it is
 * read together with (null for a question that stands on its own), the words that say what the
 * question itself asks (a follow-up without its references back: "How old is she?" → "How old is"), and the
 * question's own language, which its answer's fixed texts are written in.
 */
public record Query(String question, String retrievalText, Set<String> favouredSources, String readWith,
                    String askedText, Language language) {

    public static Query of(String question) {
        return new Query(question, question, Set.of(), null, question, QuestionLanguage.forAnswering(question));
    }

    /**
     * This question as a follow-up read together with {@code earlier}, favouring the articles that answered it; its
     * language stays its own.
     */
    public Query followUp(String askedText, String earlier, Set<String> earlierSources) {
        return new Query(question, earlier + " " + question, Set.copyOf(earlierSources), earlier, askedText, language);
    }

    public boolean contextual() {
        return readWith != null;
    }
}
