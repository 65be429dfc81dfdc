package dev.newsqa.api;

/**
 * The passage around a cited extract, as the chat page expands it: {@code text} is the original file's
 * characters {@code [start, end)}.
 */
public record PassageContext(String source, String title, int start, int end, String text) {
}
