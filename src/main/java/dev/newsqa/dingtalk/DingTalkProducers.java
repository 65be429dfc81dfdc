package dev.newsqa.dingtalk;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsqa.answer.AnswerConfig;
import dev.newsqa.conversation.ConversationService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.context.ManagedExecutor;

import java.time.Clock;
import java.util.Optional;

/** Wires the DingTalk robot from configuration; the verifier exists only when an app secret does. */
@ApplicationScoped
public class DingTalkProducers {

    @Produces
    @Singleton
    Optional<DingTalkSignatureVerifier> verifier(DingTalkConfig settings) {
        return settings.appSecret().filter(s -> !s.isBlank())
                .map(s -> new DingTalkSignatureVerifier(s, Clock.systemUTC()));
    }

    @Produces
    @Singleton
    DingTalkBot bot(ConversationService conversations, DingTalkConfig settings, ManagedExecutor executor,
                    AnswerConfig answers, ObjectMapper json) {
        return new DingTalkBot(conversations, new DingTalkWebhook(settings, json, Clock.systemUTC()), settings,
                executor, answers.maxQuestionChars());
    }
}
