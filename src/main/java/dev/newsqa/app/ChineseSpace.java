package dev.newsqa.app;

import dev.newsqa.answer.QuestionBatcher;
import dev.newsqa.model.BgeSmallZhEmbeddingModel;

/**
 * The model of the second vector space ({@code VectorSpace.BGE_ZH}) and the batcher its questions are embedded
 * through, or neither when {@code qa.languages.chinese-space} is off; a holder, so that the model is not a second
 * {@code EmbeddingModel} bean beside MiniLM, nor its batcher a second {@code QuestionBatcher}.
 */
public record ChineseSpace(BgeSmallZhEmbeddingModel model, QuestionBatcher questions) {

    static final ChineseSpace OFF = new ChineseSpace(null, null);

    /**
     * The space of this model, its questions embedded with BGE's retrieval instruction in front by one run per core at
     * once, each run taking up to {@code batch} questions that arrived meanwhile, as MiniLM's are. Embedded on their
     * requests' own threads, one run each, 16 concurrent Chinese askers had raised resident memory by 104 MiB at 5,025
     * passages and reached 82 % of the limit the bare models allow; batched, 58 MiB and 94 % (src/docs/performance.md).
     */
    public static ChineseSpace of(BgeSmallZhEmbeddingModel model, int batch) {
        QuestionBatcher questions = new QuestionBatcher("chinese-question-embedding", texts -> model.embedEach(
                texts.stream().map(text -> BgeSmallZhEmbeddingModel.QUERY_INSTRUCTION + text).toList()),
                model.runsAtOnce(), batch);
        return new ChineseSpace(model, questions);
    }

    public boolean on() {
        return model != null;
    }
}
