package dev.newsqa.ingest;

import dev.newsqa.config.StandaloneConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleParserTest {

    private final ArticleParser parser = new ArticleParser(StandaloneConfig.mapping(DocumentsConfig.class).splitSettings());

    @ParameterizedTest
    @ValueSource(strings = {SeedFiles.ROUNDUP, SeedFiles.GERMAN, SeedFiles.GLUED, SeedFiles.CHINAI, SeedFiles.GARBLED})
    void everyPassageAndSentenceIsTheExactTextAtItsOffsets(String name) {
        String text = SeedFiles.text(name);
        Article article = parser.parse(name, text, "x");
        assertFalse(article.passages().isEmpty());
        int previousEnd = 0;
        for (Passage p : article.passages()) {
            assertEquals(text.substring(p.start(), p.end()), p.text(), p.id());
            assertTrue(p.start() >= previousEnd, "passages are in order and do not overlap: " + p.id());
            previousEnd = p.end();
            assertTrue(p.text().length() <= StandaloneConfig.mapping(DocumentsConfig.class).splitSettings().maxPassageChars() || p.sentences().size() == 1,
                    "long passages are cut at sentences: " + p.id());
            for (Sentence s : p.sentences()) {
                assertEquals(text.substring(s.start(), s.end()), s.text());
                assertTrue(s.start() >= p.start() && s.end() <= p.end());
                assertEquals(s.text().strip(), s.text(), "sentences carry no surrounding blanks");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {SeedFiles.ROUNDUP, SeedFiles.GERMAN, SeedFiles.GLUED, SeedFiles.CHINAI, SeedFiles.GARBLED})
    void boilerplateNeverEndsUpInAPassage(String name) {
        for (Passage p : SeedFiles.parse(name).passages()) {
            for (String chrome : List.of("Read More:", "Add comment", "Source Techcrunch", "Quelle: Bloomberg",
                    "please subscribe", "Trending 1 year ago", "Thank you for reading")) {
                assertFalse(p.text().contains(chrome), p.id() + " contains " + chrome);
            }
        }
    }

    @Test
    void aSpunArticleIsSearchedInPlainWordsButCitedAsWritten() {
        Article garbled = SeedFiles.parse(SeedFiles.GARBLED);
        Passage p = garbled.passages().stream().filter(x -> x.text().contains("helium volition")).findFirst().orElseThrow();
        assertTrue(p.searchText().contains("he will"), p.searchText());
        assertEquals(SeedFiles.text(SeedFiles.GARBLED).substring(p.start(), p.end()), p.text());
        assertTrue(p.sentences().stream().anyMatch(s -> s.searchText().contains(" he will ")));
        for (Passage plain : SeedFiles.parse(SeedFiles.ROUNDUP).passages()) {
            assertEquals(plain.text(), plain.searchText());
        }
    }

    @Test
    void titleIsTheHeadlineLineAndItsRepetitionIsDropped() {
        Article a = SeedFiles.parse(SeedFiles.ROUNDUP);
        assertEquals("China Roundup: Alibaba to add 5,000 staff to cloud unit", a.title());
        long copies = a.passages().stream().filter(p -> p.text().equals(a.title())).count();
        assertEquals(1, copies, "the repeated headline is not indexed twice");
        assertEquals("Alibaba CEO to oversee cloud arm following major server outage", SeedFiles.parse(SeedFiles.GARBLED).title());
    }

    @Test
    void germanTitleWithAbbreviationStaysWhole() {
        Article a = SeedFiles.parse(SeedFiles.GERMAN);
        assertTrue(a.title().startsWith("Alibaba Cloud kündigt Investitionen in Höhe von 1 Mrd. USD"));
        assertTrue(a.title().endsWith("in APAC an"));
        assertEquals(Language.GERMAN, a.language());
        assertTrue(a.passages().stream().allMatch(p -> p.language() == Language.GERMAN));
    }

    @Test
    void articleWithoutHeadlineGetsItsFirstSentenceShortened() {
        Article a = SeedFiles.parse(SeedFiles.GLUED);
        assertTrue(a.title().startsWith("E-commerce giant Alibaba Group Holding Ltd"), a.title());
        assertTrue(a.title().length() <= 91 && a.title().endsWith("…"), a.title());
    }

    @Test
    void unrelatedNewsGluedToTheEndLandsInPassagesOfItsOwn() {
        Article a = SeedFiles.parse(SeedFiles.GLUED);
        for (String foreign : List.of("Dina Boluarte", "CAUTIOUS RECOVERY", "GROWING CONCERN", "CHIP DUTIES")) {
            List<Passage> holding = a.passages().stream().filter(p -> p.text().contains(foreign)).toList();
            assertEquals(1, holding.size(), foreign);
            String passage = holding.get(0).text();
            assertFalse(passage.contains("Aliyun") || passage.contains("Alibaba"), "mixed with the article: " + passage);
        }
    }

    @Test
    void headingsTravelWithTheParagraphUnderThem() {
        Passage p = SeedFiles.parse(SeedFiles.ROUNDUP).passages().stream()
                .filter(x -> x.text().startsWith("Apple bans podcast apps")).findFirst().orElseThrow();
        assertTrue(p.sentences().get(0).heading());
        assertTrue(p.text().contains("banned from the Apple App Store"));
        assertFalse(p.sentences().get(1).heading());
    }

    @Test
    void abbreviationDoesNotSplitASentenceAcrossPassages() {
        Article a = SeedFiles.parse(SeedFiles.CHINAI);
        assertTrue(a.passages().stream().flatMap(p -> p.sentences().stream())
                .anyMatch(s -> s.text().startsWith("Alibaba Cloud’s Mt. Everest is no longer handling")));
    }

    @Test
    void windowsLineEndsAndBulletsAreLeftOutOfTheText() {
        String text = "Headline here\r\n\r\n  • First point of the story is this one.\r\nSecond paragraph follows it.\r\n";
        Article a = parser.parse("x.txt", text, "x");
        assertEquals("Headline here", a.title());
        for (Passage p : a.passages()) {
            assertFalse(p.text().startsWith("•"));
            assertFalse(p.text().endsWith("\r"));
            assertEquals(text.substring(p.start(), p.end()), p.text());
        }
    }

    @Test
    void shortParagraphsShareAPassageAndLongOnesDoNot() {
        String text = "Title line\n\nShort one. \nShort two.\n\n" + "Long sentence goes on. ".repeat(15) + "\n";
        Article a = new ArticleParser(new SplitSettings(700, 100)).parse("x.txt", text, "x");
        assertEquals(3, a.passages().size(), a.passages().toString());
        assertEquals("Short one. \nShort two.", a.passages().get(1).text());
    }

    @Test
    void aChineseArticleIsChineseAndCutIntoSentencesAtTheirExactOffsets() {
        String text = "泡泡战士\n\n由韩国Nexon开发与发行。中国大陆由盛大游戏运营。\n\n"
                + "玩家以水枪、小枪或是水炸弹泡封敌人。若游戏中离，则4分钟内不得进行配对！他说：“这是规则。”\n";
        Article a = parser.parse("zh.txt", text, "x");
        assertEquals(Language.CHINESE, a.language());
        assertEquals("泡泡战士", a.title());
        List<String> sentences = a.passages().stream().flatMap(p -> p.sentences().stream()).map(Sentence::text).toList();
        assertEquals(List.of("泡泡战士", "由韩国Nexon开发与发行。", "中国大陆由盛大游戏运营。", "玩家以水枪、小枪或是水炸弹泡封敌人。",
                "若游戏中离，则4分钟内不得进行配对！", "他说：“这是规则。”"), sentences);
        for (Passage p : a.passages()) {
            assertEquals(Language.CHINESE, p.language());
            assertEquals(text.substring(p.start(), p.end()), p.text());
            for (Sentence s : p.sentences()) {
                assertEquals(text.substring(s.start(), s.end()), s.text());
            }
        }
        // a short paragraph ending in 。 is text, not a section heading
        assertTrue(a.passages().stream().flatMap(p -> p.sentences().stream()).filter(Sentence::heading)
                .allMatch(s -> s.text().equals("泡泡战士")));
    }
}
