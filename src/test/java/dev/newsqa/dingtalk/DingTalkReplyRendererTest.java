package dev.newsqa.dingtalk;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsqa.answer.Answer;
import dev.newsqa.answer.Citation;
import dev.newsqa.ingest.Language;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DingTalkReplyRendererTest {

    private static DingTalkMessage groupMessage() {
        return new DingTalkMessage("m1", "text", null, null, "Li Lei", "staff-7", "s-7", "cid-1", "2", null, null);
    }

    private static Answer answer(String text, Citation... citations) {
        return new Answer("q?", Language.ENGLISH, citations.length > 0, text, 0.9, "c", null, null, List.of(citations));
    }

    @Test
    void aShortAnswerComesFirstInBold() {
        Citation c = new Citation(1, "a.txt", "A", "Developed in 2014, DingTalk …", 0, 28, 0.9, Language.ENGLISH);
        Answer a = new Answer("q?", Language.ENGLISH, true, "Developed in 2014, DingTalk … [1]", 0.9, "c", null,
                new dev.newsqa.answer.ShortAnswer("2014", "a.txt", 13, 17), List.of(c));
        String text = new DingTalkReplyRenderer(4500).answer(a, groupMessage()).markdown().text();
        assertThat(text).startsWith("@staff-7 **2014**\n\nDeveloped in 2014");
    }

    @Test
    void articleTextCannotInjectMarkupOrLinks() {
        String hostile = "<script>alert(1)</script> [click](http://evil.example) ![x](https://evil.example/a.png) "
                + "<font color=red>big</font> **bold** see www.evil.example\n# Heading\n> quote";
        Citation c = new Citation(1, "a.txt", "Title [x](http://t.example)", hostile, 0, hostile.length(), 0.9, Language.ENGLISH);
        String md = new DingTalkReplyRenderer(4500).answer(answer(hostile + " [1]", c), groupMessage()).markdown().text();
        assertThat(md).doesNotContain("<", "script>", "red>", "](", "http://", "https://", "www.", "**bold**", "\n# Heading", "\n> quote");
        assertThat(md).contains("script", "alert(1)", "click", "evil", "Heading", "quote");
        assertThat(md.lines().filter(line -> line.startsWith(">")))
                .as("the only quotes are the renderer's own, one per source").hasSize(1);
    }

    @Test
    void groupRepliesMentionTheAskerAndListTheSources() {
        Citation c1 = new Citation(1, "001.txt", "First article", "The first extract.", 0, 18, 0.9, Language.ENGLISH);
        Citation c2 = new Citation(2, "002.txt", "Second article", "The second extract.", 0, 19, 0.8, Language.ENGLISH);
        DingTalkReply reply = new DingTalkReplyRenderer(4500).answer(answer("Answer [1] and [2]", c1, c2), groupMessage());
        assertThat(reply.msgtype()).isEqualTo("markdown");
        assertThat(reply.at().atUserIds()).containsExactly("staff-7");
        assertThat(reply.markdown().text()).startsWith("@staff-7 Answer [1] and [2]")
                .contains("#### Sources", "**[1] First article** (001.txt) · confidence 90 %\n\n> The first extract.",
                        "**[2] Second article** (002.txt) · confidence 80 %\n\n> The second extract.");
        assertThat(reply.markdown().title()).isEqualTo("Answer: q?");
    }

    @Test
    void threeSourcesOfFullLengthExtractsFitWholeWithTheirOwnConfidence() {
        String extract = "A long extract of the article, word after word. ".repeat(8).strip(); // 400 characters
        Citation c1 = new Citation(1, "001.txt", "First article", extract, 0, 400, 0.912, Language.ENGLISH);
        Citation c2 = new Citation(2, "001.txt", "First article", extract, 500, 900, 0.138, Language.ENGLISH);
        Citation c3 = new Citation(3, "002.txt", "Second article", extract, 0, 400, 0.061, Language.ENGLISH);
        String md = new DingTalkReplyRenderer(4500).answer(answer(extract + " [1]", c1, c2, c3), groupMessage())
                .markdown().text();
        assertThat(md).hasSizeLessThanOrEqualTo(4500).doesNotContain("…")
                .contains("**[1] First article** (001.txt) · confidence 91 %\n\n> " + extract,
                        "**[2] First article** (001.txt) · confidence 14 %\n\n> " + extract,
                        "**[3] Second article** (002.txt) · confidence 6 %\n\n> " + extract);
    }

    @Test
    void oneToOneRepliesMentionNobody() throws Exception {
        DingTalkMessage direct = new DingTalkMessage("m2", "text", null, null, "Li Lei", "staff-7", "s-7", "cid-2", "1", null, null);
        DingTalkReply reply = new DingTalkReplyRenderer(4500).text("hello", direct);
        assertThat(reply.at()).isNull();
        assertThat(new ObjectMapper().writeValueAsString(reply)).isEqualTo("{\"msgtype\":\"text\",\"text\":{\"content\":\"hello\"}}");
    }

    @Test
    void longAnswersAreCutToTheMessageLimit() {
        String longText = "word ".repeat(3000);
        List<Citation> many = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            many.add(new Citation(i, i + ".txt", "Title " + i, longText, 0, longText.length(), 0.5, Language.ENGLISH));
        }
        DingTalkReply reply = new DingTalkReplyRenderer(4500)
                .answer(answer(longText, many.toArray(Citation[]::new)), groupMessage());
        String md = reply.markdown().text();
        assertThat(md.length()).isLessThanOrEqualTo(4500);
        assertThat(md).contains("#### Sources", "**[1] Title 1**", "…");
        assertThat(md).doesNotEndWith(" ");
    }
}
