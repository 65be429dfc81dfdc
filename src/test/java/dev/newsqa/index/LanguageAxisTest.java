package dev.newsqa.index;

import dev.newsqa.ingest.Language;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class LanguageAxisTest {

    @Test
    void theBundledAxisIsAUnitVectorOfMiniLmsSpaceWithGermanFarAlongItAndEnglishNot() {
        LanguageAxis axis = LanguageAxis.miniLm();
        float[] probe = new float[384];
        double squares = 0;
        for (int i = 0; i < probe.length; i++) {
            probe[i] = 1;
            double c = axis.along(probe);
            squares += c * c;
            probe[i] = 0;
        }
        assertThat(squares).isCloseTo(1, within(1e-4));
        assertThat(axis.mean(Language.GERMAN)).isGreaterThan(0.4);
        assertThat(Math.abs(axis.mean(Language.ENGLISH))).isLessThan(0.05);
        assertThat(axis.mean(Language.CHINESE)).isZero();
    }

    @Test
    void theTableIsReadAsCommentsMeansAndComponents() throws IOException {
        LanguageAxis axis = LanguageAxis.read(stream("# a comment\nmean\tde\t0.5\nmean\ten\t-0.25\n0.6\n0.8\n"));
        assertThat(axis.along(new float[] {1, 0})).isCloseTo(0.6, within(1e-6));
        assertThat(axis.languageShare(new float[] {0, 1}, Language.GERMAN)).isCloseTo(0.4, within(1e-6));
        assertThat(axis.languageShare(new float[] {0, 1}, Language.ENGLISH)).isCloseTo(-0.2, within(1e-6));
        assertThat(axis.along(new float[] {1, 0, 0})).isZero(); // another model's space
    }

    @Test
    void aLanguageTheServiceDoesNotKnowIsAnError() {
        assertThatThrownBy(() -> LanguageAxis.read(stream("mean\txx\t0.5\n0.6\n0.8\n")))
                .isInstanceOf(IOException.class).hasMessageContaining("xx");
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
