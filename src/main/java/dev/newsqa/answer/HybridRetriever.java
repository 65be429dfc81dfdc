package dev.newsqa.answer;

import dev.newsqa.index.AnalyzedQuery;
import dev.newsqa.index.CorpusIndex;
import dev.newsqa.index.IndexedPassage;
import dev.newsqa.index.PassageHit;
import dev.newsqa.ingest.Language;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Candidate passages for a question, in three stages: (1) each retriever of the index — vectors and BM25 —
 * ranks passages for the analysed question; (2) the rankings are fused ({@link ReciprocalRankFusion}); (3) the
 * articles a conversation is about are favoured. Each candidate carries what extract choice reads of its passage.
 */
final class HybridRetriever {

    private final int perRetriever;

    HybridRetriever(int perRetriever) {
        this.perRetriever = perRetriever;
    }

    /**
     * @param readingVector the vector sentences will be compared with (the question's own unless it is a follow-up)
     * @param favoured      sources a conversation is about: their passages get one extra first-rank vote, so that a
     *                      follow-up stays with the article of the previous turn
     */
    List<Candidate> retrieve(CorpusIndex index, AnalyzedQuery question, float[] readingVector, Set<String> favoured) {
        List<PassageHit> vectorHits = index.vectors().retrieve(question, perRetriever);
        List<PassageHit> lexicalHits = index.lexical().retrieve(question, perRetriever);
        List<ReciprocalRankFusion.Fused> fused = favour(index,
                ReciprocalRankFusion.fuse(List.of(vectorHits, lexicalHits), ReciprocalRankFusion.K), favoured);
        Map<String, Float> cosines = scores(vectorHits);
        Map<String, Float> bm25 = scores(lexicalHits);
        Map<String, Integer> vectorInLanguage = ranksInLanguage(index, vectorHits);
        Map<String, Integer> lexicalInLanguage = ranksInLanguage(index, lexicalHits);
        List<Candidate> out = new ArrayList<>(fused.size());
        for (ReciprocalRankFusion.Fused f : fused) {
            IndexedPassage passage = index.passage(f.passageId());
            Float known = cosines.get(f.passageId());
            float cosine = known != null ? known : index.cosine(question.space(), question.vector(), f.passageId());
            float reading = readingVector == question.vector() ? cosine
                    : index.cosine(question.space(), readingVector, f.passageId());
            out.add(new Candidate(passage, f.score(), cosine, reading, bm25.getOrDefault(f.passageId(), 0f),
                    f.ranks()[0], f.ranks()[1], vectorInLanguage.getOrDefault(f.passageId(), 0),
                    lexicalInLanguage.getOrDefault(f.passageId(), 0)));
        }
        return out;
    }

    /** Stage 3: one more first-rank vote for the passages of the favoured articles, then best first again. */
    static List<ReciprocalRankFusion.Fused> favour(CorpusIndex index, List<ReciprocalRankFusion.Fused> fused,
                                                   Set<String> favoured) {
        if (favoured.isEmpty()) {
            return fused;
        }
        List<ReciprocalRankFusion.Fused> out = new ArrayList<>(fused.size());
        for (ReciprocalRankFusion.Fused f : fused) {
            boolean favourite = favoured.contains(index.passage(f.passageId()).passage().source());
            out.add(favourite ? new ReciprocalRankFusion.Fused(f.passageId(),
                    f.score() + ReciprocalRankFusion.firstRankVote(ReciprocalRankFusion.K), f.ranks()) : f);
        }
        out.sort(Comparator.comparingDouble(ReciprocalRankFusion.Fused::score).reversed());
        return out;
    }

    /** Each hit's rank (from 1) among the hits of its passage's language. */
    static Map<String, Integer> ranksInLanguage(CorpusIndex index, List<PassageHit> hits) {
        Map<Language, Integer> seen = new EnumMap<>(Language.class);
        Map<String, Integer> out = new HashMap<>();
        for (PassageHit h : hits) {
            out.put(h.passageId(), seen.merge(index.passage(h.passageId()).passage().language(), 1, Integer::sum));
        }
        return out;
    }

    private static Map<String, Float> scores(List<PassageHit> hits) {
        Map<String, Float> out = new HashMap<>();
        hits.forEach(h -> out.put(h.passageId(), h.score()));
        return out;
    }
}
