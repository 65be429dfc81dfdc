package dev.newsqa.answer;

/**
 * The name, number, date or place a question asks for, as it stands in the first citation's extract:
 * {@code file.substring(start, end)} is {@code text}, inside that citation's {@code [start, end)}.
 */
public record ShortAnswer(String text, String source, int start, int end) {
}
