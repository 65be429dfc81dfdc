package dev.newsqa.index;

import dev.newsqa.ingest.Passage;

import java.util.Arrays;
import java.util.List;

/**
 * A passage with what answering reads of it, computed once when the index is built: its sentences' vectors and
 * the analysed terms of the passage and of each sentence. A retrieved candidate carries it, so choosing an extract
 * never goes back to the index.
 */
public record IndexedPassage(Passage passage, float[][] sentenceVectors, AnalyzedText terms,
                             AnalyzedText[] sentenceTerms) {

    public IndexedPassage {
        if (sentenceVectors.length != passage.sentences().size() || sentenceTerms.length != passage.sentences().size()) {
            throw new IllegalArgumentException("one vector and one analysis per sentence of " + passage.id());
        }
    }

    /** The analysed terms of sentences {@code from..to} (inclusive), one entry per sentence. */
    public List<AnalyzedText> sentenceTerms(int from, int to) {
        return Arrays.asList(sentenceTerms).subList(from, to + 1);
    }
}
