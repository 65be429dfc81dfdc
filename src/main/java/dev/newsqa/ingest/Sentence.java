package dev.newsqa.ingest;

/**
 * One sentence of a passage, with its offsets in the original article file; {@code heading}
 * marks a title or section heading, which names a topic but rarely answers a question;
 * {@code searchText} is what is embedded and indexed (see {@link Passage}).
 */
public record Sentence(int start, int end, String text, String searchText, boolean heading) {
}
