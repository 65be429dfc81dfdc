package dev.newsqa.answer;

import dev.newsqa.translate.Glossary;
import dev.newsqa.ingest.Language;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A question's words in the corpus's other languages, word by word from dictionaries ({@link Glossary}), for the
 * lexical side of retrieval and for judging which sentence holds what was asked: a Chinese question's "人口" looks
 * for "population" in English articles. Without a dictionary for a pair, nothing is added for it.
 */
public final class QuestionTranslator {

    /** No dictionaries: questions are searched with their own words only. */
    public static final QuestionTranslator NONE = new QuestionTranslator(List.of());

    private final List<Glossary> glossaries;

    public QuestionTranslator(List<Glossary> glossaries) {
        this.glossaries = List.copyOf(glossaries);
    }

    /** The question's words in each language a dictionary takes them into, as text for that language's analyser. */
    public Map<Language, String> translate(String question, Language language) {
        Map<Language, String> out = new EnumMap<>(Language.class);
        for (Glossary g : glossaries) {
            if (g.from() == language) {
                String words = g.gloss(question);
                if (!words.isBlank()) {
                    out.merge(g.to(), words, (a, b) -> a + " " + b);
                }
            }
        }
        return out;
    }
}
