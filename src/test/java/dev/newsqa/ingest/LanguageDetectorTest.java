package dev.newsqa.ingest;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LanguageDetectorTest {

    private final LanguageDetector detector = new LanguageDetector();

    @Test
    void chineseByItsShareOfHanCharacters() {
        assertEquals(Language.CHINESE, detector.detect("若游戏中离，则多少分钟内不得进行配对？"));
        assertEquals(Language.CHINESE, detector.detect("基于《跑跑卡丁车》与《泡泡堂》所开发的游戏，由韩国Nexon开发与发行。"));
        assertEquals(Language.CHINESE, detector.detect("Zynn 为什么被 Google Play 下架?"));
    }

    @Test
    void aFewNamesBetweenChineseWordsAreChineseBelowTheShareOfHan() {
        assertEquals(Language.CHINESE, detector.detect("那 AliExpress 呢？"));
        assertEquals(Language.CHINESE, detector.detect("Alibaba Cloud Intelligence 呢？"));
        assertEquals(Optional.empty(), detector.identify("Le gouvernement (政府) a annoncé une réforme."));
    }

    @Test
    void englishWithAFewChineseNamesInParenthesesStaysEnglish() {
        assertEquals(Language.ENGLISH, detector.detect("Alibaba Group Holding Ltd (阿里巴巴) is an unlikely disrupter, "
                + "but its cloud unit Aliyun (阿里雲), literally Ali cloud, has grown fast, citing Jack Ma (馬雲)."));
        assertEquals(Language.ENGLISH, detector.detect("What is the return of Jike (即刻)?"));
    }

    @Test
    void germanStaysGerman() {
        assertEquals(Language.GERMAN, detector.detect("Die Tochter des Konzerns wird in diesem Jahr 5.000 Ingenieure "
                + "einstellen, sagte der Chef von Aliyun (阿里雲)."));
        assertEquals(Language.GERMAN, detector.detect("Anfangsfinanzierung für AsiaForward?"));
    }

    @Test
    void otherLanguagesAreNoneOfOursAndFallBackToEnglish() {
        assertEquals(Optional.empty(), detector.identify("東京の天気は晴れです。明日は雨が降るでしょう。"));
        assertEquals(Optional.empty(), detector.identify("Погода в Москве сегодня хорошая."));
        assertEquals(Optional.empty(), detector.identify("Le gouvernement français a annoncé une réforme."));
        assertEquals(Optional.empty(), detector.identify(""));
        assertEquals(Language.ENGLISH, detector.detect("東京の天気は晴れです。"));
        assertTrue(detector.identify("Aliyun is small.").isPresent());
    }

    @Test
    void theSeedArticlesWithChineseNamesStayEnglish() throws Exception {
        Article a = SeedFiles.parse("002_fcdb2d4d14462c35.txt");
        assertEquals(Language.ENGLISH, a.language());
        assertTrue(a.passages().stream().allMatch(p -> p.language() == Language.ENGLISH));
    }
}
