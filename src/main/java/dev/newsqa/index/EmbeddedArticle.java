package dev.newsqa.index;

import dev.newsqa.ingest.Article;

/**
 * An article with one unit-length vector per passage and one per sentence (sentences in
 * passage order, flattened).
 */
public record EmbeddedArticle(Article article, float[][] passageVectors, float[][] sentenceVectors) {

    public EmbeddedArticle {
        if (passageVectors.length != article.passages().size() || sentenceVectors.length != article.sentenceCount()) {
            throw new IllegalArgumentException("vector count does not match " + article.source());
        }
    }
}
