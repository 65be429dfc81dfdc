package dev.newsqa.answer;

import dev.newsqa.index.PassageHit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reciprocal rank fusion: each ranking gives a passage 1 / (k + rank), summed over the rankings; it needs no
 * calibration between BM25 scores and cosines. A pure function of its inputs.
 */
final class ReciprocalRankFusion {

    /** The usual constant: a first rank is worth little more than a fifth one, so one retriever cannot decide alone. */
    static final int K = 60;

    /** One passage after fusion: its summed score and its rank in each input ranking (1-based, 0 when absent). */
    record Fused(String passageId, double score, int[] ranks) {
    }

    private ReciprocalRankFusion() {
    }

    /** Best first; passages with equal scores keep the order in which the rankings first name them. */
    static List<Fused> fuse(List<List<PassageHit>> rankings, int k) {
        Map<String, int[]> ranks = new LinkedHashMap<>();
        for (int r = 0; r < rankings.size(); r++) {
            List<PassageHit> ranking = rankings.get(r);
            for (int i = 0; i < ranking.size(); i++) {
                ranks.computeIfAbsent(ranking.get(i).passageId(), id -> new int[rankings.size()])[r] = i + 1;
            }
        }
        List<Fused> out = new ArrayList<>(ranks.size());
        ranks.forEach((id, rs) -> {
            double score = 0;
            for (int rank : rs) {
                score += rank > 0 ? 1.0 / (k + rank) : 0;
            }
            out.add(new Fused(id, score, rs));
        });
        out.sort(Comparator.comparingDouble(Fused::score).reversed());
        return out;
    }

    /** The score of a first rank in one more ranking: what a favoured passage gains. */
    static double firstRankVote(int k) {
        return 1.0 / (k + 1);
    }
}
