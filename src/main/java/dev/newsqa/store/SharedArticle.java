package dev.newsqa.store;

/**
 * An article as the shared store lists it: its name, the SHA-256 of its UTF-8 text, and whether it was removed
 * (a tombstone, so that no replica brings it back).
 */
public record SharedArticle(String source, String sha256, boolean deleted) {
}
