package dev.newsqa.ingest;

import java.util.List;

/**
 * A run of article text that respects paragraph and sentence boundaries. {@code text} is exactly
 * the original file's characters {@code [start, end)}; boilerplate never falls inside a passage.
 * {@code searchText} is what is embedded and indexed: the same text, or for a machine-spun article
 * the text with the spinner's words put back ({@link SpunText}).
 */
public record Passage(String id, String source, int index, int start, int end, String text, String searchText,
                      Language language, List<Sentence> sentences) {

    public Passage {
        sentences = List.copyOf(sentences);
    }

    public static String idOf(String source, int index) {
        return source + "#" + index;
    }
}
