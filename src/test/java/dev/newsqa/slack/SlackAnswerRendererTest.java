package dev.newsqa.slack;

import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import dev.newsqa.answer.Answer;
import dev.newsqa.answer.Citation;
import dev.newsqa.ingest.Language;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SlackAnswerRendererTest {

    private final SlackAnswerRenderer renderer = new SlackAnswerRenderer();

    @Test
    void aShortAnswerComesFirstEscapedAndTheAnswerUnderIt() {
        Citation c = new Citation(1, "a.txt", "A", "Developed in 2014 <b>", 0, 21, 0.9, Language.ENGLISH);
        Answer a = new Answer("q", Language.ENGLISH, true, "Developed in 2014 <b> [1]", 0.9, "id", null,
                new dev.newsqa.answer.ShortAnswer("2014 <b>", "a.txt", 13, 21), List.of(c));
        var blocks = renderer.blocks(a);
        assertThat(((MarkdownTextObject) ((SectionBlock) blocks.get(0)).getText()).getText()).isEqualTo("*2014 &lt;b&gt;*");
        assertThat(((MarkdownTextObject) ((SectionBlock) blocks.get(1)).getText()).getText()).contains("Developed in 2014");
    }

    @Test
    void articleTextIsEscapedForMrkdwn() {
        Citation c = new Citation(1, "a.txt", "Tom & <Jerry>", "<script>alert(1)</script> & <!channel>", 0, 10, 0.9, Language.ENGLISH);
        Answer a = new Answer("q", Language.ENGLISH, true, "<script>alert(1)</script> & <!channel> [1]", 0.9, "id", null, null, List.of(c));
        var blocks = renderer.blocks(a);
        String section = ((MarkdownTextObject) ((SectionBlock) blocks.get(0)).getText()).getText();
        assertThat(section).isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;!channel&gt; [1]");
        String source = ((MarkdownTextObject) ((ContextBlock) blocks.get(2)).getElements().get(0)).getText();
        assertThat(source).contains("Tom &amp; &lt;Jerry&gt;").contains("&lt;!channel&gt;").doesNotContain("<");
    }

    @Test
    void longAnswersAreCutCleanlyWithinSlacksLimits() {
        String word = "traffic&peak ";
        String huge = word.repeat(1000);
        List<Citation> citations = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            citations.add(new Citation(i, "a.txt", "Title " + i, huge, 0, 10, 0.9, Language.ENGLISH));
        }
        var blocks = renderer.blocks(new Answer("q", Language.ENGLISH, true, huge, 0.9, "id", null, null, citations));
        assertThat(blocks).hasSizeLessThanOrEqualTo(50);
        String section = ((MarkdownTextObject) ((SectionBlock) blocks.get(0)).getText()).getText();
        assertThat(section).hasSizeLessThanOrEqualTo(3000).endsWith("…").doesNotContain("&am…");
        for (var b : blocks.subList(1, blocks.size())) {
            assertThat(((MarkdownTextObject) ((ContextBlock) b).getElements().get(0)).getText()).hasSizeLessThanOrEqualTo(2000);
        }
        assertThat(renderer.fallbackText(new Answer("q", Language.ENGLISH, true, huge, 0.9, "id", null, null, citations))).hasSizeLessThanOrEqualTo(3000);
    }

    @Test
    void threeSourcesOfLongExtractsEachShowTheirOwnConfidenceWithinSlacksLimits() {
        String extract = "A long extract of the article, word after word. ".repeat(9); // over 400 characters
        List<Citation> citations = List.of(new Citation(1, "a.txt", "First", extract, 0, 10, 0.912, Language.ENGLISH),
                new Citation(2, "a.txt", "First", extract, 20, 30, 0.138, Language.ENGLISH), new Citation(3, "b.txt", "Second", extract, 0, 10, 0.061, Language.ENGLISH));
        var blocks = renderer.blocks(new Answer("q", Language.ENGLISH, true, extract + " [1]", 0.912, "id", null, null, citations));
        List<String> contexts = blocks.subList(1, blocks.size()).stream()
                .map(b -> ((MarkdownTextObject) ((ContextBlock) b).getElements().get(0)).getText()).toList();
        assertThat(contexts.get(0)).isEqualTo("*Sources*");
        List<String> sources = contexts.subList(1, contexts.size());
        assertThat(sources).hasSize(3);
        assertThat(sources.get(0)).startsWith("*[1] First* (a.txt) · confidence 91 %\n>");
        assertThat(sources.get(1)).startsWith("*[2] First* (a.txt) · confidence 14 %\n>");
        assertThat(sources.get(2)).startsWith("*[3] Second* (b.txt) · confidence 6 %\n>");
        assertThat(sources).allSatisfy(s -> assertThat(s).hasSizeLessThanOrEqualTo(2000).doesNotContain("…"));
    }

    @Test
    void unansweredQuestionShowsTheMessageAndNoSources() {
        var blocks = renderer.blocks(new Answer("q", Language.ENGLISH, false, "The articles do not answer this question.", 0.1, "id", null, null, List.of()));
        assertThat(blocks).hasSize(1);
    }
}
