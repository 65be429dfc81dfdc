package dev.newsqa.index;

import dev.newsqa.ingest.Article;
import dev.newsqa.ingest.Language;
import dev.newsqa.ingest.Passage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
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
    private final Map<VectorSpace, LocalVectorRetriever> local;
    /** MiniLM's searches: in memory, or in the shared store. */
    private final PassageRetriever vectors;
    private final LexicalIndex lexical;

    private CorpusIndex(Map<String, Article> articles, Map<String, IndexedPassage> passages,
                        Map<VectorSpace, LocalVectorRetriever> local,
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
        return build(Map.of(VectorSpace.MINILM, embedded), analyzers, vectorSearch);
    }

    /**
     * @param spaces       the articles embedded in each space, the same articles in the same order in each; MiniLM's
     *                     is required
     * @param vectorSearch where MiniLM vector searches go: the in-memory vectors, or a store shared by the replicas
     *                     (the other spaces are searched in memory)
     */
    public static CorpusIndex build(Map<VectorSpace, List<EmbeddedArticle>> spaces, LanguageAnalyzers analyzers,
                                    VectorSearch vectorSearch) {
        List<EmbeddedArticle> embedded = spaces.get(VectorSpace.MINILM);
        if (embedded == null) {
            throw new IllegalArgumentException("an index needs the MiniLM vectors of its articles");
        }
        spaces.forEach((space, list) -> {
            boolean same = list.size() == embedded.size();
            for (int i = 0; same && i < list.size(); i++) {
                same = list.get(i).article().source().equals(embedded.get(i).article().source());
            }
            if (!same) {
                throw new IllegalArgumentException(space + " vectors are not of the same articles as MiniLM's");
            }
        });
        Map<String, Article> articles = new LinkedHashMap<>();
        Map<String, IndexedPassage> passages = new LinkedHashMap<>();
        Map<String, String> termPool = new HashMap<>();
        List<String> ids = new ArrayList<>();
        Map<VectorSpace, List<float[]>> vectors = new EnumMap<>(VectorSpace.class);
        spaces.keySet().forEach(space -> vectors.put(space, new ArrayList<>()));
        for (int a = 0; a < embedded.size(); a++) {
            Article article = embedded.get(a).article();
            articles.put(article.source(), article);
            int sentence = 0;
            AnalyzedText topic = article.title().isBlank() ? AnalyzedText.NONE
                    : AnalyzedText.of(analyzers, article.title(), article.language(), termPool);
            boolean topicIsName = Article.isName(article.title());
            for (int i = 0; i < article.passages().size(); i++) {
                Passage p = article.passages().get(i);
                Map<VectorSpace, float[][]> sentenceVectors = new EnumMap<>(VectorSpace.class);
                for (Map.Entry<VectorSpace, List<EmbeddedArticle>> space : spaces.entrySet()) {
                    EmbeddedArticle e = space.getValue().get(a);
                    if (e.hasSentenceVectors()) {
                        float[][] sv = new float[p.sentences().size()][];
                        System.arraycopy(e.sentenceVectors(), sentence, sv, 0, sv.length);
                        sentenceVectors.put(space.getKey(), sv);
                    }
                    vectors.get(space.getKey()).add(e.passageVectors()[i]);
                }
                sentence += p.sentences().size();
                passages.put(p.id(), new IndexedPassage(p, sentenceVectors,
                        AnalyzedText.of(analyzers, p.searchText(), p.language(), termPool),
                        p.sentences().stream().map(s -> AnalyzedText.of(analyzers, s.searchText(), p.language(), termPool))
                                .toArray(AnalyzedText[]::new), topic, topicIsName, nameHeadings(p)));
                ids.add(p.id());
            }
        }
        Map<VectorSpace, LocalVectorRetriever> local = new EnumMap<>(VectorSpace.class);
        vectors.forEach((space, list) -> local.put(space, new LocalVectorRetriever(new FlatVectorIndex(ids, list),
                space == VectorSpace.MINILM ? LocalVectorRetriever.MIN_COSINE : LocalVectorRetriever.MIN_COSINE_BGE)));
        LexicalIndex lexical = LexicalIndex.build(analyzers,
                passages.values().stream().map(IndexedPassage::passage).toList());
        return new CorpusIndex(Collections.unmodifiableMap(articles), Collections.unmodifiableMap(passages), local,
                vectorSearch.over(local.get(VectorSpace.MINILM)), lexical);
    }

    /** Which of a passage's sentences are a title or heading that is only a name ({@link Article#isName}). */
    private static boolean[] nameHeadings(Passage p) {
        boolean[] out = new boolean[p.sentences().size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = p.sentences().get(i).heading() && Article.isName(p.sentences().get(i).text());
        }
        return out;
    }

    /** A question's one analysis against this corpus: its terms per field with their IDF here, and its vector. */
    public AnalyzedQuery analyze(String question, float[] vector) {
        return lexical.analyze(question, vector);
    }

    /**
     * The same for a question of a known language, with its translations into the corpus's other languages (see
     * {@link LexicalIndex#analyze(String, Language, Map, float[], VectorSpace)}) and a vector in {@code space}.
     */
    public AnalyzedQuery analyze(String question, Language language, Map<Language, String> translations, float[] vector,
                                 VectorSpace space) {
        return lexical.analyze(question, language, translations, vector, space);
    }

    /** A text's word pieces, as the passages of languages indexed in pieces are ({@link LexicalIndex#pieces}). */
    public List<String> pieces(String text) {
        return lexical.pieces(text);
    }

    /**
     * Passages by vector similarity in the question's space: MiniLM's in memory or in the shared store with the
     * memory as fallback, the others in memory; none in a space this index does not hold.
     */
    public PassageRetriever vectors() {
        return (question, max) -> {
            if (question.space() == VectorSpace.MINILM) {
                return vectors.retrieve(question, max);
            }
            LocalVectorRetriever space = local.get(question.space());
            return space == null ? List.of() : space.retrieve(question, max);
        };
    }

    /** Whether the articles are embedded in this space, so that a question can be compared in it. */
    public boolean holds(VectorSpace space) {
        return local.containsKey(space);
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

    /** A copy of a passage's MiniLM vector (what the shared store holds). */
    public float[] passageVector(String id) {
        return local.get(VectorSpace.MINILM).vector(id);
    }

    /** The cosine of a unit-length question vector of a space this index holds with a passage's vector in it. */
    public float cosine(VectorSpace space, float[] question, String passageId) {
        return local.get(space).cosine(question, passageId);
    }

    public int passageCount() {
        return passages.size();
    }
}
