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
    void offsetsAreRelativeToTheWholeText() {
        String text = "Prefix line\nFirst sentence here. Second one.";
        Span paragraph = new Span(12, text.length());
        List<Span> spans = splitter.split(text, paragraph);
        assertEquals("First sentence here.", spans.get(0).of(text));
        assertEquals("Second one.", spans.get(1).of(text));
    }
}
