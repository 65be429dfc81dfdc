package dev.newsqa.model;

import dev.newsqa.index.LanguageAxis;
import dev.newsqa.index.Vectors;
import dev.newsqa.ingest.Language;
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
    void theBundledGermanEnglishAxisPlacesGermanQuestionsFarAlongItAndEnglishOnesNot() {
        LanguageAxis axis = LanguageAxis.miniLm();
        List<float[]> german = model.embedEach(List.of("Wie viele Nutzer hat DingTalk?",
                "Welche Stadt hat mit Alibaba ein Abkommen geschlossen?"));
        List<float[]> english = model.embedEach(List.of("How many users does DingTalk have?",
                "Which city signed a deal with Alibaba?"));
        for (int i = 0; i < german.size(); i++) {
            assertThat(axis.along(german.get(i))).isGreaterThan(0.3);
            assertThat(Math.abs(axis.along(english.get(i)))).isLessThan(0.1);
            // what a German question's cosine with a German sentence owes to the language alone
            assertThat(axis.languageShare(german.get(i), Language.GERMAN)).isGreaterThan(0.12);
            assertThat(Math.abs(axis.languageShare(english.get(i), Language.GERMAN))).isLessThan(0.05);
        }
    }

    @Test
    void questionsRunOneInferencePerCoreWhateverTheThreadsOfEach() {
        int cores = Runtime.getRuntime().availableProcessors();
        assertThat(model.runsAtOnce()).isEqualTo(cores);
        assertThat(OnnxSessions.runsAtOnce(1)).isEqualTo(cores);
        assertThat(OnnxSessions.runsAtOnce(2)).isEqualTo(cores); // the runs share the session's helper thread
        assertThat(OnnxSessions.runsAtOnce(cores + 1)).isEqualTo(cores);
        assertThat(OnnxSessions.runsAtOnce(0)).isEqualTo(1); // the runtime's default takes every core
    }

    @Test
    void everyQuestionTheNormaliserLetsThroughEmbeds() {
        java.util.Random random = new java.util.Random(20261123L);
        int[] noise = {0x200B, 0x202E, 0x2060, 0xFEFF, 0x0301, 0x20DD, 0xDC00, 0xE000, 0x0007, 0x00A0, 0x1F600, '?'};
        List<String> texts = new ArrayList<>();
        while (texts.size() < 200) {
            StringBuilder raw = new StringBuilder();
            for (int j = 0, n = 1 + random.nextInt(10); j < n; j++) {
                int cp = random.nextInt(4) == 0 ? (random.nextBoolean() ? 'a' + random.nextInt(26) : 0x4E00 + random.nextInt(500))
                        : noise[random.nextInt(noise.length)];
                raw.appendCodePoint(cp);
            }
            if (dev.newsqa.answer.QuestionText.hasWords(raw.toString())) {
                texts.add(dev.newsqa.answer.QuestionText.normalise(raw.toString()));
            }
        }

        List<float[]> vectors = model.embedEach(texts);

        assertThat(vectors).hasSize(texts.size());
        for (float[] v : vectors) {
            assertThat(Vectors.dot(v, v)).isBetween(0.999f, 1.001f);
        }
    }

    @Test
    void aBlankTextIsRefused() {
        assertThatThrownBy(() -> model.embedEach(List.of("fine", " "))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theQuantizedBuildIsItsOwnModelNearTheFullOnesVectors() {
        MiniLmEmbeddingModel quantized = MiniLmEmbeddingModel.load(MiniLmEmbeddingModel.Variant.QUANTIZED, 1);
        assertThat(model.modelName()).isEqualTo(MiniLmEmbeddingModel.NAME);
        assertThat(quantized.modelName()).isEqualTo("all-MiniLM-L6-v2-q");
        List<String> texts = List.of("How many users does DingTalk have?",
                "The app is now serving 15 million organizations and 300 million individual users.");

        List<float[]> full = model.embedEach(texts);
        List<float[]> eightBit = quantized.embedEach(texts);

        for (int i = 0; i < texts.size(); i++) {
            assertThat(eightBit.get(i)).hasSize(MiniLmEmbeddingModel.DIMENSION);
            // the same space, so each build's vectors would be found near the other's, but not the same vectors
            assertThat(Vectors.dot(eightBit.get(i), full.get(i))).isBetween(0.95f, 0.9999f);
        }
        // the quantized build scales its activations by the whole run's input, so it embeds each text on its own: a
        // question gets the vector it gets alone whichever questions arrive with it
        for (int i = 0; i < texts.size(); i++) {
            float[] alone = Vectors.unit(quantized.embed(texts.get(i)).content().vector());
            assertThat(Vectors.dot(eightBit.get(i), alone)).as(texts.get(i)).isGreaterThan(0.99999f);
        }
        assertThatThrownBy(() -> quantized.embedEach(List.of("fine", " "))).isInstanceOf(IllegalArgumentException.class);
    }
}
