package dev.newsqa.slack;

import dev.newsqa.answer.AnswerConfig;
import dev.newsqa.conversation.ConversationService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.context.ManagedExecutor;

import java.time.Clock;
import java.util.Optional;

/** Wires the Slack bot from configuration; the verifier exists only when a signing secret does. */
@ApplicationScoped
public class SlackProducers {

    @Produces
    @Singleton
    Optional<SlackRequestVerifier> verifier(SlackConfig settings) {
        return settings.signingSecret().filter(s -> !s.isBlank()).map(s -> new SlackRequestVerifier(s, Clock.systemUTC()));
    }

    @Produces
    @Singleton
    SlackBot bot(ConversationService conversations, SlackConfig settings, ManagedExecutor executor, AnswerConfig answers) {
        return new SlackBot(conversations, new SlackOutbound(settings), settings, executor, answers.maxQuestionChars());
    }
}
