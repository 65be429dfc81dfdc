package dev.newsqa.api;

import dev.newsqa.ingest.Article;

/** One indexed article as {@code GET /api/documents} lists it. */
public record DocumentSummary(String source, String title, String language, int passages, int sentences,
                              int characters) {

    public static DocumentSummary of(Article a) {
        return new DocumentSummary(a.source(), a.title(), a.language().code(), a.passages().size(), a.sentenceCount(),
                a.text().length());
    }
}
