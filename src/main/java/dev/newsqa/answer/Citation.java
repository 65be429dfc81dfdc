package dev.newsqa.answer;

import dev.newsqa.ingest.Language;

/**
 * One cited extract: which article, where in its file ({@code file.substring(start, end)} is the
 * extract), how sure the service is that it answers the question (0..1), and the extract's language (its
 * passage's, which may differ from the question's).
 */
public record Citation(int id, String source, String title, String extract, int start, int end, double score,
                       Language language) {
}
