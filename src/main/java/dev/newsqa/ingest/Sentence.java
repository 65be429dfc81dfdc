package dev.newsqa.ingest;

/**
 * One sentence of a passage, with its offsets in the original article file; {@code heading}
 * marks a title or section heading, which names a topic but rarely answers a question.
 */
public record Sentence(int start, int end, String text, boolean heading) {
}
