package dev.newsqa.answer;

import dev.newsqa.index.IndexedPassage;
import dev.newsqa.ingest.Language;
import dev.newsqa.ingest.Passage;

/**
 * A passage after fusion of the two retrievers, with the evidence each gave (rank 0 = not found) and what extract
 * choice reads of it. {@code readingCosine} is its cosine with the vector sentences are compared with: the
 * question's own, or for a follow-up the blend of the question read in context and of what it asks itself. Each
 * retriever's rank is given twice: among all the passages it found ({@code vectorRank}, {@code lexicalRank}, which
 * fusion reads) and among those of the passage's own language ({@code vectorRankInLanguage},
 * {@code lexicalRankInLanguage}).
 */
public record Candidate(IndexedPassage indexed, double fused, float cosine, float readingCosine, float bm25,
                        int vectorRank, int lexicalRank, int vectorRankInLanguage, int lexicalRankInLanguage) {

    public Passage passage() {
        return indexed.passage();
    }

    /**
     * Whether both retrievers ranked the passage among their first {@code within}: among all passages when it is in
     * the question's language, among those of its own language when it is not. In a corpus of two languages a
     * question's own language crowds the top of both rankings (its words, and MiniLM's cosines, meet text of its
     * language more, whatever it says), so that a passage of the other language, however right, was seldom in both
     * first five; and the confidence of a reading across languages (German over English, …) was fitted on a corpus of
     * the passage's language alone, where the two ranks are the same. A reading within one language keeps the ranks it
     * was fitted on (English over English on the seeds, German ones among them).
     */
    public boolean foundByBoth(int within, Language question) {
        boolean own = question == passage().language();
        int vector = own ? vectorRank : vectorRankInLanguage;
        int lexical = own ? lexicalRank : lexicalRankInLanguage;
        return vector > 0 && vector <= within && lexical > 0 && lexical <= within;
    }
}
