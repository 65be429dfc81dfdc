package dev.newsqa.index;

import dev.newsqa.ingest.Language;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A question analysed once for everything that reads it: for each field of {@link LanguageAnalyzers#FIELDS} its
 * distinct terms in order with their BM25 IDF in this corpus, and its unit-length vector
 * in one {@link VectorSpace}. Retrieval builds its Lucene
 * query from these terms, extract choice measures coverage with these weights, and nothing analyses it again.
 */
public record AnalyzedQuery(String text, Map<String, Map<String, Double>> weights, float[] vector, VectorSpace space,
                            Language language) {

    public AnalyzedQuery {
        weights = Map.copyOf(weights);
    }

    /** An English question whose vector (if any) is in the MiniLM space. */
    public AnalyzedQuery(String text, Map<String, Map<String, Double>> weights, float[] vector) {
        this(text, weights, vector, VectorSpace.MINILM, Language.ENGLISH);
    }

    /** The field's terms with their IDF, in the question's order. */
    public Map<String, Double> weights(String field) {
        return weights.getOrDefault(field, Map.of());
    }

    /**
     * The question's word pieces with their IDF as they are matched against passages of a language: its own pieces,
     * and in English passages also those of its words respelled the English way ({@link
     * LanguageAnalyzers#ENGLISH_SPELLED_PIECES}). A new map the caller may change.
     */
    public Map<String, Double> pieceWeights(Language passages) {
        Map<String, Double> out = new LinkedHashMap<>(weights(LanguageAnalyzers.WORD_PIECES));
        if (passages == Language.ENGLISH) {
            out.putAll(weights(LanguageAnalyzers.ENGLISH_SPELLED_PIECES));
        }
        return out;
    }

    public List<String> terms(String field) {
        return List.copyOf(weights(field).keySet());
    }

    public boolean hasTerms() {
        return weights.values().stream().anyMatch(w -> !w.isEmpty());
    }
}
