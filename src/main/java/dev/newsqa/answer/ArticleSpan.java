package dev.newsqa.answer;

/**
 * Where in an article a text stands ({@code file.substring(start, end)}), without the text: what a conversation
 * keeps of the extract it last showed.
 */
public record ArticleSpan(String source, int start, int end) {

    public static ArticleSpan of(Citation c) {
        return new ArticleSpan(c.source(), c.start(), c.end());
    }

    /** Whether the extract shares at least one character of the article with this span. */
    boolean overlaps(Extract e) {
        return source.equals(e.candidate().passage().source()) && e.start() < end && start < e.end();
    }
}
