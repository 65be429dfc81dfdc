package dev.newsqa.answer;

/**
 * One cited extract: which article, where in its file ({@code file.substring(start, end)} is the
 * extract), and how sure the service is that it answers the question (0..1).
 */
public record Citation(int id, String source, String title, String extract, int start, int end, double score) {
}
