package dev.newsqa.index;

/** One passage a retriever found, with its score: a cosine for vector retrievers, BM25 for the lexical one. */
public record PassageHit(String passageId, float score) {
}
