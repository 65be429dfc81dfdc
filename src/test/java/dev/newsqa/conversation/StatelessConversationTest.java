package dev.newsqa.conversation;

import dev.newsqa.answer.Answer;
import dev.newsqa.answer.QuestionAnswerer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Callers that send the whole conversation with each question (OpenAI-style message lists) get the same reading. */
@QuarkusTest
class StatelessConversationTest {

    @Inject
    ConversationService conversations;
    @Inject
    QuestionAnswerer answerer;

    @Test
    void theEarlierQuestionsOfAMessageListAreTheContext() {
        Answer a = conversations.askAfter("And in 2019?", 3,
                List.of("What was the peak traffic on Singles Day in 2020?"), "test");
        assertThat(a.readWith()).isEqualTo("What was the peak traffic on Singles Day in 2020?");
        assertThat(a.citations().get(0).extract()).contains("544,000");
        assertThat(a.conversationId()).isNull();
    }

    @Test
    void aQuestionThatStandsOnItsOwnIgnoresTheEarlierOnes() {
        Answer alone = conversations.askAfter("How many users does DingTalk have?", 3, List.of(), "test");
        Answer after = conversations.askAfter("How many users does DingTalk have?", 3,
                List.of("Who takes over as acting president of Alibaba Cloud?",
                        "What was the peak traffic on Singles Day in 2020?"), "test");
        assertThat(after.readWith()).isNull();
        assertThat(after.citations()).isEqualTo(alone.citations());
    }

    @Test
    void aFollowUpChainIsReplayedFromItsFirstQuestion() {
        Answer a = conversations.askAfter("And in 2019?", 3,
                List.of("What was Singles Day peak traffic in 2019?", "What about 2020?"), "test");
        assertThat(a.readWith()).isEqualTo("What was Singles Day peak traffic in 2019?");
        assertThat(a.citations().get(0).extract()).contains("544,000");
    }

    @Test
    void anAnswerReadWithThePreviousQuestionPromisesWhatSuchAnswersEarn() {
        List<String> earlier = List.of("What was the peak traffic on Singles Day in 2020?");
        Answer raw = new ConversationService(answerer, new ConversationStore(Duration.ofMinutes(1), 10),
                new SimpleMeterRegistry(), 0).askAfter("And in 2019?", 3, earlier, "test");
        Answer shown = conversations.askAfter("And in 2019?", 3, earlier, "test");
        assertThat(shown.readWith()).isEqualTo(raw.readWith()).isNotNull();
        assertThat(shown.citations().get(0).extract()).isEqualTo(raw.citations().get(0).extract());
        double expected = ConversationService.shifted(raw.confidence(), ConversationService.READ_WITH_LOG_ODDS);
        assertThat(shown.confidence()).isEqualTo(expected).isLessThan(raw.confidence());
        assertThat(shown.citations().get(0).score()).isEqualTo(expected);
        assertThat(shown.citations().subList(1, shown.citations().size()))
                .isEqualTo(raw.citations().subList(1, raw.citations().size()));
    }
}
