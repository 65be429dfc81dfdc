package dev.newsqa.index;

import dev.newsqa.ingest.Language;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lucene's analysis for each language of the corpus (stemming, stop words), with the question
 * words of each language added to the stop words so that "how much" or "wie hoch" never count
 * as evidence. {@link #EXACT} keeps names and numbers unstemmed for cross-language matches.
 */
public final class LanguageAnalyzers {

    public static final String EXACT = "exact";
    /** Every field a passage is indexed under and a question is analysed for: each language's, then the unstemmed. */
    public static final List<String> FIELDS = List.of(Language.ENGLISH.code(), Language.GERMAN.code(), EXACT);

    private static final List<String> ENGLISH_QUESTION_WORDS = List.of("what", "who", "whom", "whose", "which",
            "when", "where", "why", "how", "many", "much", "did", "do", "does", "has", "have", "had", "were", "been",
            "according", "tell", "me", "about", "i", "we", "you", "there", "can", "could", "would", "should");
    private static final List<String> GERMAN_QUESTION_WORDS = List.of("wie", "was", "wer", "wen", "wem", "wessen",
            "wo", "wann", "warum", "weshalb", "welche", "welcher", "welches", "welchen", "hoch", "viel", "viele");

    private final Map<String, Analyzer> byField;

    public LanguageAnalyzers() {
        CharArraySet english = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
        english.addAll(ENGLISH_QUESTION_WORDS);
        CharArraySet german = new CharArraySet(GermanAnalyzer.getDefaultStopSet(), true);
        german.addAll(GERMAN_QUESTION_WORDS);
        CharArraySet exact = new CharArraySet(english, true);
        exact.addAll(german);
        byField = Map.of(
                Language.ENGLISH.code(), new EnglishAnalyzer(english),
                Language.GERMAN.code(), new GermanAnalyzer(german),
                EXACT, new StandardAnalyzer(exact));
    }

    public static String fieldOf(Language language) {
        return language.code();
    }

    public Map<String, Analyzer> byField() {
        return byField;
    }

    /** The distinct terms of {@code text} as the field's analyser produces them, in order. */
    public List<String> terms(String field, String text) {
        Set<String> out = new LinkedHashSet<>();
        try (TokenStream ts = byField.get(field).tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in-memory strings: cannot happen
        }
        return new ArrayList<>(out);
    }
}
