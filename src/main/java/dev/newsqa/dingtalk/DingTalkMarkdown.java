package dev.newsqa.dingtalk;

import dev.newsqa.channel.LengthLimit;

import java.util.regex.Pattern;

/**
 * Makes untrusted text (article extracts, titles, questions) inert inside a DingTalk markdown message.
 * DingTalk documents no escape character for its markdown subset, so the characters that would open markup
 * are replaced by look-alikes: angle brackets (its messages accept HTML such as {@code <font>}), the
 * bracket-parenthesis pair of links and images, emphasis stars, and the "://" and "www." that clients turn
 * into links. Whitespace is collapsed, and a leading {@code #}, {@code -}, {@code >} or {@code 1.} is
 * defused, so that no text can start a heading, list or quote of its own.
 */
final class DingTalkMarkdown {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern SCHEME = Pattern.compile("(?i)://");
    private static final Pattern WWW = Pattern.compile("(?i)\\bwww\\.");
    /** What makes a line a heading, list item, quote or rule when it starts one. */
    private static final Pattern BLOCK_START = Pattern.compile("^(#|[-+*]\\s|\\d+[.)]\\s)");
    /** A zero-width space: invisible, but no link detector reads across it. */
    private static final String BREAK = "\u200B";

    private DingTalkMarkdown() {
    }

    static String escape(String text) {
        String flat = WHITESPACE.matcher(text).replaceAll(" ").strip();
        flat = flat.replace('<', '\uFF1C').replace('>', '\uFF1E')
                .replace("](", "] (").replace("![", "!\u200B[")
                .replace('*', '\u2217').replace('`', '\u02CB').replace('~', '\u223C');
        flat = SCHEME.matcher(flat).replaceAll(":" + BREAK + "//");
        flat = WWW.matcher(flat).replaceAll(m -> m.group().substring(0, 3) + BREAK + ".");
        return BLOCK_START.matcher(flat).find() ? BREAK + flat : flat;
    }

    /** Escaped text of at most {@code limit} characters, cut at a word boundary with an ellipsis. */
    static String escapeWithin(String text, int limit) {
        return LengthLimit.fit(text, limit, DingTalkMarkdown::escape);
    }
}
