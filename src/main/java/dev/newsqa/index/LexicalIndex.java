package dev.newsqa.index;

import dev.newsqa.ingest.Language;
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
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * BM25 over the passages in an in-memory Lucene index. Each passage is indexed under its own
 * language's analysis and once more unstemmed; a question is analysed for every field, so a
 * German question meets German passages stemmed the German way and names and numbers match
 * across languages.
 */
public final class LexicalIndex implements PassageRetriever {

    private static final String ID = "id";
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}+");
    private final LanguageAnalyzers analyzers;
    private final IndexSearcher searcher;
    private final int passageCount;
    /** Passage id by Lucene doc id, read once: a search never decompresses stored fields. */
    private final String[] idsByDoc;

    private LexicalIndex(LanguageAnalyzers analyzers, IndexSearcher searcher, int passageCount) throws IOException {
        this.analyzers = analyzers;
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
        try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
            for (Passage p : passages) {
                Document doc = new Document();
                doc.add(new StringField(ID, p.id(), Field.Store.YES));
                doc.add(new TextField(LanguageAnalyzers.fieldOf(p.language()), p.searchText(), Field.Store.NO));
                doc.add(new TextField(LanguageAnalyzers.EXACT, p.searchText(), Field.Store.NO));
                writer.addDocument(doc);
            }
            writer.commit();
            return new LexicalIndex(analyzers, new IndexSearcher(DirectoryReader.open(dir)), passages.size());
        } catch (IOException e) {
            throw new UncheckedIOException("building the in-memory Lucene index failed", e);
        }
    }

    /** The passages that share the most (IDF-weighted) terms with the question, by BM25 over every field. */
    @Override
    public List<PassageHit> retrieve(AnalyzedQuery question, int max) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        boolean any = false;
        for (String field : LanguageAnalyzers.FIELDS) {
            for (String term : question.terms(field)) {
                query.add(new TermQuery(new Term(field, term)), BooleanClause.Occur.SHOULD);
                any = true;
            }
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
        String latin = language == Language.CHINESE ? HAN.matcher(question).replaceAll(" ") : question;
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
        return new AnalyzedQuery(question, weights, vector, space, language);
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
