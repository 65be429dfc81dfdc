package dev.newsqa.store;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.EmbeddingStore;
import dev.newsqa.index.AnalyzedQuery;
import dev.newsqa.index.LocalVectorRetriever;
import dev.newsqa.index.PassageHit;
import dev.newsqa.index.PassageRetriever;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * Vector search in the store the replicas share. Its hits are kept where this replica's index holds the passage (a
 * replica that has not yet picked up an article another one added does not cite it) and ranked by the exact cosine
 * of the local vectors. When the store cannot be searched, or has not yet been found to hold vectors of this replica's
 * build, the search goes to the local vectors.
 */
final class SharedVectorRetriever implements PassageRetriever {

    private static final Logger LOG = Logger.getLogger(SharedVectorRetriever.class);
    private static final AtomicLong LAST_FALLBACK_WARNING = new AtomicLong();
    /** Extra hits asked of the store, for those that this replica does not hold (yet). */
    private static final int SHARED_MARGIN = 8;
    /** The local search's floor as a LangChain4j store's relevance, (cosine + 1) / 2. */
    private static final double MIN_RELEVANCE = (LocalVectorRetriever.MIN_COSINE + 1) / 2.0;

    private final EmbeddingStore<TextSegment> store;
    private final LocalVectorRetriever local;
    private final BooleanSupplier searchable;

    /** @param searchable whether the store has been checked to hold vectors of this replica's build */
    SharedVectorRetriever(EmbeddingStore<TextSegment> store, LocalVectorRetriever local, BooleanSupplier searchable) {
        this.store = store;
        this.local = local;
        this.searchable = searchable;
    }

    @Override
    public List<PassageHit> retrieve(AnalyzedQuery query, int max) {
        if (!searchable.getAsBoolean()) {
            return local.retrieve(query, max);
        }
        try {
            return searchStore(query.vector(), max);
        } catch (RuntimeException e) {
            long now = System.nanoTime();
            long last = LAST_FALLBACK_WARNING.get();
            if (now - last > TimeUnit.MINUTES.toNanos(1) && LAST_FALLBACK_WARNING.compareAndSet(last, now)) {
                LOG.warnf("the shared vector store cannot be searched (%s): searching this replica's copy", e.getMessage());
            }
            return local.retrieve(query, max);
        }
    }

    private List<PassageHit> searchStore(float[] question, int max) {
        List<PassageHit> hits = new ArrayList<>();
        EmbeddingSearchRequest request = EmbeddingSearchRequest.builder()
                .queryEmbedding(Embedding.from(question)).maxResults(max + SHARED_MARGIN).minScore(MIN_RELEVANCE).build();
        for (EmbeddingMatch<TextSegment> match : store.search(request).matches()) {
            if (hits.size() == max) {
                break;
            }
            if (!local.contains(match.embeddingId())) {
                continue;
            }
            // the store reports (cosine + 1) / 2; the answer logic reasons in plain cosine
            hits.add(new PassageHit(match.embeddingId(), local.cosine(question, match.embeddingId())));
        }
        // ranked by the exact cosine of this replica's vectors: the engine's approximate scores may swap near ties
        hits.sort(Comparator.comparingDouble(PassageHit::score).reversed());
        return hits;
    }
}
