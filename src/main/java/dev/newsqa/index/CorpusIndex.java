package dev.newsqa.index;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.EmbeddingStore;
import dev.newsqa.ingest.Article;
import dev.newsqa.ingest.Passage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * One immutable, fully built view of the corpus: the articles, the Lucene index and the vectors
 * of their passages (searched exactly, see {@link FlatVectorIndex}), and the sentence vectors for choosing extracts. Re-indexing builds a
 * new one beside it and swaps the reference, so a reader never sees a half-built index.
 * <p>
 * With a shared store, vector searches go to it, and its hits are kept where this index holds the passage (a
 * replica that has not yet picked up an article another one added does not cite it). When the shared store
 * cannot be reached, the search falls back to the in-memory vectors of the same passages.
 */
public final class CorpusIndex {

    private static final Logger LOG = Logger.getLogger(CorpusIndex.class);
    private static final AtomicLong LAST_FALLBACK_WARNING = new AtomicLong();
    /** Extra hits asked of the shared store, for those that this replica does not hold (yet). */
    private static final int SHARED_MARGIN = 8;

    /** A passage found by vector similarity, with its cosine similarity to the question. */
    public record VectorHit(String passageId, float cosine) {
    }

    /** Passages below this cosine are never evidence for an answer. */
    private static final float MIN_COSINE = 0.15f;
    /** The same floor as a LangChain4j store's relevance, (cosine + 1) / 2. */
    private static final double MIN_RELEVANCE = (MIN_COSINE + 1) / 2.0;

    private final Map<String, Article> articles;
    private final Map<String, Passage> passages;
    private final Map<String, float[][]> sentenceVectors;
    private final Map<String, AnalyzedText> passageTerms;
    private final Map<String, AnalyzedText[]> sentenceTerms;
    private final FlatVectorIndex local;
    private final LexicalIndex lexical;
    private final EmbeddingStore<TextSegment> shared;

    private CorpusIndex(Map<String, Article> articles, Map<String, Passage> passages,
                        Map<String, float[][]> sentenceVectors, Map<String, AnalyzedText> passageTerms,
                        Map<String, AnalyzedText[]> sentenceTerms, FlatVectorIndex local,
                        LexicalIndex lexical, EmbeddingStore<TextSegment> shared) {
        this.articles = articles;
        this.passages = passages;
        this.sentenceVectors = sentenceVectors;
        this.passageTerms = passageTerms;
        this.sentenceTerms = sentenceTerms;
        this.local = local;
        this.lexical = lexical;
        this.shared = shared;
    }

    public static CorpusIndex build(List<EmbeddedArticle> embedded, LanguageAnalyzers analyzers) {
        return build(embedded, analyzers, Optional.empty());
    }

    /** @param shared where vector searches go when the vectors are shared between replicas */
    public static CorpusIndex build(List<EmbeddedArticle> embedded, LanguageAnalyzers analyzers,
                                    Optional<EmbeddingStore<TextSegment>> shared) {
        Map<String, Article> articles = new LinkedHashMap<>();
        Map<String, Passage> passages = new LinkedHashMap<>();
        Map<String, float[][]> sentenceVectors = new HashMap<>();
        Map<String, AnalyzedText> passageTerms = new HashMap<>();
        Map<String, AnalyzedText[]> sentenceTerms = new HashMap<>();
        Map<String, String> termPool = new HashMap<>();
        List<String> ids = new ArrayList<>();
        List<float[]> vectors = new ArrayList<>();
        for (EmbeddedArticle e : embedded) {
            Article article = e.article();
            articles.put(article.source(), article);
            int sentence = 0;
            for (int i = 0; i < article.passages().size(); i++) {
                Passage p = article.passages().get(i);
                passages.put(p.id(), p);
                float[][] sv = new float[p.sentences().size()][];
                for (int j = 0; j < sv.length; j++) {
                    sv[j] = e.sentenceVectors()[sentence++];
                }
                sentenceVectors.put(p.id(), sv);
                passageTerms.put(p.id(), AnalyzedText.of(analyzers, p.searchText(), p.language(), termPool));
                sentenceTerms.put(p.id(), p.sentences().stream()
                        .map(s -> AnalyzedText.of(analyzers, s.searchText(), p.language(), termPool)).toArray(AnalyzedText[]::new));
                ids.add(p.id());
                vectors.add(e.passageVectors()[i]);
            }
        }
        FlatVectorIndex local = new FlatVectorIndex(ids, vectors);
        LexicalIndex lexical = LexicalIndex.build(analyzers, new ArrayList<>(passages.values()));
        return new CorpusIndex(Collections.unmodifiableMap(articles), Collections.unmodifiableMap(passages),
                sentenceVectors, passageTerms, sentenceTerms, local, lexical, shared.orElse(null));
    }

    public List<VectorHit> searchVectors(float[] question, int max) {
        if (shared != null) {
            try {
                // ranked by the exact cosine of this replica's vectors: the engine's approximate scores may swap near ties
                List<VectorHit> hits = new ArrayList<>(searchShared(question, max));
                hits.sort(java.util.Comparator.comparingDouble(VectorHit::cosine).reversed());
                return hits;
            } catch (RuntimeException e) {
                long now = System.nanoTime();
                long last = LAST_FALLBACK_WARNING.get();
                if (now - last > TimeUnit.MINUTES.toNanos(1) && LAST_FALLBACK_WARNING.compareAndSet(last, now)) {
                    LOG.warnf("the shared vector store cannot be searched (%s): searching this replica's copy", e.getMessage());
                }
            }
        }
        return local.top(question, max, MIN_COSINE);
    }

    private List<VectorHit> searchShared(float[] question, int max) {
        List<VectorHit> hits = new ArrayList<>();
        EmbeddingSearchRequest request = EmbeddingSearchRequest.builder()
                .queryEmbedding(Embedding.from(question)).maxResults(max + SHARED_MARGIN).minScore(MIN_RELEVANCE).build();
        for (EmbeddingMatch<TextSegment> match : shared.search(request).matches()) {
            if (hits.size() == max) {
                break;
            }
            if (!local.contains(match.embeddingId())) {
                continue;
            }
            // the store reports (cosine + 1) / 2; the answer logic reasons in plain cosine
            hits.add(new VectorHit(match.embeddingId(), local.cosine(question, match.embeddingId())));
        }
        return hits;
    }

    public List<LexicalIndex.Hit> searchLexical(String question, int max) {
        return lexical.search(question, max);
    }

    public LexicalIndex lexical() {
        return lexical;
    }

    public Collection<Article> articles() {
        return articles.values();
    }

    public Optional<Article> article(String source) {
        return Optional.ofNullable(articles.get(source));
    }

    public Passage passage(String id) {
        return passages.get(id);
    }

    /** A copy of a passage's vector. */
    public float[] passageVector(String id) {
        return local.vector(id);
    }

    /** The cosine of a unit-length question vector with a passage's vector. */
    public float cosine(float[] question, String passageId) {
        return local.cosine(question, passageId);
    }

    public float[][] sentenceVectors(String passageId) {
        return sentenceVectors.get(passageId);
    }

    public AnalyzedText passageTerms(String passageId) {
        return passageTerms.get(passageId);
    }

    /** The analysed terms of a passage's sentences {@code from..to} (inclusive), one entry per sentence. */
    public List<AnalyzedText> sentenceTerms(String passageId, int from, int to) {
        return java.util.Arrays.asList(sentenceTerms.get(passageId)).subList(from, to + 1);
    }

    public int passageCount() {
        return passages.size();
    }
}
