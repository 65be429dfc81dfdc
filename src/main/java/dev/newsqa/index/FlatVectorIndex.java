package dev.newsqa.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Exact nearest passages by cosine similarity over unit-length vectors: one dot product per passage and a bounded
 * heap of the best k, without allocating per passage. It replaces LangChain4j's {@code InMemoryEmbeddingStore} for
 * the local search because that store, for every question, computes each cosine with both norms and pushes every
 * passage above the minimum score through a {@code PriorityQueue} of match objects: a fifth of the Java CPU time
 * of a served question at 5,000 passages (JFR), for the same ranking.
 * <p>
 * From {@link #GRAPH_FROM} passages on, the scan itself (7.7 MB of vectors read per question at 5,000 passages,
 * 1–3 ms depending on what else ran on the core) gives way to Lucene's HNSW graph: it proposes the
 * {@link #GRAPH_CANDIDATES} nearest passages, which are then scored exactly like the scan would.
 */
final class FlatVectorIndex {

    /** Passages from which a search goes through the graph; below it the exact scan is as fast. */
    static final int GRAPH_FROM = 2000;
    /** Candidates the graph proposes per search, well above the hits asked for, so that its misses are rare. */
    static final int GRAPH_CANDIDATES = 100;

    private final String[] ids;
    private final Map<String, Integer> rows;
    /** The vectors one after the other in one array, read front to back by every search (the cache prefetches it). */
    private final float[] matrix;
    private final int dimension;
    /** Null below {@link #GRAPH_FROM} passages. */
    private final GraphCandidates graph;

    FlatVectorIndex(List<String> ids, List<float[]> vectors) {
        if (ids.size() != vectors.size()) {
            throw new IllegalArgumentException("one vector per id");
        }
        this.ids = ids.toArray(String[]::new);
        this.rows = new HashMap<>(ids.size() * 2);
        for (int i = 0; i < this.ids.length; i++) {
            rows.put(this.ids[i], i);
        }
        this.dimension = vectors.isEmpty() ? 0 : vectors.get(0).length;
        this.matrix = new float[vectors.size() * dimension];
        for (int i = 0; i < vectors.size(); i++) {
            if (vectors.get(i).length != dimension) {
                throw new IllegalArgumentException("vectors of different lengths");
            }
            System.arraycopy(vectors.get(i), 0, matrix, i * dimension, dimension);
        }
        this.graph = vectors.size() >= GRAPH_FROM ? new GraphCandidates(matrix, vectors.size(), dimension) : null;
    }

    /** Whether searches go through the graph rather than the full scan. */
    boolean searchesGraph() {
        return graph != null;
    }

    boolean contains(String id) {
        return rows.containsKey(id);
    }

    /** The cosine of a unit-length question vector with a passage's vector. */
    float cosine(float[] question, String id) {
        return Vectors.dot(question, matrix, rows.get(id) * dimension);
    }

    /** A copy of a passage's vector. */
    float[] vector(String id) {
        int from = rows.get(id) * dimension;
        return Arrays.copyOfRange(matrix, from, from + dimension);
    }

    /** The ids of the {@code k} most similar passages with cosine at least {@code minCosine}, best first. */
    List<PassageHit> top(float[] question, int k, float minCosine) {
        if (k <= 0 || ids.length == 0) {
            return List.of();
        }
        if (question.length != dimension) {
            throw new IllegalArgumentException("a question vector of " + question.length + " dimensions, not " + dimension);
        }
        int[] heap = new int[k];
        float[] scores = new float[k];
        int size = 0;
        int[] candidates = graph == null ? null : graph.nearest(question, Math.max(k, GRAPH_CANDIDATES));
        int n = candidates == null ? ids.length : candidates.length;
        for (int c = 0; c < n; c++) {
            int i = candidates == null ? c : candidates[c];
            float s = Vectors.dot(question, matrix, i * dimension);
            if (s < minCosine) {
                continue;
            }
            if (size < k) {
                heap[size] = i;
                scores[size] = s;
                siftUp(heap, scores, size++);
            } else if (s > scores[0]) {
                heap[0] = i;
                scores[0] = s;
                siftDown(heap, scores, size);
            }
        }
        List<PassageHit> out = new ArrayList<>(size);
        while (size > 0) {
            out.add(new PassageHit(ids[heap[0]], scores[0]));
            heap[0] = heap[--size];
            scores[0] = scores[size];
            siftDown(heap, scores, size);
        }
        java.util.Collections.reverse(out);
        return out;
    }

    /** A min-heap on score; on equal scores the later passage is the smaller, so earlier passages win ties. */
    private static boolean less(int[] heap, float[] scores, int a, int b) {
        return scores[a] < scores[b] || (scores[a] == scores[b] && heap[a] > heap[b]);
    }

    private static void siftUp(int[] heap, float[] scores, int i) {
        while (i > 0) {
            int parent = (i - 1) / 2;
            if (!less(heap, scores, i, parent)) {
                return;
            }
            swap(heap, scores, i, parent);
            i = parent;
        }
    }

    private static void siftDown(int[] heap, float[] scores, int size) {
        int i = 0;
        while (true) {
            int left = 2 * i + 1;
            int smallest = i;
            if (left < size && less(heap, scores, left, smallest)) {
                smallest = left;
            }
            if (left + 1 < size && less(heap, scores, left + 1, smallest)) {
                smallest = left + 1;
            }
            if (smallest == i) {
                return;
            }
            swap(heap, scores, i, smallest);
            i = smallest;
        }
    }

    private static void swap(int[] heap, float[] scores, int a, int b) {
        int h = heap[a];
        heap[a] = heap[b];
        heap[b] = h;
        float s = scores[a];
        scores[a] = scores[b];
        scores[b] = s;
    }
}
