package dev.newsqa.answer;

import dev.newsqa.ingest.Passage;

/**
 * A passage after fusion of the two retrievers, with the evidence each gave (rank 0 = not found).
 */
public record Candidate(Passage passage, double fused, float cosine, float bm25, int vectorRank, int lexicalRank) {

    public boolean foundByBoth(int within) {
        return vectorRank > 0 && vectorRank <= within && lexicalRank > 0 && lexicalRank <= within;
    }
}
