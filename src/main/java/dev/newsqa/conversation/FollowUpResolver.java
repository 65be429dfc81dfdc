package dev.newsqa.conversation;

import dev.newsqa.answer.Query;
import dev.newsqa.index.LanguageAnalyzers;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whether a question leans on the previous turn ("And in 2019?", "What did he say
 * next?") and, if so, lets retrieval read it together with the question it follows.
 */
final class FollowUpResolver {

    private static final int ELLIPTICAL_MAX_WORDS = 3;
    private static final int REFERRING_MAX_WORDS = 6;
    private static final Pattern CONTINUATION = Pattern.compile(
            "(?i)^(and|but|also|what about|how about|what of|and what about|same|then|und|aber|auch|und was ist mit)\\b.*");
    // pronouns only: "this year" or "that city" in a question usually refer to the article, not the last turn
    private static final Set<String> REFERRING_WORDS = Set.of("it", "its", "they", "them", "their", "these", "those",
            "he", "she", "his", "her", "him", "er", "sie", "es", "ihm", "ihr", "ihn");

    private final LanguageAnalyzers analyzers;

    FollowUpResolver(LanguageAnalyzers analyzers) {
        this.analyzers = analyzers;
    }

    Query resolve(String question, Turn previous) {
        if (previous == null || !isFollowUp(question)) {
            return Query.of(question);
        }
        return new Query(question, previous.topicQuestion() + " " + question, previous.sources());
    }

    boolean isFollowUp(String question) {
        int contentWords = analyzers.terms(LanguageAnalyzers.EXACT, question).size();
        if (contentWords <= ELLIPTICAL_MAX_WORDS || CONTINUATION.matcher(question.strip()).matches()) {
            return true;
        }
        if (contentWords <= REFERRING_MAX_WORDS) {
            for (String word : question.toLowerCase(Locale.ROOT).split("\\P{L}+")) {
                if (REFERRING_WORDS.contains(word)) {
                    return true;
                }
            }
        }
        return false;
    }
}
