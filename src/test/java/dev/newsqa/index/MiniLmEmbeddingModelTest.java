package dev.newsqa.index;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Texts embedded together get the vectors they get alone: the batch's padding does not leak into them. */
@QuarkusTest
class MiniLmEmbeddingModelTest {

    @Inject
    MiniLmEmbeddingModel model;

    @Test
    void textsEmbeddedInOneRunGetTheVectorsTheyGetAlone() {
        List<String> texts = new ArrayList<>(List.of(
                "Who is the CEO of Alibaba?",
                "Wie hoch ist die Inflation in Deutschland?",
                "阿里巴巴的首席执行官是谁？",
                "Rock'n'roll — café, naïve façade; \"quoted\" (and bracketed) words?",
                "Why?",
                "What did the company say about its cloud business, its revenue in the last quarter, and the outlook "
                        + "for the rest of the year, given the slowdown in consumer spending?"));
        texts.add("word ".repeat(700).strip()); // longer than the model's window: embedded in parts, as alone

        List<float[]> together = model.embedEach(texts);

        assertThat(together).hasSize(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            float[] alone = Vectors.unit(model.embed(texts.get(i)).content().vector());
            assertThat(Vectors.dot(together.get(i), alone)).as(texts.get(i)).isGreaterThan(0.99999f);
        }
        assertThat(Vectors.dot(together.get(0), together.get(1))).isLessThan(0.9f); // and they are not all alike
    }

    @Test
    void aBlankTextIsRefused() {
        assertThatThrownBy(() -> model.embedEach(List.of("fine", " "))).isInstanceOf(IllegalArgumentException.class);
    }
}
