package dev.newsqa.model;

import dev.langchain4j.data.segment.TextSegment;
import dev.newsqa.config.StandaloneConfig;
import dev.newsqa.index.Vectors;
import dev.newsqa.translate.LanguagesConfig;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.PropertiesConfigSource;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Both builds of bge-small-zh-v1.5 load from their jars, are told apart by name, read Chinese over English, and embed
 * the questions of concurrent requests in one run as each would be embedded alone.
 */
class BgeSmallZhEmbeddingModelTest {

    private static final String QUESTION = BgeSmallZhEmbeddingModel.QUERY_INSTRUCTION + "阿里云本财年将招聘多少名工程师？";
    private static final String ANSWER = "Alibaba Cloud said it will hire as many as 5,000 engineers this financial year.";
    private static final String UNRELATED = "The Super Bowl was played in Santa Clara, California, in February 2016.";

    @Test
    void theFullBuildIsTheDefaultAndTheQuantizedOneCanBeChosen() {
        assertThat(StandaloneConfig.mapping(LanguagesConfig.class).chineseModel())
                .isEqualTo(BgeSmallZhEmbeddingModel.Variant.FULL);
        SmallRyeConfig quantized = new SmallRyeConfigBuilder().withMapping(LanguagesConfig.class)
                .withSources(new PropertiesConfigSource(Map.of("qa.languages.chinese-model", "quantized"), "test", 500))
                .build();
        assertThat(quantized.getConfigMapping(LanguagesConfig.class).chineseModel())
                .isEqualTo(BgeSmallZhEmbeddingModel.Variant.QUANTIZED);
    }

    @Test
    void eachBuildIsNamedForItsVectorsAndPutsAChineseQuestionNearItsEnglishAnswer() {
        float[][] quantized = vectors(BgeSmallZhEmbeddingModel.load(BgeSmallZhEmbeddingModel.Variant.QUANTIZED, 1),
                "bge-small-zh-v1.5-q");
        float[][] full = vectors(BgeSmallZhEmbeddingModel.load(BgeSmallZhEmbeddingModel.Variant.FULL, 1),
                "bge-small-zh-v1.5");
        for (float[][] v : List.of(quantized, full)) {
            assertThat(cosine(v[0], v[1])).isGreaterThan(cosine(v[0], v[2]) + 0.05);
        }
        // one space: a text's vectors from the two builds nearly agree
        for (int i = 0; i < 3; i++) {
            assertThat(cosine(quantized[i], full[i])).isGreaterThan(0.95);
        }
    }

    @Test
    void questionsEmbeddedInOneRunGetTheVectorsTheyGetAlone() {
        BgeSmallZhEmbeddingModel full = BgeSmallZhEmbeddingModel.load(BgeSmallZhEmbeddingModel.Variant.FULL, 1);
        List<String> texts = new ArrayList<>(List.of(QUESTION,
                BgeSmallZhEmbeddingModel.QUERY_INSTRUCTION + "钉钉有多少用户？",
                BgeSmallZhEmbeddingModel.QUERY_INSTRUCTION + "Zynn 为什么被 Google Play 下架？",
                "为什么？",
                ANSWER));
        texts.add("云".repeat(700)); // longer than the model's window: embedded in parts, as alone

        List<float[]> together = full.embedEach(texts);

        assertThat(together).hasSize(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            float[] alone = Vectors.unit(full.embed(texts.get(i)).content().vector());
            assertThat(together.get(i)).hasSize(BgeSmallZhEmbeddingModel.DIMENSION);
            assertThat(Vectors.dot(together.get(i), alone)).as(texts.get(i)).isGreaterThan(0.99999f);
        }
        assertThat(Vectors.dot(together.get(0), together.get(1))).isLessThan(0.95f); // and they are not all alike
        assertThat(full.runsAtOnce()).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThatThrownBy(() -> full.embedEach(List.of("好", " "))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theQuantizedBuildEmbedsEachQuestionOnItsOwn() {
        BgeSmallZhEmbeddingModel quantized = BgeSmallZhEmbeddingModel.load(BgeSmallZhEmbeddingModel.Variant.QUANTIZED, 1);
        List<String> texts = List.of(QUESTION, ANSWER, UNRELATED);

        List<float[]> each = quantized.embedEach(texts);

        // its activations are scaled by the whole run's input, so a question's vector must not depend on the others
        for (int i = 0; i < texts.size(); i++) {
            float[] alone = Vectors.unit(quantized.embed(texts.get(i)).content().vector());
            assertThat(Vectors.dot(each.get(i), alone)).as(texts.get(i)).isGreaterThan(0.99999f);
        }
        assertThatThrownBy(() -> quantized.embedEach(List.of("好", " "))).isInstanceOf(IllegalArgumentException.class);
    }

    /** The question's, the answer's and the unrelated sentence's vectors, after checking the model's name. */
    private static float[][] vectors(BgeSmallZhEmbeddingModel model, String name) {
        assertThat(model.modelName()).isEqualTo(name);
        assertThat(model.dimension()).isEqualTo(BgeSmallZhEmbeddingModel.DIMENSION);
        return model.embedAll(List.of(TextSegment.from(QUESTION), TextSegment.from(ANSWER), TextSegment.from(UNRELATED)))
                .content().stream().map(e -> e.vector()).toArray(float[][]::new);
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0, na = 0, nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return dot / Math.sqrt(na * nb);
    }
}
