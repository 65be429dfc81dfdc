package dev.newsqa.model;

import dev.langchain4j.data.segment.TextSegment;
import dev.newsqa.config.StandaloneConfig;
import dev.newsqa.translate.LanguagesConfig;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.PropertiesConfigSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Both builds of bge-small-zh-v1.5 load from their jars, are told apart by name, and read Chinese over English. */
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
