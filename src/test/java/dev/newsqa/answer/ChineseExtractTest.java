package dev.newsqa.answer;

import dev.newsqa.ingest.DocumentsConfig;
import dev.newsqa.config.StandaloneConfig;
import dev.newsqa.corpus.ArticleEmbedder;
import dev.newsqa.index.CorpusIndex;
import dev.newsqa.index.LanguageAnalyzers;
import dev.newsqa.ingest.ArticleParser;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Extracts from Chinese articles are as short as English ones: one or two sentences, not a paragraph. */
class ChineseExtractTest {

    private static final String GAME = """
            泡泡战士

            泡泡战士是韩国公司开发的一款多人对战游戏。中国大陆由盛大游戏负责运营，台湾由游戏橘子运营。\
            玩家以水枪、小枪、锤子或是水炸弹泡封敌人。每次泡封会减少生命数，生命数耗完即算为踢爆。\
            若游戏中离，则四分钟内不得进行配对。重生者在一定时间内为无敌状态。以踢爆数计分较多者获胜。
            """;
    private static final String PLANT = """
            六耳铃

            六耳铃是菊科六耳铃属的植物。它的生命力很强，耗完养分后仍能生长。花期从十月起至翌年五月。
            """;

    /** The article's name opens it; the sentences after it speak of the bird without naming it, as Chinese does. */
    private static final String BIRD = """
            斑纹长尾雀

            斑纹长尾雀是雀形目鸟类。它分布于南方山地森林，常在灌丛中活动。繁殖期在每年四月至六月。成鸟体重约二十克。
            """;

    /** The sentence that names the flower's other name says "therefore": its reason is the sentence before. */
    private static final String FLOWER = """
            石榴花

            石榴花是石榴树在初夏开出的花。它的花瓣红得像火，远远看去一片通红。因此人们也称它为火焰花。花期约一个月。
            """;

    private final CorpusIndex index = index();
    private final QuestionAnswerer answerer = TinyCorpus.answerer(index);

    private static CorpusIndex index() {
        ArticleParser parser = new ArticleParser(StandaloneConfig.mapping(DocumentsConfig.class).splitSettings());
        var articles = Stream.of(parser.parse("game.txt", GAME, "1"), parser.parse("plant.txt", PLANT, "2"),
                parser.parse("bird.txt", BIRD, "3"), parser.parse("flower.txt", FLOWER, "4")).toList();
        return CorpusIndex.build(new ArticleEmbedder(new TinyCorpus.WordsModel()).embed(articles), new LanguageAnalyzers());
    }

    private static long sentences(String extract) {
        return extract.codePoints().filter(c -> "。！？".indexOf(c) >= 0).count();
    }

    @Test
    void aLaterChineseCitationShowsTheConfidenceOfTheModelFittedOnChineseExtracts() {
        Query q = Query.of("玩家以水枪、小枪、锤子或是水炸弹泡封什么？");
        List<Extract> ranked = answerer.rank(index, q);
        var answer = TinyCorpus.answerer(index, TinyCorpus.settings(0)).answer(q, 10, null);
        assertThat(answer.answered()).isTrue();
        TinyCorpus.assertLaterCitationsShow(answer, ranked, LaterCitationModel.CHINESE, LaterCitationModel.DEFAULT);
    }

    @Test
    void aChineseExtractIsOneOrTwoSentences() {
        Extract top = answerer.rank(index, Query.of("生命数耗完即算为什么？")).get(0);
        assertThat(top.candidate().passage().source()).isEqualTo("game.txt");
        assertThat(top.text()).contains("生命数耗完即算为踢爆。");
        assertThat(sentences(top.text())).isBetween(1L, 2L);
        assertThat(top.text()).isEqualTo(GAME.substring(top.start(), top.end()));
    }

    @Test
    void theSentenceThatAnswersWinsOverTheOneThatRepeatsTheArticlesName() {
        // the name's five characters are more of the question than 体重, but every sentence of the article is about it
        Extract top = answerer.rank(index, Query.of("斑纹长尾雀体重多少？")).get(0);
        assertThat(top.candidate().passage().source()).isEqualTo("bird.txt");
        assertThat(top.text()).contains("成鸟体重约二十克。").doesNotContain("雀形目");
    }

    @Test
    void aSentenceThatOpensWithThereforeBringsTheOneBeforeIt() {
        Extract top = answerer.rank(index, Query.of("石榴花为什么被称为火焰花？")).get(0);
        assertThat(top.candidate().passage().source()).isEqualTo("flower.txt");
        assertThat(top.text()).contains("因此人们也称它为火焰花。").contains("花瓣红得像火");
    }

    @Test
    void differentChineseExtractsAreAllKept() {
        List<Extract> ranked = answerer.rank(index, Query.of("生命数耗完即算为什么？"));
        assertThat(ranked).hasSizeGreaterThanOrEqualTo(2);
        assertThat(ranked).extracting(e -> e.candidate().passage().source()).contains("game.txt", "plant.txt");
    }
}
