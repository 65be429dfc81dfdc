package dev.newsqa.answer;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import dev.newsqa.config.StandaloneConfig;
import dev.newsqa.corpus.ArticleEmbedder;
import dev.newsqa.index.AnalyzedQuery;
import dev.newsqa.index.CorpusIndex;
import dev.newsqa.index.LanguageAnalyzers;
import dev.newsqa.index.VectorSpace;
import dev.newsqa.ingest.ArticleParser;
import dev.newsqa.ingest.DocumentsConfig;
import dev.newsqa.ingest.Language;
import dev.newsqa.translate.CedictGlossary;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Chinese questions over English articles: compared in the second space when the index holds it, searched with the
 * glossary's English words, and answered from the reading's own threshold.
 */
class CrossLanguageAnswerTest {

    private static final String CHINESE_QUESTION = "购物节的峰值是多少订单？";

    /**
     * A stand-in for bge-small-zh: a text's vector is that of its words and of their English glosses, so that a
     * Chinese question lands near the English passage that says the same; it counts the texts it embeds.
     */
    static final class BilingualModel implements EmbeddingModel {

        private final CedictGlossary glossary = new CedictGlossary();
        final AtomicInteger embedded = new AtomicInteger();

        @Override
        public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
            List<Embedding> out = new ArrayList<>();
            for (TextSegment s : segments) {
                embedded.incrementAndGet();
                out.add(Embedding.from(TinyCorpus.WordsModel.vector(s.text() + " " + glossary.gloss(s.text()))));
            }
            return Response.from(out);
        }
    }

    private static CorpusIndex index(BilingualModel chinese) {
        ArticleParser parser = new ArticleParser(StandaloneConfig.mapping(DocumentsConfig.class).splitSettings());
        var articles = TinyCorpus.ARTICLES.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> parser.parse(e.getKey(), e.getValue(), "sha-" + e.getKey())).toList();
        Map<VectorSpace, List<dev.newsqa.index.EmbeddedArticle>> spaces = new EnumMap<>(VectorSpace.class);
        spaces.put(VectorSpace.MINILM, new ArticleEmbedder(new TinyCorpus.WordsModel()).embed(articles));
        if (chinese != null) {
            spaces.put(VectorSpace.BGE_ZH, new ArticleEmbedder(chinese, false).embed(articles));
        }
        return CorpusIndex.build(spaces, new LanguageAnalyzers(), dev.newsqa.index.VectorSearch.LOCAL);
    }

    private static QuestionAnswerer answerer(CorpusIndex index, BilingualModel questions, ConfidenceModels confidence) {
        return new QuestionAnswerer(() -> index, new QueryEncoder(new TinyCorpus.WordsModel(), 100),
                new QueryEncoder(questions, 100), new QuestionTranslator(List.of(new CedictGlossary())),
                TinyCorpus.settings(), confidence);
    }

    @Test
    void aChineseQuestionIsComparedInTheChineseSpaceAndAnEnglishOneIsNot() {
        BilingualModel chinese = new BilingualModel();
        CorpusIndex index = index(chinese);
        int passages = index.passageCount();
        assertThat(chinese.embedded.get()).as("passages only: no sentence vectors in the second space").isEqualTo(passages);
        QuestionAnswerer answerer = answerer(index, chinese, ConfidenceModels.DEFAULT);

        List<Extract> ranked = answerer.rank(index, Query.of(CHINESE_QUESTION));
        assertThat(chinese.embedded.get()).isEqualTo(passages + 1);
        assertThat(ranked.get(0).candidate().passage().source()).isEqualTo("festival.txt");
        assertThat(ranked.get(0).text()).contains("583,000 orders per second");

        answerer.rank(index, Query.of("What was the peak of the shopping festival?"));
        assertThat(chinese.embedded.get()).as("an English question never reaches the Chinese model").isEqualTo(passages + 1);
    }

    @Test
    void anIndexRefusesASpaceWhoseVectorsAreNotOfTheSameArticles() {
        ArticleParser parser = new ArticleParser(StandaloneConfig.mapping(DocumentsConfig.class).splitSettings());
        var articles = TinyCorpus.ARTICLES.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> parser.parse(e.getKey(), e.getValue(), "sha-" + e.getKey())).toList();
        Map<VectorSpace, List<dev.newsqa.index.EmbeddedArticle>> spaces = new EnumMap<>(VectorSpace.class);
        spaces.put(VectorSpace.MINILM, new ArticleEmbedder(new TinyCorpus.WordsModel()).embed(articles));
        for (var chinese : List.of(List.<dev.newsqa.index.EmbeddedArticle>of(),
                new ArticleEmbedder(new BilingualModel(), false).embed(articles.subList(1, articles.size())))) {
            spaces.put(VectorSpace.BGE_ZH, chinese);
            assertThatThrownBy(() -> CorpusIndex.build(spaces, new LanguageAnalyzers(), dev.newsqa.index.VectorSearch.LOCAL))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("same articles");
        }
    }

    @Test
    void withoutTheChineseSpaceAChineseQuestionIsComparedInMiniLmsSpace() {
        BilingualModel chinese = new BilingualModel();
        CorpusIndex index = index(null);
        assertThat(index.holds(VectorSpace.BGE_ZH)).isFalse();
        answerer(index, chinese, ConfidenceModels.DEFAULT).rank(index, Query.of(CHINESE_QUESTION));
        assertThat(chinese.embedded.get()).isZero();
    }

    @Test
    void aChineseQuestionIsSearchedInEnglishWithTheGlossaryWordsAndWithoutItsCharacters() {
        CorpusIndex index = index(null);
        Map<Language, String> translated = new QuestionTranslator(List.of(new CedictGlossary()))
                .translate(CHINESE_QUESTION, Language.CHINESE);
        AnalyzedQuery question = index.analyze(CHINESE_QUESTION, Language.CHINESE, translated, null, VectorSpace.MINILM);
        assertThat(question.terms(Language.ENGLISH.code())).contains("shop", "festiv", "peak", "order")
                .noneMatch(t -> t.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
        assertThat(question.terms(Language.GERMAN.code())).isEmpty();
        assertThat(question.terms(Language.CHINESE.code())).contains("峰值");
    }

    @Test
    void aReadingAnswersFromItsOwnThresholdAndSaysHowSureItIs() {
        BilingualModel chinese = new BilingualModel();
        CorpusIndex index = index(chinese);
        // a model that is 30 % sure of anything: below the service's 0.5, above the Chinese-over-English reading's 0.25
        ConfidenceModel thirtyPercent = new ConfidenceModel(Math.log(0.3 / 0.7), 0, 0, 0, 0, 0, 0);
        ConfidenceModels fitted = new ConfidenceModels(Map.of(ConfidenceModels.reading(Language.CHINESE, Language.ENGLISH),
                new ConfidenceModels.Calibration(thirtyPercent, 0.25)), thirtyPercent);

        Answer chineseAnswer = answerer(index, chinese, fitted).answer(Query.of(CHINESE_QUESTION), 3, null);
        assertThat(chineseAnswer.answered()).isTrue();
        assertThat(chineseAnswer.confidence()).isEqualTo(0.3);
        assertThat(chineseAnswer.citations().get(0).language()).isEqualTo(Language.ENGLISH);

        Answer englishAnswer = answerer(index, chinese, fitted)
                .answer(Query.of("What was the peak of the shopping festival?"), 3, null);
        assertThat(englishAnswer.answered()).as("English over English answers from the service's 0.5").isFalse();
    }

    @Test
    void aChineseQuestionChoosesAmongEnglishSentencesByItsGlossesInTheEnglishSpace() {
        // both long and short sentence hold "peak", so the words tie; the glosses' vector is nearer the short one (the
        // sentence between them is long enough that the short one does not take it as its neighbour)
        String text = """
                Shopping season

                Analysts compared the peak of every season with the figures of the previous decade and with the \
                forecasts of the banks. Shops opened early and closed late, and many stayed open through the night \
                for the crowds that came by bus, by train and on foot from the towns around the city, while the \
                delivery firms hired thousands of extra drivers, rented warehouses near the motorways and kept their \
                sorting centres running in three shifts until the last parcels of the season had left for the \
                villages in the north. The peak was 583,000 orders.
                """;
        ArticleParser parser = new ArticleParser(StandaloneConfig.mapping(DocumentsConfig.class).splitSettings());
        var articles = List.of(parser.parse("season.txt", text, "sha"));
        BilingualModel chinese = new BilingualModel();
        Map<VectorSpace, List<dev.newsqa.index.EmbeddedArticle>> spaces = new EnumMap<>(VectorSpace.class);
        spaces.put(VectorSpace.MINILM, new ArticleEmbedder(new TinyCorpus.WordsModel()).embed(articles));
        spaces.put(VectorSpace.BGE_ZH, new ArticleEmbedder(chinese, false).embed(articles));
        CorpusIndex index = CorpusIndex.build(spaces, new LanguageAnalyzers(), dev.newsqa.index.VectorSearch.LOCAL);

        Extract top = answerer(index, chinese, ConfidenceModels.DEFAULT).rank(index, Query.of("峰值是多少？")).get(0);
        assertThat(top.text()).isEqualTo("The peak was 583,000 orders.");
    }
}
