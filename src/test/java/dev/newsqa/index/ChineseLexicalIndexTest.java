package dev.newsqa.index;

import dev.newsqa.ingest.DocumentsConfig;
import dev.newsqa.config.StandaloneConfig;
import dev.newsqa.ingest.Article;
import dev.newsqa.ingest.ArticleParser;
import dev.newsqa.ingest.Language;
import dev.newsqa.ingest.Passage;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Chinese passages are indexed under smartcn's words, and a Chinese question finds them by those words. */
class ChineseLexicalIndexTest {

    private static final String GAME = """
            泡泡战士

            基于《跑跑卡丁车》与《泡泡堂》所开发的游戏，由韩国Nexon开发与发行。若游戏中离，则4分钟内不得进行配对。
            """;
    private static final String PLANT = """
            六耳铃

            六耳铃是菊科六耳铃属的植物。花期从10月起至翌年5~6月，分布于印度尼西亚、缅甸以及中国大陆的福建、广东等地。
            """;
    private static final String CLOUD = """
            Cloud unit hires engineers

            The cloud unit of the retailer will hire 5,000 engineers this year, its chief said in Hangzhou.
            """;

    /** An English article that glosses a name in Chinese characters, as Taiwanese and Hong Kong papers do. */
    private static final String GLOSSED = """
            Cloud deal in Dalian

            E-commerce giant Alibaba Group Holding Ltd (阿里巴巴) is an underdog in the global cloud computing industry.

            The retailer will hire 5,000 engineers for its cloud unit this year, its chief said in Hangzhou.
            """;

    private final LanguageAnalyzers analyzers = new LanguageAnalyzers();

    @Test
    void aChineseQuestionIsCutIntoWordsWithoutItsQuestionWords() {
        List<String> terms = analyzers.terms(Language.CHINESE.code(), "若游戏中离，则多少分钟内不得进行配对？");
        assertThat(terms).contains("游戏", "分钟", "配对").doesNotContain("多少", "配", "对", "？", ",");
        assertThat(LanguageAnalyzers.FIELDS).contains(Language.CHINESE.code());
    }

    @Test
    void aChineseQuestionFindsTheChinesePassageByItsWords() {
        ArticleParser parser = new ArticleParser(StandaloneConfig.mapping(DocumentsConfig.class).splitSettings());
        List<Passage> passages = Stream.of(parser.parse("game.txt", GAME, "1"), parser.parse("plant.txt", PLANT, "2"),
                        parser.parse("cloud.txt", CLOUD, "3"))
                .flatMap(a -> a.passages().stream()).toList();
        LexicalIndex index = LexicalIndex.build(analyzers, passages);

        AnalyzedQuery question = index.analyze("六耳铃的花期是什么时候？", null);
        assertThat(question.terms(Language.CHINESE.code())).contains("花期");
        List<PassageHit> hits = index.retrieve(question, 3);
        assertThat(hits).isNotEmpty();
        assertThat(hits.get(0).passageId()).startsWith("plant.txt#");

        AnalyzedQuery game = index.analyze("多少分钟内不得进行配对？", null);
        assertThat(index.retrieve(game, 3).get(0).passageId()).startsWith("game.txt#");
        // the Chinese passages are indexed under the Chinese field: its words are known there, unknown words weigh most
        assertThat(index.idf(Language.CHINESE.code(), "配对")).isLessThan(index.idf(Language.CHINESE.code(), "不存在的词"));
    }

    @Test
    void hanGlossesInAnEnglishArticleAreNoEvidenceForAChineseQuestion() {
        ArticleParser parser = new ArticleParser(StandaloneConfig.mapping(DocumentsConfig.class).splitSettings());
        Article glossed = parser.parse("glossed.txt", GLOSSED, "4");
        Article plant = parser.parse("plant.txt", PLANT, "2");
        assertThat(glossed.passages()).allMatch(p -> p.language() == Language.ENGLISH);
        LexicalIndex index = LexicalIndex.build(analyzers, Stream.of(glossed, plant)
                .flatMap(a -> a.passages().stream()).toList());

        // the gloss's characters are indexed nowhere, so they weigh as a word no passage has, and find nothing
        double unseen = index.idf(LanguageAnalyzers.EXACT, "不存在的词");
        assertThat(index.idf(LanguageAnalyzers.EXACT, "阿")).isEqualTo(unseen);
        AnalyzedQuery question = index.analyze("阿里巴巴将招聘多少名工程师？", Language.CHINESE, Map.of(), null,
                VectorSpace.MINILM);
        assertThat(question.terms(LanguageAnalyzers.EXACT)).contains("阿");
        assertThat(index.retrieve(question, 3))
                .noneMatch(hit -> hit.passageId().startsWith("glossed.txt#"));
        // a Chinese article's characters are still indexed unstemmed
        assertThat(index.idf(LanguageAnalyzers.EXACT, "铃")).isLessThan(unseen);

        // and the sentence terms extracts are chosen by drop them the same way
        Map<String, String> pool = new HashMap<>();
        assertThat(AnalyzedText.of(analyzers, "Alibaba Group Holding Ltd (阿里巴巴)", Language.ENGLISH, pool).exactTerms())
                .containsExactlyInAnyOrder("alibaba", "group", "holding", "ltd");
        assertThat(AnalyzedText.of(analyzers, "六耳铃是菊科植物", Language.CHINESE, pool).exactTerms()).contains("铃");
    }

    @Test
    void englishPassagesKeepTheirOwnField() {
        Article cloud = new ArticleParser(StandaloneConfig.mapping(DocumentsConfig.class).splitSettings()).parse("cloud.txt", CLOUD, "3");
        assertThat(cloud.passages()).allMatch(p -> p.language() == Language.ENGLISH);
        assertThat(analyzers.terms(Language.CHINESE.code(), "What does the cloud unit do?"))
                .containsExactly("cloud", "unit");
    }

    @Test
    void aLongChineseQuestionStaysWithinLucenesClauseLimit() {
        ArticleParser parser = new ArticleParser(StandaloneConfig.mapping(DocumentsConfig.class).splitSettings());
        List<Passage> passages = Stream.of(parser.parse("game.txt", GAME, "1"), parser.parse("plant.txt", PLANT, "2"))
                .flatMap(a -> a.passages().stream()).toList();
        LexicalIndex index = LexicalIndex.build(analyzers, passages);
        StringBuilder question = new StringBuilder("六耳铃的花期");
        java.util.Random random = new java.util.Random(23);
        while (question.length() < 1990) { // two questions of the service's longest, read together
            question.append((char) (0x4E00 + random.nextInt(0x9FA5 - 0x4E00)));
        }
        AnalyzedQuery analyzed = index.analyze(question + "是什么时候？", Language.CHINESE, java.util.Map.of(), null,
                VectorSpace.MINILM);
        assertThat(analyzed.terms(Language.CHINESE.code()).size() + analyzed.terms(LanguageAnalyzers.EXACT).size())
                .isGreaterThan(1024);
        assertThat(index.retrieve(analyzed, 3)).isNotEmpty();
    }
}
