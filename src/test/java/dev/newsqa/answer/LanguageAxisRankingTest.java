package dev.newsqa.answer;

import dev.newsqa.index.CorpusIndex;
import dev.newsqa.index.LanguageAxis;
import dev.newsqa.ingest.Language;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The share of a cosine that comes from a shared language is taken off where extracts are ranked, in proportion to the
 * question's position on the axis and the extract's language's, and nowhere else: the evidence, and so the confidence,
 * stay as each reading's model was fitted on them.
 */
class LanguageAxisRankingTest {

    private static final String QUESTION = "Wie viele Ingenieure stellt die Cloud-Sparte in diesem Jahr ein?";

    @Test
    void aCosineLosesItsLanguagesShareInRankingButNotInTheConfidence() {
        Map<String, String> articles = new HashMap<>(TinyCorpus.ARTICLES);
        articles.put("cloud-de.txt", """
                Die Cloud-Sparte wächst

                Die Cloud-Sparte des Händlers wird in diesem Jahr neue Rechenzentren in drei Städten eröffnen. Der \
                Umsatz der Sparte ist im Quartal um 37 Prozent gewachsen, und die Kunden kommen aus dem ganzen Land.
                """);
        CorpusIndex index = TinyCorpus.index(articles);
        // German function words stand in for what MiniLM's German texts share whatever they say
        LanguageAxis axis = new LanguageAxis(TinyCorpus.WordsModel.vector("die der das und wird dem des"),
                Map.of(Language.GERMAN, 0.5, Language.ENGLISH, 0.1));
        float[] question = TinyCorpus.WordsModel.vector(QUESTION);
        double along = axis.along(question);
        assertThat(along).isGreaterThan(0.05);

        List<Extract> without = answerer(index, LanguageAxis.NONE).rank(index, Query.of(QUESTION));
        List<Extract> with = answerer(index, axis).rank(index, Query.of(QUESTION));
        assertThat(with).hasSameSizeAs(without);
        Map<String, Extract> byText = new HashMap<>();
        with.forEach(e -> byText.put(e.text(), e));
        // both cosines of an extract, its best sentence's and its passage's, lose the share, each at its weight
        double perShare = ExtractSelector.WEIGHT_SENTENCE_COSINE + ExtractSelector.WEIGHT_PASSAGE_COSINE;
        int german = 0;
        for (Extract before : without) {
            Extract after = byText.get(before.text());
            Language language = before.candidate().passage().language();
            german += language == Language.GERMAN ? 1 : 0;
            assertThat(after.confidence()).as(before.text()).isEqualTo(before.confidence());
            assertThat(after.evidence()).as(before.text()).isEqualTo(before.evidence());
            double lost = (before.score() - after.score()) / (along * axis.mean(language));
            assertThat(lost).as(before.text()).isCloseTo(perShare, Offset.offset(1e-9));
        }
        assertThat(german).isPositive();
        assertThat(without.size() - german).isPositive();
    }

    @Test
    void aQuestionOfAnotherSpaceOrDimensionHasNoPositionOnTheAxis() {
        LanguageAxis axis = new LanguageAxis(TinyCorpus.WordsModel.vector("die der das"), Map.of(Language.GERMAN, 0.5));
        assertThat(axis.along(new float[] {1, 0, 0})).isZero();
        assertThat(LanguageAxis.NONE.along(TinyCorpus.WordsModel.vector(QUESTION))).isZero();
        assertThat(axis.languageShare(TinyCorpus.WordsModel.vector(QUESTION), Language.CHINESE)).isZero();
    }

    private static QuestionAnswerer answerer(CorpusIndex index, LanguageAxis axis) {
        return new QuestionAnswerer(() -> index, new QueryEncoder(new TinyCorpus.WordsModel(), 100), null,
                QuestionTranslator.NONE, TinyCorpus.settings(), ConfidenceModels.DEFAULT, axis);
    }
}
