package dev.newsqa.ingest;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SentenceSplitterTest {

    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<String> split(String text) {
        return splitter.split(text, new Span(0, text.length())).stream().map(s -> s.of(text)).toList();
    }

    @Test
    void splitsSentencesAndKeepsOffsets() {
        String text = "Alibaba hired staff. Tencent did not! Why?";
        assertEquals(List.of("Alibaba hired staff.", "Tencent did not!", "Why?"), split(text));
    }

    @Test
    void doesNotEndSentencesAtAbbreviationsOrDomainNames() {
        assertEquals(1, split("It will challenge market leaders Amazon.com Inc, Microsoft Corp and Google Inc.").size());
        assertEquals(1, split("Alibaba Cloud’s Mt. Everest is no longer handling all the traffic.").size());
        assertEquals(1, split("Investitionen in Höhe von 1 Mrd. USD zur Unterstützung.").size());
    }

    @Test
    void aGermanOrdinalEndsNoSentence() {
        assertEquals(List.of("Am 8. Februar 2007 gab die Gesellschaft ihre Absicht bekannt, die Kanäle zu ersetzen.",
                        "Die Nachkommen nutzten die Namen bis weit ins 19. Jahrhundert hinein."),
                split("Am 8. Februar 2007 gab die Gesellschaft ihre Absicht bekannt, die Kanäle zu ersetzen. "
                        + "Die Nachkommen nutzten die Namen bis weit ins 19. Jahrhundert hinein."));
        // in English a number and a dot end a sentence as before
        assertEquals(2, split("The team finished the season in position 12. The coach left in May.").size());
    }

    @Test
    void offsetsAreRelativeToTheWholeText() {
        String text = "Prefix line\nFirst sentence here. Second one.";
        Span paragraph = new Span(12, text.length());
        List<Span> spans = splitter.split(text, paragraph);
        assertEquals("First sentence here.", spans.get(0).of(text));
        assertEquals("Second one.", spans.get(1).of(text));
    }

    @Test
    void splitsChineseAtFullWidthMarksWithTheClosingQuoteAndExactOffsetsButNotAtASemicolon() {
        String text = "标题\n他说：“今天的会议取消了。”随后离开了会场。你真的要去吗？！我不知道……天气很好；路也不远。最后一句没有句号";
        Span paragraph = new Span(3, text.length());
        List<Span> spans = splitter.split(text, paragraph);
        List<String> expected = List.of("他说：“今天的会议取消了。”", "随后离开了会场。", "你真的要去吗？！", "我不知道……",
                "天气很好；路也不远。", "最后一句没有句号");
        assertEquals(expected, spans.stream().map(s -> s.of(text)).toList());
        int from = 0;
        for (int i = 0; i < expected.size(); i++) {
            int at = text.indexOf(expected.get(i), from);
            assertEquals(new Span(at, at + expected.get(i).length()), spans.get(i));
            from = at + expected.get(i).length();
        }
    }

    @Test
    void aChineseMarkInsideBracketsOrAQuoteEndsNothingUntilTheQuoteCloses() {
        String text = "纽西兰鸡毛松（学名：；毛利语：kahikatea）是特有种。她说：「亚当是可爱的。我没有和他约会。」媒体道歉了。（未闭合的括号！照样断句。";
        assertEquals(List.of("纽西兰鸡毛松（学名：；毛利语：kahikatea）是特有种。", "她说：「亚当是可爱的。我没有和他约会。」", "媒体道歉了。",
                "（未闭合的括号！", "照样断句。"), split(text));
    }

    @Test
    void chineseSentencesLeaveOutTheBlanksBetweenThemAndKeepLatinNames() {
        String text = "阿里巴巴（Alibaba）发布了新产品。 Google Play 下架了这个应用! 用户很失望。";
        assertEquals(List.of("阿里巴巴（Alibaba）发布了新产品。", "Google Play 下架了这个应用!", "用户很失望。"), split(text));
    }

    @Test
    void anEnglishSentenceWithAChineseNameIsNotCutTheChineseWay() {
        assertEquals(List.of("Its cloud unit Aliyun (阿里雲) grew fast; it is small.", "Rivals are larger."),
                split("Its cloud unit Aliyun (阿里雲) grew fast; it is small. Rivals are larger."));
    }
}
