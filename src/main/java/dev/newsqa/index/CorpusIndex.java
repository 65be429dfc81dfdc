package dev.newsqa.index;

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

/**
 * One immutable, fully built view of the corpus: the articles, each passage with what answering reads of it
 * ({@link IndexedPassage}), and the two retrievers over them — BM25 over an in-memory Lucene index and the passage
 * vectors (searched exactly in memory, {@link FlatVectorIndex}, or in a store shared by the replicas with the
 * in-memory vectors as fallback, as {@link VectorSearch} says). Re-indexing builds a new one beside it and swaps the
 * reference, so a reader never sees a half-built index.
 */
public final class CorpusIndex {

    private final Map<String, Article> articles;
    private final Map<String, IndexedPassage> passages;
    private final LocalVectorRetriever local;
    private final PassageRetriever vectors;
    private final LexicalIndex lexical;

    private CorpusIndex(Map<String, Article> articles, Map<String, IndexedPassage> passages, LocalVectorRetriever local,
                        PassageRetriever vectors, LexicalIndex lexical) {
        this.articles = articles;
        this.passages = passages;
        this.local = local;
        this.vectors = vectors;
        this.lexical = lexical;
    }

    public static CorpusIndex build(List<EmbeddedArticle> embedded, LanguageAnalyzers analyzers) {
        return build(embedded, analyzers, VectorSearch.LOCAL);
    }

    /** @param vectorSearch where vector searches go: the in-memory vectors, or a store shared by the replicas */
    public static CorpusIndex build(List<EmbeddedArticle> embedded, LanguageAnalyzers analyzers, VectorSearch vectorSearch) {
        Map<String, Article> articles = new LinkedHashMap<>();
        Map<String, IndexedPassage> passages = new LinkedHashMap<>();
        Map<String, String> termPool = new HashMap<>();
        List<String> ids = new ArrayList<>();
        List<float[]> vectors = new ArrayList<>();
        for (EmbeddedArticle e : embedded) {
            Article article = e.article();
            articles.put(article.source(), article);
            int sentence = 0;
            for (int i = 0; i < article.passages().size(); i++) {
                Passage p = article.passages().get(i);
                float[][] sv = new float[p.sentences().size()][];
                for (int j = 0; j < sv.length; j++) {
                    sv[j] = e.sentenceVectors()[sentence++];
                }
                passages.put(p.id(), new IndexedPassage(p, sv,
                        AnalyzedText.of(analyzers, p.searchText(), p.language(), termPool),
                        p.sentences().stream().map(s -> AnalyzedText.of(analyzers, s.searchText(), p.language(), termPool))
                                .toArray(AnalyzedText[]::new)));
                ids.add(p.id());
                vectors.add(e.passageVectors()[i]);
            }
        }
        LocalVectorRetriever local = new LocalVectorRetriever(new FlatVectorIndex(ids, vectors));
        LexicalIndex lexical = LexicalIndex.build(analyzers,
                passages.values().stream().map(IndexedPassage::passage).toList());
        return new CorpusIndex(Collections.unmodifiableMap(articles), Collections.unmodifiableMap(passages), local,
                vectorSearch.over(local), lexical);
    }

    /** A question's one analysis against this corpus: its terms per field with their IDF here, and its vector. */
    public AnalyzedQuery analyze(String question, float[] vector) {
        return lexical.analyze(question, vector);
    }

    /** Passages by vector similarity: in memory, or in the shared store with the memory as fallback. */
    public PassageRetriever vectors() {
        return vectors;
    }

    /** Passages by BM25. */
    public PassageRetriever lexical() {
        return lexical;
    }

    public Collection<Article> articles() {
        return articles.values();
    }

    public Optional<Article> article(String source) {
        return Optional.ofNullable(articles.get(source));
    }

    public IndexedPassage passage(String id) {
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

    public int passageCount() {
        return passages.size();
    }
}
