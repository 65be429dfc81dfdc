package dev.newsqa.conversation;

import dev.newsqa.answer.Answer;
import dev.newsqa.answer.Citation;
import dev.newsqa.answer.QuestionAnswerer;
import dev.newsqa.answer.ShortAnswer;
import dev.newsqa.ingest.Language;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What an answer read with the previous question shows once its confidence is what such answers earn. */
class RecalibratedAnswerTest {

    private static final ShortAnswer SHORT = new ShortAnswer("544,000", "singles-day.txt", 10, 17);

    private static Answer answer(double confidence) {
        return new Answer("And in 2019?", Language.ENGLISH, true, "Peak traffic was 544,000 … [1]", confidence, "c1",
                "What was the peak traffic on Singles Day in 2020?", SHORT, List.of(
                new Citation(1, "singles-day.txt", "Singles Day", "Peak traffic was 544,000 …", 0, 40, confidence,
                        Language.ENGLISH),
                new Citation(2, "alibaba.txt", "Alibaba", "Another sentence.", 5, 22, 0.21, Language.ENGLISH)));
    }

    @Test
    void theConfidenceOfTheAnswerAndItsFirstCitationIsShiftedOnTheLogOddsScale() {
        Answer shown = ConversationService.recalibrated(answer(0.9), -1.06);
        // log-odds ln(0.9 / 0.1) = 2.197, minus 1.06: 1.137, i.e. 0.757
        assertThat(shown.confidence()).isEqualTo(0.757);
        assertThat(shown.citations().get(0).score()).isEqualTo(0.757);
        assertThat(shown.citations().get(1)).isEqualTo(answer(0.9).citations().get(1));
        assertThat(shown.citations().get(0).extract()).isEqualTo(answer(0.9).citations().get(0).extract());
        assertThat(shown.readWith()).isEqualTo("What was the peak traffic on Singles Day in 2020?");
        assertThat(shown.answer()).isEqualTo(answer(0.9).answer());
    }

    @Test
    void theShortAnswerStaysOnlyWhileTheShownConfidenceClearsItsBar() {
        assertThat(ConversationService.recalibrated(answer(0.9), -1.06).shortAnswer()).isNull();
        Answer sure = ConversationService.recalibrated(answer(0.97), -1.06);
        assertThat(sure.confidence()).isGreaterThanOrEqualTo(QuestionAnswerer.SHORT_ANSWER_CONFIDENCE);
        assertThat(sure.shortAnswer()).isEqualTo(SHORT);
    }

    @Test
    void noOffsetLeavesTheAnswerAsItWas() {
        assertThat(ConversationService.recalibrated(answer(0.9), 0)).isEqualTo(answer(0.9));
    }
}
