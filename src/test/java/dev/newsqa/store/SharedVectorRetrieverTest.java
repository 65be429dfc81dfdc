package dev.newsqa.store;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.EmbeddingSearchResult;
import dev.langchain4j.store.embedding.EmbeddingStore;
import dev.newsqa.config.StandaloneConfig;
import dev.newsqa.index.AnalyzedQuery;
import dev.newsqa.index.CorpusIndex;
import dev.newsqa.index.EmbeddedArticle;
import dev.newsqa.index.LanguageAnalyzers;
import dev.newsqa.index.PassageHit;
import dev.newsqa.index.Vectors;
import dev.newsqa.ingest.Article;
import dev.newsqa.ingest.ArticleParser;
import dev.newsqa.ingest.DocumentFolderReader;
import dev.newsqa.ingest.DocumentsConfig;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/** The shared store is searched only once it has been found to hold vectors of this replica's build. */
class SharedVectorRetrieverTest {

    /** A store that counts its searches and finds every passage it is asked about. */
    private static final class CountingStore implements EmbeddingStore<TextSegment> {
        int searches;

        @Override
        public EmbeddingSearchResult<TextSegment> search(EmbeddingSearchRequest request) {
            searches++;
            return new EmbeddingSearchResult<>(List.of(new EmbeddingMatch<>(0.9, "a.txt#0", null, null)));
        }

        @Override
        public String add(Embedding embedding) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void add(String id, Embedding embedding) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String add(Embedding embedding, TextSegment segment) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<String> addAll(List<Embedding> embeddings) {
            throw new UnsupportedOperationException();
        }
    }

    @Test
    void searchesStayLocalUntilTheStoresBuildIsChecked() {
        String text = "Depot news\n\nThe depot counted 120 trams on Monday, the operator said.\n";
        Article article = new ArticleParser(StandaloneConfig.mapping(DocumentsConfig.class).splitSettings())
                .parse("a.txt", text, DocumentFolderReader.sha256(text.getBytes(StandardCharsets.UTF_8)));
        float[] v = Vectors.unit(new float[] {1, 0, 0, 0});
        float[][] passages = article.passages().stream().map(p -> v).toArray(float[][]::new);
        float[][] sentences = article.passages().stream().flatMap(p -> p.sentences().stream()).map(s -> v)
                .toArray(float[][]::new);
        CountingStore store = new CountingStore();
        AtomicBoolean checked = new AtomicBoolean(false);
        CorpusIndex index = CorpusIndex.build(List.of(new EmbeddedArticle(article, passages, sentences)),
                new LanguageAnalyzers(), local -> new SharedVectorRetriever(store, local, checked::get));
        AnalyzedQuery question = new AnalyzedQuery("trams", Map.of(), v);

        List<PassageHit> local = index.vectors().retrieve(question, 3);
        assertThat(store.searches).isZero();
        assertThat(local).isNotEmpty();

        checked.set(true);
        List<PassageHit> shared = index.vectors().retrieve(question, 3);
        assertThat(store.searches).isEqualTo(1);
        assertThat(shared).extracting(PassageHit::passageId).containsExactly("a.txt#0");
    }
}
