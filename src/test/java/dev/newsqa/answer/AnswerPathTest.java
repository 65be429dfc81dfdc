package dev.newsqa.answer;

import dev.newsqa.config.StandaloneConfig;
import dev.newsqa.index.CorpusIndex;
import dev.newsqa.index.PassageHit;
import dev.newsqa.index.VectorSpace;
import dev.newsqa.ingest.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Retrieval, favouring, extract growth and citation rules on a corpus small enough to reason about. */
class AnswerPathTest {

    private final CorpusIndex index = TinyCorpus.index();
    private final QuestionAnswerer answerer = TinyCorpus.answerer(index);

    private List<Candidate> candidates(String question, Set<String> favoured) {
        float[] vector = TinyCorpus.WordsModel.vector(question);
        return new HybridRetriever(24).retrieve(index, index.analyze(question, vector), vector, favoured);
    }

    @Test
    void aGermanQuestionChoosesTheSentenceWithTheCompoundItNamesAPartOf() {
        // the sentence before the answer is long enough that the short answer does not take it as its neighbour
        CorpusIndex finale = TinyCorpus.index(Map.of("finale.txt", """
                Das Finale im Stadion

                Im Stadion sang der Chor vor dem Spiel, und viele Zuschauer sangen laut mit, als die Mannschaften \
                einliefen. Die Tribünen waren seit dem frühen Nachmittag voll, und draußen vor den Toren warteten \
                noch Tausende ohne Karte auf einen freien Platz, viele von ihnen mit Fahnen, Schals und Trommeln, \
                während die Polizei die Straßen rund um das Stadion bis zum späten Abend für den Verkehr sperrte und \
                die Busse der Stadt über die Brücken im Norden umleitete. Lady Gaga trug vor dem Anpfiff die \
                Nationalhymne vor, begleitet von einem Orchester der Armee.
                """));
        Extract top = TinyCorpus.answerer(finale).rank(finale, Query.of("Wer sang die Hymne?")).get(0);
        assertThat(top.text()).startsWith("Lady Gaga trug vor dem Anpfiff die Nationalhymne vor");
    }

    @Test
    void aTitleThatIsOnlyANameIsNeverCitedButANewsHeadlineIs() {
        CorpusIndex corpus = TinyCorpus.index(Map.of(
                "bowl.txt", """
                        Super Bowl 50

                        The final was played in February 2016 in front of seventy thousand people. Lady Gaga sang the \
                        national anthem before the game.
                        """,
                "cloud.txt", """
                        Retailer to hire 5,000 engineers for its cloud unit

                        The hiring starts in spring. The new staff will work on databases and networks.
                        """));
        QuestionAnswerer answerer = TinyCorpus.answerer(corpus);
        List<Extract> bowl = answerer.rank(corpus, Query.of("Who sang at Super Bowl 50?"));
        assertThat(bowl).isNotEmpty().noneMatch(e -> e.text().contains("Super Bowl"));
        assertThat(bowl.get(0).text()).contains("Lady Gaga");
        List<Extract> hiring = answerer.rank(corpus, Query.of("How many engineers will the retailer hire for its cloud unit?"));
        assertThat(hiring.get(0).text()).isEqualTo("Retailer to hire 5,000 engineers for its cloud unit");
    }

    @Test
    void aSectionHeadingThatIsOnlyANameIsNeverCitedEither() {
        CorpusIndex corpus = TinyCorpus.index(Map.of("letter.txt", """
                Weekly letter on machine learning in China

                The letter translates essays from Chinese every week. Readers can subscribe to it for free.

                Four to Forward

                This section of the letter lists four articles worth reading, each with a short note.
                """));
        // the sentence under the heading answers first; the heading, which cannot grow into it then, is no second answer
        List<Extract> extracts = TinyCorpus.answerer(corpus).rank(corpus,
                Query.of("Which section of the letter lists four articles worth reading?"));
        assertThat(extracts.get(0).text()).contains("lists four articles");
        assertThat(extracts).noneMatch(e -> e.text().equals("Four to Forward"));
    }

    @Test
    void theWordsOfATitleThatNamesTheArticleCountAsHeldByEachOfItsSentences() {
        String body = """

                The final was played in February 2016 in front of seventy thousand people. Lady Gaga sang the \
                national anthem before the game.
                """;
        CorpusIndex named = TinyCorpus.index(Map.of("bowl.txt", "Super Bowl 50\n" + body));
        CorpusIndex headline = TinyCorpus.index(Map.of("bowl.txt", "Pop star opens the big final in California\n" + body));
        Query q = Query.of("Who sang the national anthem at Super Bowl 50?");
        Extract underName = TinyCorpus.answerer(named).rank(named, q).get(0);
        Extract underHeadline = TinyCorpus.answerer(headline).rank(headline, q).get(0);
        assertThat(underName.text()).isEqualTo(underHeadline.text()).contains("Lady Gaga");
        // "super", "bowl" and "50" are the article's name: held by its sentences as much as "national anthem"
        assertThat(underName.evidence().coverage()).isEqualTo(1.0);
        assertThat(underHeadline.evidence().coverage()).isLessThan(0.7);
        assertThat(underName.evidence().passageCoverage()).isEqualTo(1.0);
        assertThat(underHeadline.evidence().passageCoverage()).isLessThan(0.7);
        assertThat(underName.confidence()).isGreaterThan(underHeadline.confidence());
    }

    @Test
    void aPassageOfAnotherLanguageIsRankedAmongItsOwnLanguageForTheRetrieversAgreement() {
        Map<String, String> articles = new HashMap<>(TinyCorpus.ARTICLES);
        articles.put("festival-de.txt", """
                Das Einkaufsfest bricht Rekorde

                Beim Festival lag der Peak bei 583,000 Orders pro Sekunde, so viele wie nie zuvor. Das Festival wurde \
                von Studenten in den 1990er Jahren erfunden.

                Die Händler verkauften Waren im Wert von Milliarden, und die Pakete wurden in wenigen Tagen zugestellt.
                """);
        CorpusIndex mixed = TinyCorpus.index(articles);
        String q = "How many orders per second at the festival peak?";
        float[] vector = TinyCorpus.WordsModel.vector(q);
        var question = mixed.analyze(q, vector);
        List<Candidate> found = new HybridRetriever(24).retrieve(mixed, question, vector, Set.of());
        List<PassageHit> vectorHits = mixed.vectors().retrieve(question, 24);
        List<PassageHit> lexicalHits = mixed.lexical().retrieve(question, 24);
        int languages = 0;
        for (Candidate c : found) {
            Language language = c.passage().language();
            assertThat(c.vectorRankInLanguage()).as(c.passage().id()).isEqualTo(rankAmong(vectorHits, mixed, c, language));
            assertThat(c.lexicalRankInLanguage()).as(c.passage().id()).isEqualTo(rankAmong(lexicalHits, mixed, c, language));
            languages |= language == Language.GERMAN ? 1 : 2;
        }
        assertThat(languages).as("both languages among the candidates").isEqualTo(3);

        // a German passage found fourth by both, second among German passages: the retrievers agree on it for an
        // English question only among its own language, and for a German question only among all passages
        Candidate german = found.stream().filter(c -> c.passage().language() == Language.GERMAN).findFirst().orElseThrow();
        Candidate ranked = new Candidate(german.indexed(), german.fused(), german.cosine(), german.readingCosine(),
                german.bm25(), 4, 4, 2, 2);
        assertThat(ranked.foundByBoth(3, Language.ENGLISH)).isTrue();
        assertThat(ranked.foundByBoth(3, Language.GERMAN)).isFalse();
        assertThat(ranked.foundByBoth(5, Language.GERMAN)).isTrue();
        assertThat(ranked.foundByBoth(1, Language.ENGLISH)).isFalse();
        Candidate missed = new Candidate(german.indexed(), german.fused(), german.cosine(), german.readingCosine(),
                german.bm25(), 4, 0, 2, 0);
        assertThat(missed.foundByBoth(5, Language.ENGLISH)).as("found by one retriever only").isFalse();
    }

    /** The rank (from 1) of a candidate's passage among the hits of its language; 0 when the retriever missed it. */
    private static int rankAmong(List<PassageHit> hits, CorpusIndex index, Candidate c, Language language) {
        int rank = 0;
        for (PassageHit h : hits) {
            if (index.passage(h.passageId()).passage().language() == language) {
                rank++;
                if (h.passageId().equals(c.passage().id())) {
                    return rank;
                }
            }
        }
        return 0;
    }

    @Test
    void bothRetrieversFindThePassageThatSharesTheQuestionsWords() {
        var question = index.analyze("How many orders per second at the festival peak?",
                TinyCorpus.WordsModel.vector("How many orders per second at the festival peak?"));
        List<PassageHit> lexical = index.lexical().retrieve(question, 3);
        List<PassageHit> vectors = index.vectors().retrieve(question, 3);
        assertThat(index.passage(lexical.get(0).passageId()).passage().text()).contains("583,000");
        assertThat(index.passage(vectors.get(0).passageId()).passage().text()).contains("583,000");
        assertThat(lexical.get(0).score()).isGreaterThan(lexical.get(1).score());
    }

    @Test
    void candidatesCarryBothRetrieversEvidenceAndTheExactCosine() {
        String q = "How many orders per second at the festival peak?";
        List<Candidate> found = candidates(q, Set.of());
        Candidate top = found.get(0);
        assertThat(top.passage().text()).contains("583,000");
        assertThat(top.vectorRank()).isEqualTo(1);
        assertThat(top.lexicalRank()).isEqualTo(1);
        assertThat(top.foundByBoth(1, Language.ENGLISH)).isTrue();
        assertThat(top.cosine()).isEqualTo(index.cosine(VectorSpace.MINILM, TinyCorpus.WordsModel.vector(q), top.passage().id()));
        assertThat(top.readingCosine()).isEqualTo(top.cosine());
        assertThat(top.bm25()).isPositive();
        assertThat(found).extracting(Candidate::fused).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void aFavouredArticleGainsOneFirstRankVote() {
        String q = "How many engineers will be hired, and how much money was raised?";
        List<Candidate> plain = candidates(q, Set.of());
        List<Candidate> favoured = candidates(q, Set.of("chips.txt"));
        Candidate chipsPlain = plain.stream().filter(c -> c.passage().source().equals("chips.txt")).findFirst().orElseThrow();
        Candidate chipsFavoured = favoured.stream().filter(c -> c.passage().source().equals("chips.txt")).findFirst()
                .orElseThrow();
        assertThat(chipsFavoured.fused() - chipsPlain.fused()).isEqualTo(ReciprocalRankFusion.firstRankVote(60));
        assertThat(favoured.indexOf(chipsFavoured)).isLessThanOrEqualTo(plain.indexOf(chipsPlain));
    }

    @Test
    void anExtractIsTheBestSentenceGrownByANeighbourThatAddsQuestionWords() {
        List<Extract> ranked = answerer.rank(index, Query.of("In which year was the festival peak 544,000 orders?"));
        Extract top = ranked.get(0);
        assertThat(top.text()).contains("544,000");
        // the sentence with 2020's figure holds the festival's words the 2019 sentence lacks: the extract grows by it
        assertThat(top.text()).startsWith("The shopping festival reached");
        String file = TinyCorpus.ARTICLES.get("festival.txt");
        assertThat(file.substring(top.start(), top.end())).isEqualTo(top.text());
    }

    @Test
    void aSentenceTooShortToStandAloneGrowsByTheNextOne() {
        Extract top = answerer.rank(index, Query.of("How much money did the chip maker raise from investors?")).get(0);
        assertThat(top.text()).startsWith("A chip maker raised 283 million dollars").contains("founded by the boss");
        assertThat(top.text().length()).isLessThanOrEqualTo(StandaloneConfig.mapping(AnswerConfig.class).settings().maxExtractChars());
    }

    @Test
    void aSingleSentenceUnder270CharactersTakesTheNextOneButTwoSentencesTakeNoThird() {
        CorpusIndex harbour = TinyCorpus.index(Map.of("harbour.txt", """
                Harbour record

                The harbour handled 41 million containers last year, more than any other in the world, according to \
                figures its operator published on Monday. The growth came from new shipping routes to Africa. Ships \
                now wait less than a day. Cranes were added in the south terminal.
                """));
        Extract top = TinyCorpus.answerer(harbour).rank(harbour,
                Query.of("How many containers did the harbour handle last year?")).get(0);
        assertThat(top.text()).startsWith("The harbour handled 41 million containers")
                .endsWith("new shipping routes to Africa.");
    }

    /** The short answer sentence takes the neighbour that scores higher as an answer; at the end, the one before it. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Cranes were added in the south terminal during the winter. The harbour handled 41 million containers \
            last year.|Cranes were added in the south terminal during the winter. The harbour handled 41 million \
            containers last year.
            The containers of the harbour came mostly from Asia. The harbour handled 41 million containers last year. \
            Cranes were added in the south terminal during the winter.|The containers of the harbour came mostly from \
            Asia. The harbour handled 41 million containers last year.
            """)
    void aShortSentenceTakesItsLikelierNeighbour(String article, String extract) {
        CorpusIndex harbour = TinyCorpus.index(Map.of("harbour.txt", "Harbour record\n\n" + article + "\n"));
        Extract top = TinyCorpus.answerer(harbour).rank(harbour,
                Query.of("How many containers did the harbour handle last year?")).get(0);
        assertThat(top.text()).isEqualTo(extract);
    }

    @Test
    void citationsAreNumberedDistinctAndTheAnswerIsTheFirstExtract() {
        var answer = answerer.answer(Query.of("How many engineers will the cloud unit hire?"), 3, "c1");
        assertThat(answer.answered()).isTrue();
        assertThat(answer.citations().get(0).extract()).contains("5,000 engineers");
        assertThat(answer.answer()).endsWith("[1]").doesNotContain("[2]");
        for (int i = 0; i < answer.citations().size(); i++) {
            var c = answer.citations().get(i);
            assertThat(c.id()).isEqualTo(i + 1);
            assertThat(TinyCorpus.ARTICLES.get(c.source()).substring(c.start(), c.end())).isEqualTo(c.extract());
        }
        assertThat(answer.citations()).extracting(c -> c.extract()).doesNotHaveDuplicates();
        assertThat(answer.confidence()).isEqualTo(answer.citations().get(0).score());
    }

    @Test
    void aLaterCitationShowsItsOwnConfidenceAndIsAtLeastItsFloor() {
        Query q = Query.of("How many engineers will the cloud unit hire?");
        List<Extract> ranked = answerer.rank(index, q);
        var answer = answerer.answer(q, 3, null);
        assertThat(answer.citations()).hasSizeGreaterThan(1);
        for (var c : answer.citations().subList(1, answer.citations().size())) {
            Extract e = TinyCorpus.extractOf(ranked, c);
            double own = LaterCitationModel.DEFAULT.confidence(e, ranked.get(0));
            assertThat(c.score()).as("citation [%d]", c.id()).isCloseTo(own, org.assertj.core.data.Offset.offset(0.0005))
                    .isGreaterThanOrEqualTo(LaterCitationModel.DEFAULT.floor() - 0.0005)
                    .isLessThan(answer.confidence());
        }
        assertThat(answer.citations().subList(1, answer.citations().size())).extracting(c -> c.score()).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void aGermanQuestionsLaterEnglishCitationShowsTheModelFittedOnGermanQuestionsOverEnglishArticles() {
        Query q = Query.of("Wie hoch war der Peak des Shopping-Festivals im Jahr 2020?");
        assertThat(q.language()).isEqualTo(dev.newsqa.ingest.Language.GERMAN);
        List<Extract> ranked = answerer.rank(index, q);
        var answer = TinyCorpus.answerer(index, TinyCorpus.settings(0)).answer(q, 10, null);
        assertThat(answer.answered()).isTrue();
        TinyCorpus.assertLaterCitationsShow(answer, ranked, LaterCitationModel.GERMAN_OVER_ENGLISH,
                LaterCitationModel.DEFAULT);
    }

    @Test
    void withoutAnOperatorsFloorEachLaterCitationModelCitesFromItsOwn() {
        Query q = Query.of("How many engineers will the cloud unit hire?");
        List<Extract> ranked = answerer.rank(index, q);
        LaterCitationModel m = LaterCitationModel.DEFAULT;
        List<QuestionAnswerer.Later> open = QuestionAnswerer.later(ranked, 9,
                language -> new LaterCitationModel(m.bias(), m.ownConfidence(), m.scoreGap(), 0), OptionalDouble.empty());
        assertThat(open).hasSizeGreaterThan(1);
        double best = open.get(0).confidence();
        LaterCitationModel above = new LaterCitationModel(m.bias(), m.ownConfidence(), m.scoreGap(), best + 0.001);
        LaterCitationModel at = new LaterCitationModel(m.bias(), m.ownConfidence(), m.scoreGap(), best);
        assertThat(QuestionAnswerer.later(ranked, 9, language -> above, OptionalDouble.empty())).isEmpty();
        assertThat(QuestionAnswerer.later(ranked, 9, language -> at, OptionalDouble.empty())).hasSize(1);
        // an operator's floor replaces the model's
        assertThat(QuestionAnswerer.later(ranked, 9, language -> above, OptionalDouble.of(0))).hasSameSizeAs(open);
    }

    @Test
    void aLaterCitationBelowItsFloorIsNotShown() {
        Query q = Query.of("How many engineers will the cloud unit hire?");
        var open = TinyCorpus.answerer(index, TinyCorpus.settings(0)).answer(q, 10, null);
        assertThat(open.citations()).hasSizeGreaterThan(2);
        double second = open.citations().get(1).score();
        var strict = TinyCorpus.answerer(index, TinyCorpus.settings(second + 0.001)).answer(q, 10, null);
        assertThat(strict.citations()).hasSize(1);
        assertThat(strict.confidence()).isEqualTo(open.confidence());
        assertThat(strict.answer()).isEqualTo(open.answer());
    }

    @Test
    void aLaterCitationFromTheSamePassageNeverOverlapsAnEarlierOne() {
        // the festival passage holds both years' peaks: the one asked for first, the other sentence after it
        var answer = TinyCorpus.answerer(index, TinyCorpus.settings(0))
                .answer(Query.of("What was the peak of orders per second in 2019?"), 10, null);
        var citations = answer.citations();
        assertThat(citations).extracting(c -> c.source()).containsSubsequence("festival.txt", "festival.txt");
        for (int i = 0; i < citations.size(); i++) {
            for (int j = i + 1; j < citations.size(); j++) {
                var a = citations.get(i);
                var b = citations.get(j);
                assertThat(a.source().equals(b.source()) && a.start() < b.end() && b.start() < a.end())
                        .as("[%d] and [%d] overlap", a.id(), b.id()).isFalse();
            }
        }
    }

    @Test
    void maxCitationsIsHonouredAndNothingIsCitedForAnUnrelatedQuestion() {
        var one = answerer.answer(Query.of("How many engineers will the cloud unit hire?"), 1, null);
        assertThat(one.citations()).hasSize(1);
        var none = answerer.answer(Query.of("Who painted the Mona Lisa?"), 3, null);
        assertThat(none.answered()).isFalse();
        assertThat(none.citations()).isEmpty();
        assertThat(none.answer()).isEqualTo(FixedTexts.ENGLISH.notFound());
    }

    @Test
    void aFollowUpIsJudgedByWhatItAsksItself() {
        Query followUp = Query.of("And in 2019?").followUp("in 2019?", "What was the festival peak in 2020?",
                Set.of("festival.txt"));
        Extract top = answerer.rank(index, followUp).get(0);
        assertThat(top.text()).contains("544,000");
        assertThat(top.askedCoverage()).isEqualTo(1.0);
        Extract alone = answerer.rank(index, Query.of("What was the festival peak in 2020?")).get(0);
        assertThat(alone.askedCoverage()).isEqualTo(alone.evidence().coverage());
    }
}
