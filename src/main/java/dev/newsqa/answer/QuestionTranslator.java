package dev.newsqa.answer;

import dev.newsqa.ingest.Language;
import dev.newsqa.translate.CedictGlossary;
import dev.newsqa.translate.DingGlossary;
import dev.newsqa.translate.Glossary;
import dev.newsqa.translate.LanguagesConfig;
import org.jboss.logging.Logger;

import java.nio.file.Path;
import java.util.ArrayList;
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
    private static final Logger LOG = Logger.getLogger(QuestionTranslator.class);

    private final List<Glossary> glossaries;

    public QuestionTranslator(List<Glossary> glossaries) {
        this.glossaries = List.copyOf(glossaries);
    }

    /**
     * The service's: the bundled Chinese-English glossary, and an operator's German-English dictionary when one is
     * named ({@code qa.languages.german-english-dictionary}).
     */
    public static QuestionTranslator configured(LanguagesConfig languages) {
        List<Glossary> glossaries = new ArrayList<>();
        glossaries.add(new CedictGlossary());
        languages.germanEnglishDictionary().ifPresent(file -> {
            glossaries.addAll(DingGlossary.read(Path.of(file)));
            LOG.infof("German-English dictionary %s: German and English questions are also searched with its translations",
                    file);
        });
        return new QuestionTranslator(glossaries);
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
