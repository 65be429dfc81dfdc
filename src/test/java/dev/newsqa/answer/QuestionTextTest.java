package dev.newsqa.answer;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The normaliser against the Unicode categories that reached the model and failed it. */
class QuestionTextTest {

    private static final long SEED = 20261123L;
    /** Code points of the categories that carry no word: format, combining, surrogates, private use, controls. */
    private static final int[][] WORDLESS = {
            {0x200B, 0x200F}, {0x202A, 0x202E}, {0x2060, 0x2064}, {0xFEFF, 0xFEFF}, {0x00AD, 0x00AD}, // format (Cf)
            {0x0300, 0x036F}, {0x20D0, 0x20F0},                                                     // combining (Mn, Me)
            {0xD800, 0xDFFF},                                                                       // lone surrogates (Cs)
            {0xE000, 0xF8FF}, {0xF0000, 0xF00FF},                                                   // private use (Co)
            {0x0000, 0x001F}, {0x007F, 0x009F},                                                     // controls (Cc)
            {0x0020, 0x002F}, {0x3000, 0x3000}, {0x1F600, 0x1F64F}                                  // spaces, punctuation, emoji
    };

    @Test
    void theIssuesInputsHaveNoWords() {
        for (String q : List.of("\u202E", "\u200b\u200b", "\u0301", "\ud800", "\udc00\ud800", "\u0000\u0007",
                "\uE000", " \u200d\u2060 ", "?!…", "😀")) {
            assertThat(QuestionText.hasWords(q)).as(escape(q)).isFalse();
        }
        assertThat(QuestionText.hasWords(null)).isFalse();
    }

    @Test
    void wordsSurviveAndOnlyEmbeddableTextIsLeft() {
        assertThat(QuestionText.normalise("  Who\u200b won\u202E the 2018 World Cup?\ud800 ")).isEqualTo("Who won the 2018 World Cup?");
        assertThat(QuestionText.normalise("cafe\u0301")).isEqualTo("café"); // composed
        assertThat(QuestionText.normalise("line\u0000break")).isEqualTo("line break");
        assertThat(QuestionText.hasWords("阿里巴巴")).isTrue();
        assertThat(QuestionText.hasWords("\u200b2020\u200b")).isTrue();
        assertThat(QuestionText.normalise("What was the peak traffic on Singles Day in 2020?"))
                .isEqualTo("What was the peak traffic on Singles Day in 2020?");
    }

    @Test
    void fuzzedTextIsWordlessExactlyWhenItHasNoLetterOrDigitAndNeverKeepsWhatCannotBeEmbedded() {
        Random random = new Random(SEED);
        int wordless = 0;
        int withWords = 0;
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            boolean word = random.nextInt(3) == 0;
            int length = 1 + random.nextInt(12);
            int wordAt = random.nextInt(length);
            for (int j = 0; j < length; j++) {
                if (word && j == wordAt) {
                    text.appendCodePoint(random.nextBoolean() ? 'a' + random.nextInt(26) : 0x4E00 + random.nextInt(100));
                } else {
                    int[] range = WORDLESS[random.nextInt(WORDLESS.length)];
                    int cp = range[0] + random.nextInt(range[1] - range[0] + 1);
                    if (Character.isHighSurrogate((char) cp)) {
                        text.append((char) cp).append(' '); // lone: a high half before a low one is a real character
                    } else if (Character.isLowSurrogate((char) cp) && text.length() > 0
                            && Character.isHighSurrogate(text.charAt(text.length() - 1))) {
                        text.append(' ').append((char) cp);
                    } else {
                        text.appendCodePoint(cp);
                    }
                }
            }
            String raw = text.toString();
            String clean = QuestionText.normalise(raw);
            assertThat(QuestionText.hasWords(raw)).as(escape(raw)).isEqualTo(word);
            assertThat(clean).as(escape(raw)).isEqualTo(clean.strip());
            clean.codePoints().forEach(cp -> assertThat(Character.getType(cp)).as(escape(raw))
                    .isNotIn((int) Character.FORMAT, (int) Character.SURROGATE, (int) Character.PRIVATE_USE,
                            (int) Character.UNASSIGNED, (int) Character.CONTROL));
            assertThat(QuestionText.normalise(clean)).as("idempotent").isEqualTo(clean);
            if (word) {
                withWords++;
            } else {
                wordless++;
            }
        }
        assertThat(wordless).isGreaterThan(10_000);
        assertThat(withWords).isGreaterThan(5_000);
    }

    static String escape(String s) {
        List<String> out = new ArrayList<>();
        s.chars().forEach(c -> out.add(String.format("\\u%04x", c)));
        return String.join("", out);
    }
}
