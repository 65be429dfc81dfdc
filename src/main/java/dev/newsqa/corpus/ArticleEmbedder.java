package dev.newsqa.corpus;

import dev.newsqa.index.EmbeddedArticle;
import dev.newsqa.index.Vectors;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.newsqa.ingest.Article;
import dev.newsqa.ingest.Passage;
import dev.newsqa.ingest.Sentence;

import java.util.ArrayList;
import java.util.List;

/** Embeds every passage and sentence of articles in one batch through the in-process model. */
public final class ArticleEmbedder {

    private final EmbeddingModel model;
    private final boolean sentences;

    public ArticleEmbedder(EmbeddingModel model) {
        this(model, true);
    }

    /** @param sentences whether sentences are embedded too, or passages only (see {@code VectorSpace.BGE_ZH}) */
    public ArticleEmbedder(EmbeddingModel model, boolean sentences) {
        this.model = model;
        this.sentences = sentences;
    }

    /** How many sentence vectors an article gets: all its sentences', or none. */
    public int sentenceVectors(Article article) {
        return sentences ? article.sentenceCount() : 0;
    }

    public List<EmbeddedArticle> embed(List<Article> articles) {
        List<TextSegment> segments = new ArrayList<>();
        for (Article article : articles) {
            for (Passage p : article.passages()) {
                segments.add(TextSegment.from(p.searchText()));
            }
            for (Passage p : sentences ? article.passages() : List.<Passage>of()) {
                for (Sentence s : p.sentences()) {
                    segments.add(TextSegment.from(s.searchText()));
                }
            }
        }
        List<Embedding> embeddings = segments.isEmpty() ? List.of() : model.embedAll(segments).content();
        List<EmbeddedArticle> out = new ArrayList<>();
        int next = 0;
        for (Article article : articles) {
            float[][] passages = new float[article.passages().size()][];
            for (int i = 0; i < passages.length; i++) {
                passages[i] = Vectors.unit(embeddings.get(next++).vector());
            }
            float[][] sentenceVectors = new float[sentenceVectors(article)][];
            for (int i = 0; i < sentenceVectors.length; i++) {
                sentenceVectors[i] = Vectors.unit(embeddings.get(next++).vector());
            }
            out.add(new EmbeddedArticle(article, passages, sentenceVectors));
        }
        return out;
    }
}
