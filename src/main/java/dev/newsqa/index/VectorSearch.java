package dev.newsqa.index;

/**
 * Where an index's vector searches go, given its in-memory vectors: to those ({@link #LOCAL}), or to a store shared
 * by the replicas that falls back to them.
 */
@FunctionalInterface
public interface VectorSearch {

    VectorSearch LOCAL = local -> local;

    PassageRetriever over(LocalVectorRetriever local);
}
