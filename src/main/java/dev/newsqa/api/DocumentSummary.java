package dev.newsqa.api;

/** One indexed article as {@code GET /api/documents} lists it. */
public record DocumentSummary(String source, String title, String language, int passages, int sentences,
                              int characters) {
}
