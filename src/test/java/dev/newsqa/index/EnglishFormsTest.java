package dev.newsqa.index;

import dev.newsqa.ingest.Language;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** English words in one form: a demonym as its country, a British spelling as the American, stemmed as those are. */
class EnglishFormsTest {

    private final LanguageAnalyzers analyzers = new LanguageAnalyzers();
    private final String english = Language.ENGLISH.code();

    @Test
    void aDemonymMeetsItsCountry() {
        assertThat(analyzers.terms(english, "Peruvian President Dina Boluarte"))
                .containsExactly("peru", "presid", "dina", "boluart");
        assertThat(analyzers.terms(english, "the president of Peru")).containsExactly("presid", "peru");
        // the country as the stemmer leaves it: "germany" is "germani", and so is "German"
        assertThat(analyzers.terms(english, "German carmakers in Germany")).containsExactly("germani", "carmak");
        assertThat(analyzers.terms(english, "Chinese firms in China")).containsExactly("china", "firm");
    }

    @Test
    void aDemonymOfTwoCountriesOrOfNoneStaysAsItIs() {
        // "Dominican" is of Dominica and of the Dominican Republic; "American" of a country of two words
        assertThat(analyzers.terms(english, "Dominican and American voters")).containsExactly("dominican", "american",
                "voter");
        // only the English chain: the unstemmed field keeps the word as written
        assertThat(analyzers.terms(LanguageAnalyzers.EXACT, "Peruvian")).containsExactly("peruvian");
    }

    @Test
    void aBritishSpellingMeetsTheAmericanOne() {
        assertThat(analyzers.terms(english, "a data centre for the organisation"))
                .isEqualTo(analyzers.terms(english, "a data center for the organization"));
        assertThat(analyzers.terms(english, "the colours of the programme")).containsExactly("color", "program");
    }
}
