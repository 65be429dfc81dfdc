package dev.newsqa.channel;

import java.util.function.UnaryOperator;

/**
 * Fits untrusted text into a platform's length limit after escaping it for that platform: the cut is made
 * on the raw text (so an escape sequence is never cut in half), at a word boundary, and marked with "…".
 */
public final class LengthLimit {

    private LengthLimit() {
    }

    /** The escaped text, at most {@code limit} characters long. */
    public static String fit(String text, int limit, UnaryOperator<String> escape) {
        String escaped = escape.apply(text);
        if (escaped.length() <= limit) {
            return escaped;
        }
        String cut = text;
        while (!cut.isEmpty() && escape.apply(cut).length() > limit - 1) {
            int space = cut.lastIndexOf(' ', cut.length() - 2);
            cut = space > limit / 2 ? cut.substring(0, space) : cut.substring(0, Math.min(cut.length() - 1, limit - 1));
            cut = withoutBrokenPair(cut);
        }
        return escape.apply(cut.stripTrailing()) + "…";
    }

    /** Text cut to at most {@code limit} characters, without escaping, marked with "…" when cut. */
    public static String fit(String text, int limit) {
        return text.length() <= limit ? text : withoutBrokenPair(text.substring(0, limit - 1)).stripTrailing() + "…";
    }

    /** A cut must not leave half of a surrogate pair (an emoji, a rare CJK character) at the end. */
    private static String withoutBrokenPair(String cut) {
        return !cut.isEmpty() && Character.isHighSurrogate(cut.charAt(cut.length() - 1))
                ? cut.substring(0, cut.length() - 1) : cut;
    }
}
