package dev.newsqa.answer;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.newsqa.index.Vectors;

/**
 * Embeds questions, keeping the vectors of recent questions in a bounded cache: popular
 * questions repeat, and the model call is most of the cost of an answer.
 */
public final class QueryEncoder {

    private final EmbeddingModel model;
    private final Cache<String, float[]> cache;

    public QueryEncoder(EmbeddingModel model, int cacheSize) {
        this.model = model;
        this.cache = Caffeine.newBuilder().maximumSize(cacheSize).build();
    }

    public float[] encode(String text) {
        return cache.get(text, t -> Vectors.unit(model.embed(t).content().vector()));
    }
}
