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

    public ArticleEmbedder(EmbeddingModel model) {
        this.model = model;
    }

    public List<EmbeddedArticle> embed(List<Article> articles) {
        List<TextSegment> segments = new ArrayList<>();
        for (Article article : articles) {
            for (Passage p : article.passages()) {
                segments.add(TextSegment.from(p.searchText()));
            }
            for (Passage p : article.passages()) {
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
            float[][] sentences = new float[article.sentenceCount()][];
            for (int i = 0; i < sentences.length; i++) {
                sentences[i] = Vectors.unit(embeddings.get(next++).vector());
            }
            out.add(new EmbeddedArticle(article, passages, sentences));
        }
        return out;
    }
}
