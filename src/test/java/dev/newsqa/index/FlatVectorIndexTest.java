package dev.newsqa.index;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The exact search ranks like LangChain4j's in-memory store, which it replaces for speed. */
class FlatVectorIndexTest {

    private static float[] random(Random rnd, int dim) {
        float[] v = new float[dim];
        for (int i = 0; i < dim; i++) {
            v[i] = (float) rnd.nextGaussian();
        }
        return Vectors.unit(v);
    }

    @Test
    void ranksLikeLangChain4jsInMemoryStore() {
        Random rnd = new Random(42);
        List<String> ids = new ArrayList<>();
        List<float[]> vectors = new ArrayList<>();
        InMemoryEmbeddingStore<TextSegment> store = new InMemoryEmbeddingStore<>();
        for (int i = 0; i < 1500; i++) {
            float[] v = random(rnd, 48);
            ids.add("p" + i);
            vectors.add(v);
            store.add("p" + i, Embedding.from(v));
        }
        FlatVectorIndex flat = new FlatVectorIndex(ids, vectors);
        for (int q = 0; q < 200; q++) {
            float[] question = random(rnd, 48);
            int k = 1 + q % 30;
            float min = q % 3 == 0 ? 0.15f : -1f;
            List<PassageHit> hits = flat.top(question, k, min);
            List<EmbeddingMatch<TextSegment>> expected = store.search(EmbeddingSearchRequest.builder()
                    .queryEmbedding(Embedding.from(question)).maxResults(k).minScore((min + 1) / 2.0).build()).matches();
            assertThat(hits).hasSameSizeAs(expected);
            for (int i = 0; i < hits.size(); i++) {
                assertThat(hits.get(i).passageId()).isEqualTo(expected.get(i).embeddingId());
                assertThat((hits.get(i).score() + 1) / 2.0).isCloseTo(expected.get(i).score(), within(1e-5));
            }
        }
    }

    @Test
    void aLargeIndexSearchesThroughTheGraphAndScoresExactly() {
        Random rnd = new Random(7);
        int n = FlatVectorIndex.GRAPH_FROM + 1000;
        List<String> ids = new ArrayList<>();
        List<float[]> vectors = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add("p" + i);
            vectors.add(random(rnd, 64));
        }
        FlatVectorIndex graph = new FlatVectorIndex(ids, vectors);
        assertThat(graph.searchesGraph()).isTrue();
        assertThat(new FlatVectorIndex(ids.subList(0, FlatVectorIndex.GRAPH_FROM - 1),
                vectors.subList(0, FlatVectorIndex.GRAPH_FROM - 1)).searchesGraph()).isFalse();
        int found = 0;
        int asked = 0;
        for (int q = 0; q < 100; q++) {
            float[] question = random(rnd, 64);
            List<PassageHit> hits = graph.top(question, 10, -1f);
            assertThat(hits).hasSize(10);
            // exact scores, best first
            for (int i = 0; i < hits.size(); i++) {
                assertThat(hits.get(i).score()).isEqualTo(graph.cosine(question, hits.get(i).passageId()));
                if (i > 0) {
                    assertThat(hits.get(i).score()).isLessThanOrEqualTo(hits.get(i - 1).score());
                }
            }
            // against the true ten nearest, by brute force
            List<String> truth = new ArrayList<>(ids);
            truth.sort(java.util.Comparator.comparingDouble((String id) -> graph.cosine(question, id)).reversed());
            var got = hits.stream().map(PassageHit::passageId).collect(java.util.stream.Collectors.toSet());
            for (String id : truth.subList(0, 10)) {
                asked++;
                found += got.contains(id) ? 1 : 0;
            }
        }
        // random 64-dimensional vectors are the graph's hardest case; sentence embeddings cluster and do better
        assertThat(found / (double) asked).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void fewerPassagesThanAskedAndAnEmptyIndex() {
        float[] a = Vectors.unit(new float[]{1, 0});
        float[] b = Vectors.unit(new float[]{1, 1});
        float[] c = Vectors.unit(new float[]{-1, 0});
        FlatVectorIndex flat = new FlatVectorIndex(List.of("a", "b", "c"), List.of(a, b, c));
        assertThat(flat.top(a, 10, 0.15f)).extracting(PassageHit::passageId).containsExactly("a", "b");
        assertThat(flat.top(a, 0, 0f)).isEmpty();
        assertThat(new FlatVectorIndex(List.of(), List.of()).top(a, 5, 0f)).isEmpty();
    }
}
