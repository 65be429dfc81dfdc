package dev.newsqa.index;

import dev.newsqa.ingest.Language;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The terms of a sentence or passage as its language's analyser and the unstemmed analyser see them, computed
 * once when the index is built so that answering a question never re-analyses article text.
 */
public record AnalyzedText(Set<String> languageTerms, Set<String> exactTerms) {

    /** No terms: the title of an article that has none. */
    public static final AnalyzedText NONE = new AnalyzedText(Set.of(), Set.of());

    public AnalyzedText {
        languageTerms = Set.copyOf(languageTerms);
        exactTerms = Set.copyOf(exactTerms);
    }

    /** @param pool one string instance per distinct term across the index, so a large corpus stores each term once */
    static AnalyzedText of(LanguageAnalyzers analyzers, String text, Language language, Map<String, String> pool) {
        return new AnalyzedText(pooled(analyzers.terms(LanguageAnalyzers.fieldOf(language), text), pool),
                pooled(analyzers.terms(LanguageAnalyzers.EXACT, LanguageAnalyzers.exactText(text, language)), pool));
    }

    private static Set<String> pooled(List<String> terms, Map<String, String> pool) {
        Set<String> out = new HashSet<>();
        for (String t : terms) {
            out.add(pool.computeIfAbsent(t, k -> k));
        }
        return out;
    }
}
