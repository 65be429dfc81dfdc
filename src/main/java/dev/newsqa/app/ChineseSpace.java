package dev.newsqa.app;

import dev.newsqa.model.BgeSmallZhEmbeddingModel;

/**
 * The model of the second vector space ({@code VectorSpace.BGE_ZH}), or none when {@code qa.languages.chinese-space}
 * is off; a holder, so that the model is not a second {@code EmbeddingModel} bean beside MiniLM.
 */
public record ChineseSpace(BgeSmallZhEmbeddingModel model) {

    public boolean on() {
        return model != null;
    }
}
