package dev.newsqa.index;

import java.util.List;

/** The passage vectors of this replica's index, searched exactly in memory (see {@link FlatVectorIndex}). */
public final class LocalVectorRetriever implements PassageRetriever {

    /** Passages below this cosine are never evidence for an answer. */
    public static final float MIN_COSINE = 0.15f;
    /**
     * The same for bge-small-zh-v1.5, whose cosines run higher: unrelated texts meet at 0.2 to 0.4, so this floor
     * only drops what nothing could be made of.
     */
    static final float MIN_COSINE_BGE = 0.2f;

    private final FlatVectorIndex vectors;
    private final float minCosine;

    LocalVectorRetriever(FlatVectorIndex vectors, float minCosine) {
        this.vectors = vectors;
        this.minCosine = minCosine;
    }

    @Override
    public List<PassageHit> retrieve(AnalyzedQuery query, int max) {
        return vectors.top(query.vector(), max, minCosine);
    }

    public boolean contains(String passageId) {
        return vectors.contains(passageId);
    }

    /** The cosine of a unit-length question vector with a passage's vector. */
    public float cosine(float[] question, String passageId) {
        return vectors.cosine(question, passageId);
    }

    /** A copy of a passage's vector. */
    public float[] vector(String passageId) {
        return vectors.vector(passageId);
    }
}
