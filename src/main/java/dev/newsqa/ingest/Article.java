package dev.newsqa.ingest;

import java.util.List;

/** One article file, parsed: its original text, a title, and its passages. */
public record Article(String source, String title, String text, Language language, String sha256,
                      List<Passage> passages) {

    public Article {
        passages = List.copyOf(passages);
    }

    public int sentenceCount() {
        return passages.stream().mapToInt(p -> p.sentences().size()).sum();
    }
}
