package dev.newsqa.slack;

import dev.newsqa.channel.LengthLimit;

/**
 * Slack's mrkdwn rules for untrusted text: {@code &}, {@code <} and {@code >} escaped so that
 * article text cannot form links, mentions or broadcasts, and a length limit applied before
 * escaping so an entity is never cut in half.
 */
final class SlackMarkdown {

    private SlackMarkdown() {
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Escaped text of at most {@code limit} characters, cut at a word boundary with an ellipsis. */
    static String escapeWithin(String text, int limit) {
        return LengthLimit.fit(text, limit, SlackMarkdown::escape);
    }
}
