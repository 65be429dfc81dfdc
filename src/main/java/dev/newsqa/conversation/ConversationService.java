package dev.newsqa.conversation;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import dev.newsqa.answer.Answer;
import dev.newsqa.answer.Citation;
import dev.newsqa.answer.Query;
import dev.newsqa.answer.QuestionAnswerer;
import dev.newsqa.index.LanguageAnalyzers;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The one entry point every channel asks through: resolves follow-ups against the
 * conversation's last turn, answers, and remembers the turn.
 */
public final class ConversationService {

    private final QuestionAnswerer answerer;
    private final ConversationStore store;
    private final FollowUpResolver resolver;
    private final MeterRegistry metrics;

    public ConversationService(QuestionAnswerer answerer, ConversationStore store, LanguageAnalyzers analyzers,
                               MeterRegistry metrics) {
        this.answerer = answerer;
        this.store = store;
        this.resolver = new FollowUpResolver(analyzers);
        this.metrics = metrics;
    }

    /**
     * @param conversationId the caller's conversation, or null to start a new one
     * @param channel        where the question came from (web, api, slack, dingtalk), for the metrics
     */
    public Answer ask(String question, int maxCitations, String conversationId, String channel) {
        long t0 = System.nanoTime();
        Answer answer = answer(question, maxCitations, conversationId);
        Timer.builder("qa.questions").description("questions answered, by channel and outcome")
                .tag("channel", channel).tag("outcome", answer.answered() ? "answered" : "refused")
                .publishPercentileHistogram().register(metrics)
                .record(System.nanoTime() - t0, TimeUnit.NANOSECONDS);
        return answer;
    }

    private Answer answer(String question, int maxCitations, String conversationId) {
        String id = conversationId != null ? conversationId : UUID.randomUUID().toString();
        Turn previous = store.last(id).orElse(null);
        Query query = resolver.resolve(question, previous);
        Answer answer = answerer.answer(query, maxCitations, id);
        if (answer.answered()) {
            Set<String> sources = new LinkedHashSet<>();
            answer.citations().stream().map(Citation::source).forEach(sources::add);
            String topic = query.retrievalText().equals(question) ? question : previous.topicQuestion();
            store.remember(id, new Turn(topic, sources));
        }
        return answer;
    }
}
