package dev.newsqa.answer;

import dev.newsqa.index.IndexedPassage;
import dev.newsqa.ingest.Passage;

/**
 * A passage after fusion of the two retrievers, with the evidence each gave (rank 0 = not found) and what extract
 * choice reads of it. {@code readingCosine} is its cosine with the vector sentences are compared with: the
 * question's own, or for a follow-up the blend of the question read in context and of what it asks itself.
 */
public record Candidate(IndexedPassage indexed, double fused, float cosine, float readingCosine, float bm25,
                        int vectorRank, int lexicalRank) {

    public Passage passage() {
        return indexed.passage();
    }

    public boolean foundByBoth(int within) {
        return vectorRank > 0 && vectorRank <= within && lexicalRank > 0 && lexicalRank <= within;
    }
}
