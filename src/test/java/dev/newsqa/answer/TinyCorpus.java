package dev.newsqa.answer;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import dev.newsqa.config.StandaloneConfig;
import dev.newsqa.corpus.ArticleEmbedder;
import dev.newsqa.index.CorpusIndex;
import dev.newsqa.index.LanguageAnalyzers;
import dev.newsqa.index.Vectors;
import dev.newsqa.ingest.ArticleParser;
import dev.newsqa.ingest.DocumentsConfig;
import dev.newsqa.ingest.SplitSettings;
import org.assertj.core.data.Offset;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A corpus of a few short articles written for the tests, embedded by {@link WordsModel}: a vector of hashed
 * lower-case words, so that texts sharing words are near and the tests can reason about rankings without the real
 * model.
 */
final class TinyCorpus {

    /** One bucket per word (by hash), counted, then made unit length: cosine = how much two texts share. */
    static final class WordsModel implements EmbeddingModel {

        static final int DIMENSION = 512;

        @Override
        public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
            List<Embedding> out = new ArrayList<>();
            for (TextSegment s : segments) {
                out.add(Embedding.from(vector(s.text())));
            }
            return Response.from(out);
        }

        static float[] vector(String text) {
            float[] v = new float[DIMENSION];
            for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                if (w.length() > 2) { // short words (the, of, in) carry no meaning here
                    v[Math.floorMod(w.hashCode(), DIMENSION)] += 1;
                }
            }
            v[DIMENSION - 1] += 0.01f; // never all zero
            return Vectors.unit(v);
        }
    }

    static final Map<String, String> ARTICLES = Map.of(
            "cloud.txt", """
                    Cloud unit hires engineers

                    The cloud unit of the retailer will hire 5,000 engineers this year. The engineers will work on \
                    databases and networks. They will join teams in three cities.

                    Revenue of the cloud unit grew by 37 percent in the quarter. Growth was slower than a year before.
                    """,
            "festival.txt", """
                    Shopping festival sets a record

                    The shopping festival reached a peak of 583,000 orders per second in 2020. In 2019 the peak was \
                    544,000 orders per second.

                    The festival was invented by students in the 1990s. It is now the largest shopping day in the world.
                    """,
            "chips.txt", """
                    Chip maker raises money

                    A chip maker raised 283 million dollars from investors. The company was founded by the boss of a \
                    display maker.
                    """);

    private TinyCorpus() {
    }

    static CorpusIndex index() {
        return index(ARTICLES);
    }

    static CorpusIndex index(Map<String, String> articlesByName) {
        ArticleParser parser = new ArticleParser(StandaloneConfig.mapping(DocumentsConfig.class).splitSettings());
        var articles = articlesByName.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> parser.parse(e.getKey(), e.getValue(), "sha-" + e.getKey())).toList();
        return CorpusIndex.build(new ArticleEmbedder(new WordsModel()).embed(articles), new LanguageAnalyzers());
    }

    static AnswerSettings settings() {
        return StandaloneConfig.mapping(AnswerConfig.class).settings();
    }

    /** The default settings with another floor for the citations after the first. */
    static AnswerSettings settings(double laterMinConfidence) {
        AnswerSettings s = settings();
        return new AnswerSettings(s.candidatePassages(), s.maxExtractChars(), s.minConfidence(),
                OptionalDouble.of(laterMinConfidence));
    }

    static QuestionAnswerer answerer(CorpusIndex index) {
        return answerer(index, StandaloneConfig.mapping(AnswerConfig.class).settings());
    }

    static QuestionAnswerer answerer(CorpusIndex index, AnswerSettings settings) {
        return new QuestionAnswerer(() -> index, new QueryEncoder(new WordsModel(), 100), settings, ConfidenceModels.DEFAULT);
    }

    /**
     * Asserts that every citation after the first shows the confidence {@code shown} gives its extract (found in
     * {@code ranked}, the question's extracts, first one first), and not the one {@code other} would.
     */
    static void assertLaterCitationsShow(Answer answer, List<Extract> ranked, LaterCitationModel shown,
                                         LaterCitationModel other) {
        assertThat(answer.citations()).hasSizeGreaterThan(1);
        for (Citation c : answer.citations().subList(1, answer.citations().size())) {
            Extract e = extractOf(ranked, c);
            assertThat(c.score()).as("citation [%d]", c.id())
                    .isCloseTo(shown.confidence(e, ranked.get(0)), Offset.offset(0.0005))
                    .isNotCloseTo(other.confidence(e, ranked.get(0)), Offset.offset(0.0005));
        }
    }

    /** The ranked extract a citation quotes. */
    static Extract extractOf(List<Extract> ranked, Citation c) {
        return ranked.stream().filter(x -> x.candidate().passage().source().equals(c.source()) && x.start() == c.start())
                .findFirst().orElseThrow();
    }
}
