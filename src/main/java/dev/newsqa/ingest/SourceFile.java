package dev.newsqa.ingest;

/** An article file as read from the documents folder: its name, decoded text and content hash. */
public record SourceFile(String source, String text, String sha256) {
}
