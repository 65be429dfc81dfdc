package dev.newsqa.answer;

import dev.newsqa.ingest.Language;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.EnumSet;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ShortAnswerFinderTest {

    private final ShortAnswerFinder reliable = new ShortAnswerFinder(ShortAnswerFinder.RELIABLE);
    private final ShortAnswerFinder every = new ShortAnswerFinder(EnumSet.allOf(ShortAnswerFinder.Kind.class));

    private static Citation cite(String extract, int start) {
        return new Citation(1, "a.txt", "A", extract, start, start + extract.length(), 0.9, Language.ENGLISH);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "How many users does DingTalk have?|QUANTITY", "Wie viele Entwickler soll es unterstützen?|QUANTITY",
            "When was DingTalk developed?|DATE", "In which year did it open?|DATE", "Wann wurde es gegründet?|DATE",
            "Who takes over as acting president?|PERSON", "Wer ist Präsident?|PERSON",
            "Where is TSMC evaluating a facility?|PLACE", "Which crypto exchange was hit?|NAME"})
    void theQuestionSaysWhatKindOfThingItAsksFor(String question, ShortAnswerFinder.Kind kind) {
        assertThat(ShortAnswerFinder.kindOf(question)).contains(kind);
    }

    @Test
    void aQuestionOfNoKnownKindGetsNone() {
        assertThat(ShortAnswerFinder.kindOf("What was the peak traffic on Singles Day in 2020?")).isEmpty();
        assertThat(ShortAnswerFinder.kindOf("Why was Zynn removed?")).isEmpty();
    }

    @Test
    void theAnswerIsThePhraseOfThatKindTheQuestionDoesNotNameWithOffsetsInTheArticle() {
        String extract = "Developed in 2014, DingTalk is Alibaba's Slack-like enterprise chat platform.";
        Optional<ShortAnswer> found = reliable.find("When was DingTalk developed?", cite(extract, 100));
        assertThat(found).map(ShortAnswer::text).contains("2014");
        assertThat(found.get().start()).isEqualTo(100 + extract.indexOf("2014"));
        assertThat(found.get().end() - found.get().start()).isEqualTo(4);
        String person = "Jeff Zhang is stepping down. Then Daniel Zhang takes over as acting president.";
        assertThat(reliable.find("Who takes over as acting president of Alibaba Cloud?", cite(person, 0)))
                .map(ShortAnswer::text).contains("Daniel Zhang");
    }

    @Test
    void noAnswerWhenTheChoiceIsNotClear() {
        String two = "Jeff Zhang and Daniel Zhang met.";
        assertThat(reliable.find("Who met?", cite(two, 0))).isEmpty();
        assertThat(reliable.find("When was it built?", cite("It was built long ago.", 0))).isEmpty();
    }

    @Test
    void quantitiesCountWhatIsAskedAndAreNotGivenByDefault() {
        String extract = "The app serves 15 million organizations and 300 million users.";
        assertThat(every.find("How many users does DingTalk have?", cite(extract, 0))).map(ShortAnswer::text)
                .contains("300 million users");
        assertThat(every.find("How many times has Polonia won the cup?", cite("Polonia won it in 1946.", 0))).isEmpty();
        assertThat(reliable.find("How many users does DingTalk have?", cite(extract, 0))).isEmpty();
    }
}
