package dev.newsqa.slack;

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
        String escaped = escape(text);
        if (escaped.length() <= limit) {
            return escaped;
        }
        String cut = text;
        while (escape(cut).length() > limit - 1) {
            int space = cut.lastIndexOf(' ', cut.length() - 2);
            cut = space > limit / 2 ? cut.substring(0, space) : cut.substring(0, Math.min(cut.length() - 1, limit - 1));
        }
        return escape(cut.stripTrailing()) + "…";
    }
}
