package dev.newsqa.mcp;

import java.util.List;

/** The structured result of the MCP tool {@code list_articles}: every article the service answers from. */
public record ArticleList(List<ArticleInfo> articles) {

    /** An article: its file name (the citations' {@code source}), title, language and size. */
    public record ArticleInfo(String source, String title, String language, int passages, int characters) {
    }
}
