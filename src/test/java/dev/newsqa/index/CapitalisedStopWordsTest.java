package dev.newsqa.index;

import dev.newsqa.config.StandaloneConfig;
import dev.newsqa.ingest.ArticleParser;
import dev.newsqa.ingest.DocumentsConfig;
import dev.newsqa.ingest.Language;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A stop word written in capitals is a name ("IT", "WHO", "AS-206"), unless the whole text is in capitals. */
class CapitalisedStopWordsTest {

    private static final String HEALTH = """
            Vaccines for poorer countries

            The WHO said on Monday that poorer countries should get the vaccines first, before booster shots elsewhere.
            """;
    private static final String BUDGETS = """
            Company budgets

            Companies said on Monday that they would spend more on IT and on marketing next year, and less elsewhere.
            """;
    private static final String TRAVEL = """
            Travel in winter

            Airlines said on Monday that who travels in winter pays less, and that countries should reopen borders.
            """;

    private final LanguageAnalyzers analyzers = new LanguageAnalyzers();

    @Test
    void aStopWordInCapitalsIsKeptInEveryLatinField() {
        assertThat(analyzers.terms(Language.ENGLISH.code(), "What did the WHO say about IT spending?"))
                .containsExactly("who", "sai", "it", "spend");
        assertThat(analyzers.terms(LanguageAnalyzers.EXACT, "the test flight of the AS-206")).contains("as", "206");
        assertThat(analyzers.terms(Language.GERMAN.code(), "Wie hoch sind die IT-Ausgaben?")).contains("it");
        // in lower case they are stop words as before
        assertThat(analyzers.terms(Language.ENGLISH.code(), "who said it as a test")).containsExactly("said", "test");
    }

    @Test
    void aTextInCapitalsKeepsNoStopWord() {
        assertThat(analyzers.terms(Language.ENGLISH.code(), "WHAT DID THE WHO SAY ABOUT IT?")).containsExactly("sai");
        assertThat(analyzers.terms(LanguageAnalyzers.EXACT, "BREAKING: IT IS OVER")).containsExactly("breaking", "over");
    }

    @Test
    void aQuestionNamingTheOrganisationFindsThePassageThatNamesIt() {
        ArticleParser parser = new ArticleParser(StandaloneConfig.mapping(DocumentsConfig.class).splitSettings());
        LexicalIndex index = LexicalIndex.build(analyzers, Map.of("health.txt", HEALTH, "budgets.txt", BUDGETS,
                "travel.txt", TRAVEL).entrySet().stream().map(f -> parser.parse(f.getKey(), f.getValue(), "sha"))
                .flatMap(a -> a.passages().stream()).toList());
        AnalyzedQuery question = index.analyze("What did the WHO say on Monday?", Language.ENGLISH, Map.of(), null,
                VectorSpace.MINILM);
        // without "who" the three passages tie on "said" and "Monday"
        assertThat(index.retrieve(question, 3).get(0).passageId()).startsWith("health.txt#");
    }
}
