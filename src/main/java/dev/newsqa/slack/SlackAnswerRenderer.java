package dev.newsqa.slack;

import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import dev.newsqa.answer.Answer;
import dev.newsqa.answer.Citation;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders an {@link Answer} as Block Kit: the answer in a section, then a "Sources" context block
 * per citation with its article title, confidence and extract, the fixed texts in the question's language. Within
 * Slack's limits: 3,000 characters per section, 50 blocks per message.
 */
final class SlackAnswerRenderer {

    static final int SECTION_LIMIT = 3000;
    static final int CONTEXT_LIMIT = 2000;
    static final int FALLBACK_LIMIT = 3000;
    private static final int MAX_BLOCKS = 50;

    List<LayoutBlock> blocks(Answer answer) {
        List<LayoutBlock> blocks = new ArrayList<>();
        if (answer.shortAnswer() != null) {
            blocks.add(section("*" + SlackMarkdown.escapeWithin(answer.shortAnswer().text(), 300) + "*"));
        }
        blocks.add(section(SlackMarkdown.escapeWithin(answer.answer(), SECTION_LIMIT)));
        if (answer.readWith() != null) {
            blocks.add(context("_" + readWithNote(answer) + "_"));
        }
        if (!answer.citations().isEmpty()) {
            blocks.add(context("*" + answer.texts().sources() + "*"));
            for (Citation c : answer.citations()) {
                if (blocks.size() == MAX_BLOCKS) {
                    break;
                }
                // each source shows its own confidence: a later one is a possible answer, not a second proof
                String head = "*[" + c.id() + "] " + SlackMarkdown.escape(c.title()) + "* (" + SlackMarkdown.escape(c.source())
                        + ") · " + answer.texts().confidence() + " " + c.percent() + " %\n";
                String extract = SlackMarkdown.escapeWithin(c.extract().replaceAll("\\s+", " "), Math.max(200, CONTEXT_LIMIT - head.length() - 2));
                blocks.add(context(head + ">" + extract));
            }
        }
        return blocks;
    }

    /** A follow-up read with the question before it says so, so that a wrong carry-over is seen. */
    static String readWithNote(Answer answer) {
        return answer.texts().readWith(SlackMarkdown.escapeWithin(answer.readWith().replaceAll("\\s+", " "), 300));
    }

    /** Plain text for notifications and clients that show no blocks. */
    String fallbackText(Answer answer) {
        return SlackMarkdown.escapeWithin(answer.answer(), FALLBACK_LIMIT);
    }

    private static SectionBlock section(String mrkdwn) {
        return SectionBlock.builder().text(MarkdownTextObject.builder().text(mrkdwn).build()).build();
    }

    private static ContextBlock context(String mrkdwn) {
        return ContextBlock.builder().elements(List.of(MarkdownTextObject.builder().text(mrkdwn).build())).build();
    }
}
