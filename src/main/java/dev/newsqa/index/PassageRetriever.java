package dev.newsqa.index;

import java.util.List;

/**
 * Finds the passages nearest to an analysed question, best first. The variants: the lexical index (BM25), the
 * in-memory vectors ({@link LocalVectorRetriever}), and the shared store's vectors with the in-memory ones as their
 * fallback ({@code store.SharedVectorRetriever}).
 */
public interface PassageRetriever {

    List<PassageHit> retrieve(AnalyzedQuery query, int max);
}
