package dev.newsqa.mcp;

/** The structured result of the MCP tool {@code read_article}: the article's text, or the range asked for. */
public record ArticleText(String source, String title, String language, int start, int end, int characters,
                          String text) {
}
