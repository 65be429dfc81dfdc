package dev.newsqa.index;

import dev.newsqa.ingest.Article;

/**
 * An article with one unit-length vector per passage and one per sentence (sentences in passage order, flattened),
 * or none for its sentences when its space holds passage vectors only.
 */
public record EmbeddedArticle(Article article, float[][] passageVectors, float[][] sentenceVectors) {

    public EmbeddedArticle {
        if (passageVectors.length != article.passages().size()
                || (sentenceVectors.length != article.sentenceCount() && sentenceVectors.length != 0)) {
            throw new IllegalArgumentException("vector count does not match " + article.source());
        }
    }

    public boolean hasSentenceVectors() {
        return sentenceVectors.length > 0 || article.sentenceCount() == 0;
    }
}
