package dev.newsqa.index;

import dev.newsqa.config.StandaloneConfig;
import dev.newsqa.ingest.ArticleParser;
import dev.newsqa.ingest.DocumentsConfig;
import dev.newsqa.ingest.Language;
import dev.newsqa.ingest.Passage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** German compounds are found by their parts: German passages and questions are searched in word pieces too. */
class WordPiecesTest {

    private static final String ANTHEM = """
            Das Finale

            Vor dem Spiel trug Lady Gaga die Nationalhymne vor, begleitet von einem Orchester der Armee.
            """;
    private static final String CHOIR = """
            Der Chor

            Der Chor sang im Stadion, und viele Zuschauer sangen mit, als die Mannschaften einliefen.
            """;
    private static final String INDEX = """
            Purchasing managers

            The official purchasing managers' index rose 2.1 points to 51.0 last month, the institute said.
            """;

    private static final String NORMANS = """
            The Norman conquest

            In 1066 the Normans crossed the Channel and conquered England after the battle of Hastings.
            """;
    private static final String FOOTBALL = """
            Football in England

            Football in England is played by thousands of clubs, from the Premier League down to village teams.
            """;

    private static final String CIRCUS = """
            Summer in the valley

            Every summer the circus came to the valley with its elephants, and the children followed it for days.
            """;

    private final LanguageAnalyzers analyzers = new LanguageAnalyzers();

    /** @param files name, text, name, text, … */
    private static List<Passage> parsed(List<String> files) {
        ArticleParser parser = new ArticleParser(StandaloneConfig.mapping(DocumentsConfig.class).splitSettings());
        return Stream.iterate(0, i -> i < files.size(), i -> i + 2)
                .map(i -> parser.parse(files.get(i), files.get(i + 1), "sha-" + i))
                .flatMap(a -> a.passages().stream()).toList();
    }

    private LexicalIndex index() {
        return LexicalIndex.build(analyzers, parsed(List.of("anthem.txt", ANTHEM, "choir.txt", CHOIR, "index.txt", INDEX,
                "football.txt", FOOTBALL, "normans.txt", NORMANS, "circus.txt", CIRCUS)));
    }

    @Test
    void aWordIsCutIntoPiecesOfFourLettersAndKeptWholeWithoutStopWords() {
        assertThat(analyzers.terms(LanguageAnalyzers.WORD_PIECES, "Wer sang die Hymne?"))
                .containsExactly("sang", "hymn", "ymne", "hymne");
        assertThat(analyzers.terms(LanguageAnalyzers.WORD_PIECES, "Nationalhymne")).contains("hymn", "ymne", "nati");
    }

    @Test
    void aGermanQuestionFindsThePassageWithTheCompoundItNamesAPartOf() {
        LexicalIndex index = index();
        AnalyzedQuery question = index.analyze("Wer sang die Hymne?", Language.GERMAN, Map.of(), null, VectorSpace.MINILM);
        assertThat(question.terms(LanguageAnalyzers.WORD_PIECES)).contains("hymn", "ymne");
        // by whole words the choir's "sang" and "sangen" would win: no passage holds "Hymne" as a word
        assertThat(index.retrieve(question, 3).get(0).passageId()).startsWith("anthem.txt#");
    }

    @Test
    void aGermanFollowUpReadWithAnEnglishQuestionIsNotSearchedInPieces() {
        LexicalIndex index = index();
        String together = "What was the official purchasing managers' index last month? Und um wie viele Punkte stieg er?";
        assertThat(LexicalIndex.throughout(together, Language.GERMAN)).isFalse();
        assertThat(LexicalIndex.throughout("Welcher Index stieg? Und um wie viele Punkte?", Language.GERMAN)).isTrue();
        AnalyzedQuery question = index.analyze(together, Language.GERMAN, Map.of(), null, VectorSpace.MINILM);
        assertThat(question.terms(LanguageAnalyzers.WORD_PIECES)).isEmpty();
        assertThat(index.retrieve(question, 3).get(0).passageId()).startsWith("index.txt#");
    }

    @Test
    void aGermanQuestionFindsAnEnglishPassageByTheWordsBothLanguagesShare() {
        LexicalIndex index = index();
        AnalyzedQuery question = index.analyze("Wann eroberten die Normannen England?", Language.GERMAN, Map.of(), null,
                VectorSpace.MINILM);
        // "England" alone would tie the two English articles; the Normans share "norm", "orma", "rman" with "Normannen"
        assertThat(index.retrieve(question, 3).get(0).passageId()).startsWith("normans.txt#");
    }

    /** The last three: "ck" and "tz" are German's own, and a word of three letters is left alone. */
    @ParameterizedTest
    @CsvSource({"kanada,canada", "kalzium,calcium", "zentrum,centrum", "biologie,biology", "kalifornien,california",
            "katholischen,catholic", "universität,university", "ökonomie,economy", "kapitalismus,capitalism",
            "drucker,drucker", "katze,catze", "kam,kam"})
    void germanWordsAreRespelledTheWayEnglishSpellsTheWordsBothLanguagesShare(String german, String english) {
        assertThat(EnglishSpellingFilter.respell(german)).isEqualTo(english);
    }

    @Test
    void aGermanQuestionFindsAnEnglishPassageByAWordEnglishSpellsDifferently() {
        LexicalIndex index = index();
        AnalyzedQuery question = index.analyze("Wann kam der Zirkus ins Tal?", Language.GERMAN, Map.of(), null,
                VectorSpace.MINILM);
        // "Zirkus" and "circus" share no piece of four letters; respelled, they share every one
        assertThat(analyzers.terms(LanguageAnalyzers.WORD_PIECES, "Zirkus"))
                .doesNotContainAnyElementsOf(analyzers.terms(LanguageAnalyzers.WORD_PIECES, "circus"));
        assertThat(question.pieceWeights(Language.ENGLISH)).containsKeys("circ", "rcus", "circus");
        assertThat(index.retrieve(question, 3)).isNotEmpty();
        assertThat(index.retrieve(question, 3).get(0).passageId()).startsWith("circus.txt#");
    }

    @Test
    void respelledPiecesAreNotSearchedInGermanPassages() {
        AnalyzedQuery question = index().analyze("Wann kam der Zirkus?", Language.GERMAN, Map.of(), null,
                VectorSpace.MINILM);
        assertThat(question.pieceWeights(Language.GERMAN)).containsKey("zirk").doesNotContainKey("circ");
    }

    @Test
    void englishQuestionsAreNotSearchedInPieces() {
        AnalyzedQuery question = index().analyze("Who sang the national anthem?", Language.ENGLISH, Map.of(), null,
                VectorSpace.MINILM);
        assertThat(question.terms(LanguageAnalyzers.WORD_PIECES)).isEmpty();
    }

    @Test
    void aLongGermanQuestionAndItsPreviousTurnStayWithinLucenesClauseLimit() {
        LexicalIndex index = index();
        StringBuilder question = new StringBuilder("Wer sang");
        java.util.Random random = new java.util.Random(19);
        while (question.length() < 1990) { // two questions of the service's longest, read together
            StringBuilder word = new StringBuilder(" ");
            int letters = 6 + random.nextInt(14);
            for (int i = 0; i < letters; i++) {
                word.append((char) ('a' + random.nextInt(26)));
            }
            question.append(word);
        }
        question.append(" die Hymne?");
        AnalyzedQuery analyzed = index.analyze(question.toString(), Language.GERMAN, Map.of(), null, VectorSpace.MINILM);
        assertThat(analyzed.terms(LanguageAnalyzers.WORD_PIECES)).hasSizeGreaterThan(1024);
        assertThat(index.retrieve(analyzed, 3)).isNotEmpty();
    }
}
