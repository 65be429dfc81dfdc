package dev.newsqa.index;

import dev.newsqa.ingest.Language;
import dev.newsqa.ingest.LanguageDetector;
import dev.newsqa.ingest.Passage;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * BM25 over the passages in an in-memory Lucene index. Each passage is indexed under its own
 * language's analysis and once more unstemmed; a question is analysed for every field, so a
 * German question meets German passages stemmed the German way and names and numbers match
 * across languages. English and German passages are indexed a third time as pieces of words
 * ({@link LanguageAnalyzers#WORD_PIECES}), which German questions are searched with as well.
 */
public final class LexicalIndex implements PassageRetriever {

    private static final String ID = "id";
    /**
     * The weight of a German question's word pieces beside its words, by the language of the passages they are
     * matched in. Chosen on XQuAD's questions about the even-numbered articles (right passage first / first extract
     * holds the answer, %): German over German, without pieces 85.8 / 72.9, with them at 0.1, 0.3, 1, 2, 4, 8 and 16:
     * 87.7 / 73.5, 88.0 / 73.8, 88.6 / 74.5, 88.6 / 74.8, 89.2 / 75.4, 88.6 / 74.8, 88.6 / 74.8; German over English
     * 58.8 / 46.5, at 0.5, 1, 2 and 4: 69.2 / 53.2, 68.3 / 52.3, 68.0 / 51.7, 67.1 / 51.7. On the odd-numbered
     * articles: German over German 89.9 → 92.5 / 77.9 → 79.5 (at 4), German over English 45.9 → 65.8 / 34.5 → 48.5
     * (at 1). English questions are not searched in pieces: over German articles (weight 1, its reading refitted)
     * they refused 8 points fewer answerable questions of XQuAD's report part but 3 points fewer out-of-corpus ones,
     * and two more of the seeds' 20 held-out traps were answered from the German seed article.
     */
    static final Map<Language, Map<Language, Float>> PIECES_BOOST = Map.of(
            Language.GERMAN, Map.of(Language.GERMAN, 4f, Language.ENGLISH, 1f));
    private static final LanguageDetector DETECTOR = new LanguageDetector();
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.?!])\\s+");
    private final LanguageAnalyzers analyzers;
    private final IndexSearcher searcher;
    private final int passageCount;
    /** The languages of the passages indexed in word pieces here. */
    private final Set<Language> piecesIndexed;
    /** Passage id by Lucene doc id, read once: a search never decompresses stored fields. */
    private final String[] idsByDoc;

    private LexicalIndex(LanguageAnalyzers analyzers, IndexSearcher searcher, int passageCount,
                         Set<Language> piecesIndexed) throws IOException {
        this.analyzers = analyzers;
        this.piecesIndexed = Set.copyOf(piecesIndexed);
        this.searcher = searcher;
        this.passageCount = passageCount;
        IndexReader reader = searcher.getIndexReader();
        this.idsByDoc = new String[reader.maxDoc()];
        StoredFields stored = reader.storedFields();
        for (int doc = 0; doc < idsByDoc.length; doc++) {
            idsByDoc[doc] = stored.document(doc).get(ID);
        }
    }

    public static LexicalIndex build(LanguageAnalyzers analyzers, List<Passage> passages) {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        PerFieldAnalyzerWrapper analyzer = new PerFieldAnalyzerWrapper(new StandardAnalyzer(), analyzers.byField());
        Set<Language> piecesIndexed = EnumSet.noneOf(Language.class);
        try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
            for (Passage p : passages) {
                Document doc = new Document();
                doc.add(new StringField(ID, p.id(), Field.Store.YES));
                doc.add(new TextField(LanguageAnalyzers.fieldOf(p.language()), p.searchText(), Field.Store.NO));
                doc.add(new TextField(LanguageAnalyzers.EXACT, LanguageAnalyzers.exactText(p.searchText(), p.language()),
                        Field.Store.NO));
                if (LanguageAnalyzers.PIECES_LANGUAGES.contains(p.language())) {
                    doc.add(new TextField(LanguageAnalyzers.piecesField(p.language()), p.searchText(), Field.Store.NO));
                    piecesIndexed.add(p.language());
                }
                writer.addDocument(doc);
            }
            writer.commit();
            return new LexicalIndex(analyzers, new IndexSearcher(DirectoryReader.open(dir)), passages.size(),
                    piecesIndexed);
        } catch (IOException e) {
            throw new UncheckedIOException("building the in-memory Lucene index failed", e);
        }
    }

    /**
     * The passages that share the most (IDF-weighted) terms with the question, by BM25 over every field. Lucene takes
     * at most {@link IndexSearcher#getMaxClauseCount()} terms in one query (1,024): terms no passage has are left out
     * (they score nothing), and a longer question, or a follow-up read with its previous turn, keeps its rarest words,
     * then as many of its rarest word pieces as still fit.
     */
    @Override
    public List<PassageHit> retrieve(AnalyzedQuery question, int max) {
        List<String[]> words = new ArrayList<>();
        List<Double> wordWeights = new ArrayList<>();
        double unseen = unseenIdf();
        for (String field : LanguageAnalyzers.FIELDS) {
            question.weights(field).forEach((term, idf) -> {
                if (idf < unseen) { // a term no passage has scores nothing: it only takes a place
                    words.add(new String[] {field, term});
                    wordWeights.add(idf);
                }
            });
        }
        Map<Language, Float> boosts = question.weights(LanguageAnalyzers.WORD_PIECES).isEmpty() ? Map.of()
                : PIECES_BOOST.getOrDefault(question.language(), Map.of());
        int budget = IndexSearcher.getMaxClauseCount() - boosts.size();
        List<Integer> keptWords = rarestFirst(wordWeights, budget);
        int piecesPerField = boosts.isEmpty() ? 0 : (budget - keptWords.size()) / boosts.size();
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        boolean any = false;
        for (int i : keptWords) {
            query.add(new TermQuery(new Term(words.get(i)[0], words.get(i)[1])), BooleanClause.Occur.SHOULD);
            any = true;
        }
        for (Map.Entry<Language, Float> passages : boosts.entrySet()) {
            Map<String, Double> pieces = question.pieceWeights(passages.getKey());
            pieces.values().removeIf(idf -> idf >= unseen);
            List<String> pieceTerms = new ArrayList<>(pieces.keySet());
            List<Integer> keptPieces = rarestFirst(new ArrayList<>(pieces.values()), piecesPerField);
            if (keptPieces.isEmpty()) {
                continue;
            }
            String field = LanguageAnalyzers.piecesField(passages.getKey());
            BooleanQuery.Builder pieceQuery = new BooleanQuery.Builder();
            keptPieces.forEach(i -> pieceQuery.add(new TermQuery(new Term(field, pieceTerms.get(i))),
                    BooleanClause.Occur.SHOULD));
            query.add(new BoostQuery(pieceQuery.build(), passages.getValue()), BooleanClause.Occur.SHOULD);
            any = true;
        }
        if (!any) {
            return List.of();
        }
        try {
            List<PassageHit> hits = new ArrayList<>();
            for (ScoreDoc sd : searcher.search(query.build(), max).scoreDocs) {
                hits.add(new PassageHit(idsByDoc[sd.doc], sd.score));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The inverse document frequency of a term no passage has: the highest there is ({@link #idf}). */
    private double unseenIdf() {
        return Math.log(1 + (passageCount + 0.5) / 0.5) - 1e-9;
    }

    /** The positions of the {@code limit} highest weights (all when there are no more), in their order. */
    private static List<Integer> rarestFirst(List<Double> weights, int limit) {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < weights.size(); i++) {
            all.add(i);
        }
        if (all.size() <= limit) {
            return all;
        }
        all.sort((a, b) -> Double.compare(weights.get(b), weights.get(a)));
        List<Integer> kept = new ArrayList<>(all.subList(0, Math.max(0, limit)));
        kept.sort(null);
        return kept;
    }

    /** The question's terms in every field with their IDF here: the one analysis of a question. */
    public AnalyzedQuery analyze(String question, float[] vector) {
        return analyze(question, Language.ENGLISH, Map.of(), vector, VectorSpace.MINILM);
    }

    /**
     * The question's terms in every field with their IDF here. A Chinese question's Han characters are left to the
     * Chinese and unstemmed fields (in the others they would be single characters that no English or German passage
     * has); a field whose language the question was translated into reads the translation as well.
     *
     * @param language     the question's language
     * @param translations words of the question in other languages (a dictionary's glosses), by language
     * @param space        the space {@code vector} is in
     */
    public AnalyzedQuery analyze(String question, Language language, Map<Language, String> translations, float[] vector,
                                 VectorSpace space) {
        String latin = language == Language.CHINESE ? LanguageAnalyzers.withoutHan(question) : question;
        Map<String, Map<String, Double>> weights = new HashMap<>();
        for (String field : LanguageAnalyzers.FIELDS) {
            Language fieldLanguage = Language.ofCode(field).orElse(null);
            String text = fieldLanguage == null || fieldLanguage == Language.CHINESE ? question : latin;
            String translated = fieldLanguage == null ? null : translations.get(fieldLanguage);
            if (translated != null) {
                text = translated + " " + text;
            }
            Map<String, Double> w = new LinkedHashMap<>();
            for (String term : analyzers.terms(field, text)) {
                w.put(term, idf(field, term));
            }
            weights.put(field, Collections.unmodifiableMap(w));
        }
        if (searchedInPieces(language) && throughout(question, language)) {
            Map<String, Double> w = new LinkedHashMap<>();
            for (String piece : analyzers.terms(LanguageAnalyzers.WORD_PIECES, question)) {
                w.put(piece, piecesIdf(piece));
            }
            weights.put(LanguageAnalyzers.WORD_PIECES, Collections.unmodifiableMap(w));
            Map<String, Double> respelled = new LinkedHashMap<>();
            for (String piece : analyzers.terms(LanguageAnalyzers.ENGLISH_SPELLED_PIECES, question)) {
                if (!w.containsKey(piece)) {
                    respelled.put(piece, piecesIdf(piece));
                }
            }
            weights.put(LanguageAnalyzers.ENGLISH_SPELLED_PIECES, Collections.unmodifiableMap(respelled));
        }
        return new AnalyzedQuery(question, weights, vector, space, language);
    }

    /**
     * Whether every sentence of a question's text is in the given language. A German follow-up read together with an
     * English question before it ("What was the index last month? Und um wie viele Punkte stieg er?") is not searched
     * in pieces: its German words' pieces would draw it to German articles, away from the English one the
     * conversation is about (on the follow-up set, two of the nine German exchanges were lost that way).
     */
    static boolean throughout(String text, Language language) {
        return SENTENCE_END.splitAsStream(text.strip()).allMatch(s -> DETECTOR.detect(s) == language);
    }

    /** Whether questions of a language are searched in word pieces here: some passages they are matched in are. */
    private boolean searchedInPieces(Language question) {
        return PIECES_BOOST.getOrDefault(question, Map.of()).keySet().stream().anyMatch(piecesIndexed::contains);
    }

    /** A text's word pieces, as passages are indexed in them ({@link LanguageAnalyzers#WORD_PIECES}). */
    public List<String> pieces(String text) {
        return analyzers.terms(LanguageAnalyzers.WORD_PIECES, text);
    }

    /** The inverse document frequency of a word piece among the passages indexed in pieces, of any language. */
    private double piecesIdf(String piece) {
        try {
            int df = 0;
            for (Language language : LanguageAnalyzers.PIECES_LANGUAGES) {
                df += searcher.getIndexReader().docFreq(new Term(LanguageAnalyzers.piecesField(language), piece));
            }
            return Math.log(1 + (passageCount - df + 0.5) / (df + 0.5));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** BM25's inverse document frequency of an analysed term in a field; unseen terms weigh most. */
    public double idf(String field, String term) {
        try {
            int df = searcher.getIndexReader().docFreq(new Term(field, term));
            return Math.log(1 + (passageCount - df + 0.5) / (df + 0.5));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
