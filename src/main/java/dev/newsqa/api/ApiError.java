package dev.newsqa.api;

/** The body of every error response: what was wrong, in words a caller can act on. */
public record ApiError(String error) {
}
