package dev.newsqa.dingtalk;

import dev.newsqa.answer.Answer;
import dev.newsqa.answer.Citation;
import dev.newsqa.answer.FixedTexts;
import dev.newsqa.channel.LengthLimit;

import java.util.List;

/**
 * Renders an {@link Answer} as a DingTalk markdown message: the answer, then the sources (article title, its own
 * confidence and extract per citation), mentioning the asker in groups, and never longer than DingTalk accepts; the
 * fixed texts are in the question's language.
 */
final class DingTalkReplyRenderer {

    private static final int TITLE_CHARS = 60;
    private static final int MIN_EXTRACT_CHARS = 120;

    private final int maxChars;

    DingTalkReplyRenderer(int maxMessageChars) {
        this.maxChars = maxMessageChars;
    }

    DingTalkReply answer(Answer answer, DingTalkMessage asked) {
        StringBuilder text = new StringBuilder(mention(asked));
        boolean sources = !answer.citations().isEmpty();
        int answerBudget = (sources ? maxChars / 2 : maxChars) - text.length();
        if (answer.shortAnswer() != null) {
            text.append("**").append(DingTalkMarkdown.escapeWithin(answer.shortAnswer().text(), 300)).append("**\n\n");
        }
        text.append(DingTalkMarkdown.escapeWithin(answer.answer(), answerBudget));
        FixedTexts texts = answer.texts();
        if (answer.readWith() != null) {
            // a follow-up read with the question before it says so, so that a wrong carry-over is seen
            text.append("\n\n*").append(texts.readWith(DingTalkMarkdown.escapeWithin(answer.readWith(), 300)))
                    .append('*');
        }
        if (sources) {
            appendSources(text, "\n\n#### " + texts.sources() + "\n\n", answer.citations(), texts.confidence());
        }
        String title = plainWithin(answer.answered() ? texts.answerTitle(answer.question())
                : texts.notFoundTitle(answer.question()), TITLE_CHARS);
        return DingTalkReply.markdown(title, text.toString(), at(asked));
    }

    /** A short text message (usage hint, apology), mentioning the asker in groups. */
    DingTalkReply text(String content, DingTalkMessage asked) {
        return DingTalkReply.text(plainWithin(mention(asked) + content, maxChars), at(asked));
    }

    private void appendSources(StringBuilder text, String heading, List<Citation> citations, String confidence) {
        if (text.length() + heading.length() + MIN_EXTRACT_CHARS > maxChars) {
            return;
        }
        text.append(heading);
        for (int i = 0; i < citations.size(); i++) {
            Citation c = citations.get(i);
            String head = (i == 0 ? "" : "\n\n") + "**[" + c.id() + "] " + DingTalkMarkdown.escapeWithin(c.title(), 200)
                    + "** (" + DingTalkMarkdown.escape(c.source()) + ") · " + confidence + " " + c.percent() + " %\n\n> ";
            int left = maxChars - text.length() - head.length();
            int share = left / (citations.size() - i);
            if (share < MIN_EXTRACT_CHARS) {
                if (left < MIN_EXTRACT_CHARS) {
                    return;
                }
                share = left;
            }
            text.append(head).append(DingTalkMarkdown.escapeWithin(c.extract(), share));
        }
    }

    private static String mention(DingTalkMessage asked) {
        return asked.mentionsAsker() ? "@" + asked.senderStaffId() + " " : "";
    }

    private static DingTalkReply.At at(DingTalkMessage asked) {
        return asked.mentionsAsker() ? new DingTalkReply.At(List.of(asked.senderStaffId()), false) : null;
    }

    private static String plainWithin(String text, int limit) {
        return LengthLimit.fit(text.replaceAll("\\s+", " ").strip(), limit);
    }
}
