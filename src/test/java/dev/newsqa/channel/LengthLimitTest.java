package dev.newsqa.channel;

import org.junit.jupiter.api.Test;

import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

class LengthLimitTest {

    private static final UnaryOperator<String> AMP = t -> t.replace("&", "&amp;");

    @Test
    void textWithinTheLimitIsOnlyEscaped() {
        assertThat(LengthLimit.fit("Q&A", 20, AMP)).isEqualTo("Q&amp;A");
        assertThat(LengthLimit.fit("exactly ten", 11)).isEqualTo("exactly ten");
        assertThat(LengthLimit.fit("Q&amp;", 7, AMP)).as("escaped length 10 > 7: cut").endsWith("…");
    }

    @Test
    void longTextIsCutAtAWordBoundaryAndMarked() {
        String text = "Singles Day peak traffic reached 583,000 orders per second in 2020";
        String fitted = LengthLimit.fit(text, 30, UnaryOperator.identity());
        assertThat(fitted).hasSizeLessThanOrEqualTo(30).endsWith("…");
        assertThat(fitted).isEqualTo("Singles Day peak traffic…");
    }

    @Test
    void anEscapeSequenceIsNeverCutInHalf() {
        String text = "a&b&c&d&e&f&g&h&i&j";
        for (int limit = 2; limit < 60; limit++) {
            String fitted = LengthLimit.fit(text, limit, AMP);
            assertThat(fitted).as("limit %d", limit).hasSizeLessThanOrEqualTo(limit);
            String body = fitted.endsWith("…") ? fitted.substring(0, fitted.length() - 1) : fitted;
            assertThat(body.replace("&amp;", "")).as("limit %d: %s", limit, fitted).doesNotContain("&");
        }
    }

    @Test
    void aWordLongerThanHalfTheLimitIsCutInsideIt() {
        String fitted = LengthLimit.fit("short averyveryverylongwordindeed", 20, UnaryOperator.identity());
        assertThat(fitted).hasSize(20).isEqualTo("short averyveryvery…");
    }

    @Test
    void aSurrogatePairIsNeverSplit() {
        String emoji = "\uD83D\uDE00"; // one character, two chars
        String text = "abcd" + emoji + "efgh";
        String escaped = LengthLimit.fit(text, 6, UnaryOperator.identity());
        assertThat(escaped).isEqualTo("abcd…");
        assertThat(LengthLimit.fit(text, 6)).isEqualTo("abcd…");
        assertThat(LengthLimit.fit(text, 7)).isEqualTo("abcd" + emoji + "…");
    }

    @Test
    void theUnescapedCutKeepsWithinTheLimitAndDropsTrailingSpace() {
        assertThat(LengthLimit.fit("one two three", 5)).isEqualTo("one…");
        assertThat(LengthLimit.fit("one two three", 8)).isEqualTo("one two…");
    }
}
