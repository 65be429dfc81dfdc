package dev.newsqa.conversation;

import dev.newsqa.answer.Answer;
import dev.newsqa.answer.Citation;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What a conversation remembers of its last turn: the self-contained question a follow-up
 * refers back to, and the articles that answered it (none when it was not answered).
 */
record Turn(String topicQuestion, Set<String> sources) {

    Turn {
        sources = Set.copyOf(sources);
    }

    static Turn after(String question, Answer answer) {
        Set<String> sources = new LinkedHashSet<>();
        answer.citations().stream().map(Citation::source).forEach(sources::add);
        return new Turn(question, sources);
    }
}
