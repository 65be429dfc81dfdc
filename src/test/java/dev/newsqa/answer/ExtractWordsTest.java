package dev.newsqa.answer;

import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Two extracts are one citation when they hold the same words, in any script. */
class ExtractWordsTest {

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** Letters and numbers of several scripts and kinds, marks, punctuation, spaces, a character outside the BMP. */
    private static final String[] POOL = {"a", "Z", "é", "İ", "ß", "7", "²", "½", "Ⅻ", "٣", "阿", "里", "。", "，", " ",
            "\n", "-", "'", "’", "$", "%", "\u0301", "😀", "𝒳", "_", "\t"};

    @Test
    void wordsAreLowerCasedAndEverythingElseIsOneSpace() {
        assertThat(ExtractSelector.wordsOf("  Alibaba’s cloud—“Aliyun” (阿里雲), 2019! ")).isEqualTo("alibaba s cloud aliyun 阿里雲 2019");
        assertThat(ExtractSelector.wordsOf("成鸟体重约二十克。")).isEqualTo("成鸟体重约二十克");
        assertThat(ExtractSelector.wordsOf("…")).isEmpty();
    }

    @Test
    void theWordsAreThoseOfTheRegularExpressionTheyReplaced() {
        Random random = new Random(32);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(30);
            for (int i = 0; i < length; i++) {
                text.append(POOL[random.nextInt(POOL.length)]);
            }
            String s = text.toString();
            String expected = NOT_WORD.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
            assertThat(ExtractSelector.wordsOf(s)).as("%s", s).isEqualTo(expected);
        }
    }
}
