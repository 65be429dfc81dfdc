package dev.newsqa.answer;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.newsqa.index.Vectors;

import java.util.function.Function;

/**
 * Embeds questions, keeping the vectors of recent questions in a bounded cache: popular
 * questions repeat, and the model call is most of the cost of an answer.
 */
public final class QueryEncoder {

    private final Function<String, float[]> model;
    private final Cache<String, float[]> cache;

    /** Each question embedded by a call of its own. */
    public QueryEncoder(EmbeddingModel model, int cacheSize) {
        this(text -> Vectors.unit(model.embed(text).content().vector()), cacheSize);
    }

    /** Questions asked at the same time embedded together; the batcher's model gives unit vectors. */
    public QueryEncoder(QuestionBatcher batcher, int cacheSize) {
        this((Function<String, float[]>) batcher::embed, cacheSize);
    }

    /** @param model a question's unit-length vector */
    private QueryEncoder(Function<String, float[]> model, int cacheSize) {
        this.model = model;
        this.cache = Caffeine.newBuilder().maximumSize(cacheSize).build();
    }

    /**
     * The unit vector of the text as {@link QuestionText} normalises it: nothing the model cannot embed
     * reaches it.
     *
     * @throws IllegalArgumentException when the text has no words (every channel refuses those before)
     */
    public float[] encode(String text) {
        String clean = QuestionText.normalise(text);
        if (!QuestionText.hasWords(clean)) {
            throw new IllegalArgumentException(QuestionText.NO_WORDS);
        }
        return cache.get(clean, model);
    }
}
