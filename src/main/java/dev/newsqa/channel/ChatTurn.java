package dev.newsqa.channel;

import dev.newsqa.answer.Answer;
import dev.newsqa.answer.FixedTexts;
import dev.newsqa.answer.QuestionLanguage;
import dev.newsqa.answer.QuestionText;
import dev.newsqa.conversation.ConversationKey;
import dev.newsqa.conversation.ConversationService;
import dev.newsqa.ingest.Language;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * One typed question from a chat platform, taken the same way by every bot: a text with no words gets the usage
 * hint, an over-long one is asked to be shorter, and the rest is answered through the conversation service —
 * within the platform's reply window when it can be, otherwise later through the platform's other way of
 * replying. A failure is an outcome too, so that the asker always hears back. Each bot renders the outcome, in the
 * language of the question (English for a text without words).
 */
public final class ChatTurn {

    private static final Logger LOG = Logger.getLogger(ChatTurn.class);

    /** How a platform words each outcome, with the fixed texts of the question's language. */
    public interface Replies<T> {
        T usage(FixedTexts texts);

        T tooLong(int length, int limit, FixedTexts texts);

        T answer(Answer answer);

        T failure(FixedTexts texts);
    }

    /** What became of a question. */
    public sealed interface Outcome permits Usage, TooLong, Answered, Failed {
        <T> T reply(Replies<T> replies);
    }

    /** Nothing to ask: show how to ask. */
    public record Usage(Language language) implements Outcome {
        public <T> T reply(Replies<T> replies) {
            return replies.usage(FixedTexts.of(language));
        }
    }

    /** The question is over the length limit. */
    public record TooLong(int length, int limit, Language language) implements Outcome {
        public <T> T reply(Replies<T> replies) {
            return replies.tooLong(length, limit, FixedTexts.of(language));
        }
    }

    public record Answered(Answer answer) implements Outcome {
        public <T> T reply(Replies<T> replies) {
            return replies.answer(answer);
        }
    }

    /** Answering failed; the cause is in the log. */
    public record Failed(Language language) implements Outcome {
        public <T> T reply(Replies<T> replies) {
            return replies.failure(FixedTexts.of(language));
        }
    }

    private final ConversationService conversations;
    private final AnswerDeadline deadline;
    private final String channel;
    private final int citations;
    private final int maxQuestionChars;

    /**
     * @param channel   the platform, for the metrics (slack, dingtalk)
     * @param citations how many sources an answer on this platform shows
     */
    public ChatTurn(ConversationService conversations, Executor executor, String channel, int citations,
                    int maxQuestionChars) {
        this.conversations = conversations;
        this.deadline = new AnswerDeadline(executor);
        this.channel = channel;
        this.citations = citations;
        this.maxQuestionChars = maxQuestionChars;
    }

    /** The outcome, however long answering takes. */
    public Outcome take(String text, ConversationKey conversation) {
        String question = QuestionText.normalise(text);
        return refusal(question).orElseGet(() -> {
            try {
                return new Answered(ask(question, conversation));
            } catch (RuntimeException e) {
                return failed(question, e);
            }
        });
    }

    /**
     * The outcome when it is ready within the window; otherwise empty at once, and {@code later} receives it when
     * it is.
     */
    public Optional<Outcome> takeWithin(String text, ConversationKey conversation, Duration window,
                                        Consumer<Outcome> later) {
        String question = QuestionText.normalise(text);
        Optional<Outcome> refused = refusal(question);
        if (refused.isPresent()) {
            return refused;
        }
        try {
            return deadline.within(window, () -> ask(question, conversation),
                            (answer, failure) -> later.accept(failure == null ? new Answered(answer)
                                    : failed(question, failure)))
                    .map(Answered::new);
        } catch (CompletionException e) {
            return Optional.of(failed(question, e));
        }
    }

    private Optional<Outcome> refusal(String question) {
        if (!QuestionText.hasWords(question)) {
            return Optional.of(new Usage(QuestionLanguage.of(question)));
        }
        if (question.length() > maxQuestionChars) {
            return Optional.of(new TooLong(question.length(), maxQuestionChars, QuestionLanguage.of(question)));
        }
        return Optional.empty();
    }

    private Answer ask(String question, ConversationKey conversation) {
        return conversations.ask(question, citations, conversation, channel);
    }

    private Outcome failed(String question, Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        LOG.errorf(cause, "answering a %s question failed", channel);
        return new Failed(QuestionLanguage.of(question));
    }
}
