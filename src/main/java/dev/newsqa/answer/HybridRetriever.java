package dev.newsqa.answer;

import dev.newsqa.index.CorpusIndex;
import dev.newsqa.index.LexicalIndex;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds candidate passages with both retrievers and fuses their rankings by reciprocal rank
 * fusion (k = 60), which needs no score calibration between BM25 and cosine similarity.
 */
public final class HybridRetriever {

    private static final int RRF_K = 60;

    private final int perRetriever;

    public HybridRetriever(int perRetriever) {
        this.perRetriever = perRetriever;
    }

    /**
     * @param favoured sources a conversation is about: their passages get one extra first-rank
     *                 vote, so that a follow-up stays with the article of the previous turn
     */
    List<Candidate> retrieve(CorpusIndex index, String query, float[] queryVector, Set<String> favoured) {
        Map<String, Integer> vectorRanks = new HashMap<>();
        Map<String, Float> bm25 = new HashMap<>();
        Map<String, Integer> lexicalRanks = new HashMap<>();
        List<CorpusIndex.VectorHit> vectorHits = index.searchVectors(queryVector, perRetriever);
        for (int i = 0; i < vectorHits.size(); i++) {
            vectorRanks.put(vectorHits.get(i).passageId(), i + 1);
        }
        List<LexicalIndex.Hit> lexicalHits = index.searchLexical(query, perRetriever);
        for (int i = 0; i < lexicalHits.size(); i++) {
            lexicalRanks.put(lexicalHits.get(i).passageId(), i + 1);
            bm25.put(lexicalHits.get(i).passageId(), lexicalHits.get(i).score());
        }
        Set<String> ids = new java.util.LinkedHashSet<>(vectorRanks.keySet());
        ids.addAll(lexicalRanks.keySet());
        List<Candidate> out = new ArrayList<>();
        for (String id : ids) {
            int v = vectorRanks.getOrDefault(id, 0);
            int l = lexicalRanks.getOrDefault(id, 0);
            double fused = (v > 0 ? 1.0 / (RRF_K + v) : 0) + (l > 0 ? 1.0 / (RRF_K + l) : 0);
            var passage = index.passage(id);
            if (favoured.contains(passage.source())) {
                fused += 1.0 / (RRF_K + 1);
            }
            float cosine = index.cosine(queryVector, id);
            out.add(new Candidate(passage, fused, cosine, bm25.getOrDefault(id, 0f), v, l));
        }
        out.sort(Comparator.comparingDouble(Candidate::fused).reversed());
        return out;
    }
}
