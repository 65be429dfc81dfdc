package dev.newsqa.channel;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import dev.newsqa.answer.AnswerConfig;
import dev.newsqa.answer.AnswerSettings;
import dev.newsqa.answer.ConfidenceModels;
import dev.newsqa.answer.FixedTexts;
import dev.newsqa.answer.QueryEncoder;
import dev.newsqa.answer.QuestionAnswerer;
import dev.newsqa.config.StandaloneConfig;
import dev.newsqa.conversation.ConversationKey;
import dev.newsqa.conversation.ConversationService;
import dev.newsqa.conversation.ConversationStore;
import dev.newsqa.ingest.Language;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.Executor;

import static org.assertj.core.api.Assertions.assertThat;

/** The turn every bot takes, without a platform: refusals, failures now and failures delivered later. */
class ChatTurnTest {

    /** Runs nothing until the test says so: what is queued is what would run later. */
    private final Queue<Runnable> queued = new ArrayDeque<>();
    private final Executor manual = queued::add;
    private final ConversationKey conversation = ConversationKey.of("test", "room", "asker");

    /** A service whose index is never ready: every question it is asked fails. */
    private static ConversationService failing() {
        EmbeddingModel model = new EmbeddingModel() {
            @Override
            public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
                return Response.from(segments.stream().map(s -> Embedding.from(new float[] {1, 0})).toList());
            }
        };
        QuestionAnswerer answerer = new QuestionAnswerer(() -> {
            throw new IllegalStateException("the index is not ready");
        }, new QueryEncoder(model, 10), StandaloneConfig.mapping(AnswerConfig.class).settings(), ConfidenceModels.DEFAULT);
        return new ConversationService(answerer, new ConversationStore(Duration.ofMinutes(1), 10), new SimpleMeterRegistry());
    }

    private final ChatTurn turn = new ChatTurn(failing(), manual, "test", 3, 20);

    @Test
    void aTextWithNoWordsGetsTheUsageHintAndNothingIsAsked() {
        for (String text : List.of("", "   ", "\u200b\u200b", "\u202e", "?!")) {
            assertThat(turn.take(text, conversation)).as(text).isInstanceOf(ChatTurn.Usage.class);
            assertThat(turn.takeWithin(text, conversation, Duration.ofSeconds(1), o -> { })).contains(new ChatTurn.Usage(Language.ENGLISH));
        }
        assertThat(queued).isEmpty();
    }

    @Test
    void anOverLongQuestionIsAskedToBeShorter() {
        assertThat(turn.take("x".repeat(21), conversation)).isEqualTo(new ChatTurn.TooLong(21, 20, Language.ENGLISH));
        assertThat(queued).isEmpty();
    }

    @Test
    void aFailureIsAnOutcomeTooSoTheAskerHearsBack() {
        assertThat(turn.take("What is DingTalk?", conversation)).isInstanceOf(ChatTurn.Failed.class);
    }

    @Test
    void refusalsAndFailuresAreInTheQuestionsOwnLanguage() {
        assertThat(turn.take("Wer hat DingTalk gebaut, und wann?", conversation))
                .isEqualTo(new ChatTurn.TooLong(34, 20, Language.GERMAN));
        assertThat(turn.take("钉钉有多少用户？", conversation)).isEqualTo(new ChatTurn.Failed(Language.CHINESE));
        assertThat(turn.take("Und wer baute es?", conversation)).isEqualTo(new ChatTurn.Failed(Language.GERMAN));
        // a language we do not analyse is answered, and refused, in English
        assertThat(turn.take("Кто это?", conversation)).isEqualTo(new ChatTurn.Failed(Language.ENGLISH));

        List<ChatTurn.Outcome> later = new ArrayList<>();
        assertThat(turn.takeWithin("Wer hat das gebaut?", conversation, Duration.ofMillis(10), later::add)).isEmpty();
        queued.poll().run();
        assertThat(later).containsExactly(new ChatTurn.Failed(Language.GERMAN));
    }

    @Test
    void anAnswerNotReadyWithinTheWindowIsDeliveredLaterOnce() {
        List<ChatTurn.Outcome> later = new ArrayList<>();
        Optional<ChatTurn.Outcome> now = turn.takeWithin("What is DingTalk?", conversation, Duration.ofMillis(10),
                later::add);
        assertThat(now).isEmpty();
        assertThat(later).isEmpty();
        assertThat(queued).hasSize(1);
        queued.poll().run();
        assertThat(later).containsExactly(new ChatTurn.Failed(Language.ENGLISH));
    }

    @Test
    void eachOutcomeIsWordedByThePlatformsReplies() {
        ChatTurn.Replies<String> words = new ChatTurn.Replies<>() {
            public String usage(FixedTexts texts) {
                return texts.usage("%s");
            }

            public String tooLong(int length, int limit, FixedTexts texts) {
                return texts.tooLong(length, limit);
            }

            public String answer(dev.newsqa.answer.Answer answer) {
                return "answer";
            }

            public String failure(FixedTexts texts) {
                return texts.failed();
            }
        };
        assertThat(new ChatTurn.Usage(Language.ENGLISH).reply(words)).startsWith("Ask me a question");
        assertThat(new ChatTurn.TooLong(30, 20, Language.GERMAN).reply(words))
                .isEqualTo("Diese Frage ist 30 Zeichen lang; bitte kürzen Sie sie auf weniger als 20.");
        assertThat(new ChatTurn.Failed(Language.CHINESE).reply(words)).isEqualTo(FixedTexts.CHINESE.failed());
    }
}
