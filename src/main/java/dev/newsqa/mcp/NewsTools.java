package dev.newsqa.mcp;

import dev.newsqa.answer.QuestionText;

import dev.newsqa.answer.Answer;
import dev.newsqa.answer.AnswerConfig;
import dev.newsqa.app.IndexHolder;
import dev.newsqa.conversation.ConversationKey;
import dev.newsqa.conversation.ConversationService;
import dev.newsqa.ingest.Article;
import io.quarkiverse.mcp.server.McpConnection;
import io.quarkiverse.mcp.server.Tool;
import io.quarkiverse.mcp.server.ToolArg;
import io.quarkiverse.mcp.server.ToolCallException;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The MCP tools: {@code ask} (a question answered with cited extracts), {@code list_articles} and
 * {@code read_article}. Bad arguments come back as tool errors ({@code isError}) saying what to fix. A
 * conversation belongs to the MCP session that named it: its key holds the session id under the owner "mcp", so
 * neither another session nor another channel can read or steer it.
 */
public class NewsTools {

    static final String CHANNEL = "mcp";
    private static final Pattern CONVERSATION = Pattern.compile("[A-Za-z0-9._:@-]{1,128}");
    /** The most characters of an article one read_article call returns. */
    static final int MAX_READ_CHARS = 20_000;

    private final ConversationService conversations;
    private final IndexHolder index;
    private final AnswerConfig answers;

    NewsTools(ConversationService conversations, IndexHolder index, AnswerConfig answers) {
        this.conversations = conversations;
        this.index = index;
        this.answers = answers;
    }

    @Tool(name = "ask", description = "Answers a question about the news articles with cited extracts. The answer "
            + "text carries [n] markers that point to the citations; answered is false when the articles do not "
            + "answer the question. Pass the returned conversation back with a follow-up question.",
            structuredContent = true, outputSchema = @Tool.OutputSchema(from = AskResult.class),
            annotations = @Tool.Annotations(readOnlyHint = true, openWorldHint = false))
    AskResult ask(@ToolArg(description = "the question, at most 1,000 characters") String question,
                  @ToolArg(description = "how many citations at most, 1 to 10 (default 3)", required = false)
                  Integer maxCitations,
                  @ToolArg(description = "the conversation of an earlier answer, for a follow-up question",
                          required = false) String conversation,
                  McpConnection connection) {
        if (question == null || question.isBlank()) {
            throw new ToolCallException("question is missing or blank");
        }
        String q = QuestionText.normalise(question);
        if (q.length() > answers.maxQuestionChars()) {
            throw new ToolCallException("question is " + q.length() + " characters long; the limit is "
                    + answers.maxQuestionChars());
        }
        if (!QuestionText.hasWords(q)) {
            throw new ToolCallException(QuestionText.NO_WORDS);
        }
        int citations = maxCitations == null ? answers.defaultCitations() : maxCitations;
        if (citations < 1 || citations > answers.maxCitations()) {
            throw new ToolCallException("maxCitations must be between 1 and " + answers.maxCitations() + ", got "
                    + maxCitations);
        }
        if (conversation != null && !conversation.isEmpty() && !CONVERSATION.matcher(conversation).matches()) {
            throw new ToolCallException("conversation must be 1 to 128 letters, digits or . _ : @ -");
        }
        String name = conversation == null || conversation.isEmpty() ? UUID.randomUUID().toString() : conversation;
        Answer answer = conversations.ask(q, citations, ConversationKey.of(CHANNEL, connection.id() + "/" + name, "-"),
                CHANNEL);
        return AskResult.of(answer, name);
    }

    @Tool(name = "list_articles", description = "Lists the news articles the service answers from: source (the "
            + "file name citations refer to), title, language, passages and characters.",
            structuredContent = true, outputSchema = @Tool.OutputSchema(from = ArticleList.class),
            annotations = @Tool.Annotations(readOnlyHint = true, openWorldHint = false))
    ArticleList listArticles() {
        return new ArticleList(index.get().articles().stream()
                .map(a -> new ArticleList.ArticleInfo(a.source(), a.title(), a.language().code(), a.passages().size(),
                        a.text().length()))
                .toList());
    }

    @Tool(name = "read_article", description = "Reads an article's text, whole or between two character offsets "
            + "(for example a citation's start and end); at most 20,000 characters per call.",
            structuredContent = true, outputSchema = @Tool.OutputSchema(from = ArticleText.class),
            annotations = @Tool.Annotations(readOnlyHint = true, openWorldHint = false))
    ArticleText readArticle(@ToolArg(description = "the article's source, as list_articles or a citation names it")
                            String source,
                            @ToolArg(description = "first character, default 0", required = false) Integer start,
                            @ToolArg(description = "end character (exclusive), default the article's end or 20,000 "
                                    + "characters after start", required = false) Integer end) {
        if (source == null || source.isBlank()) {
            throw new ToolCallException("source is missing: list_articles names the articles");
        }
        Article article = index.get().article(source)
                .orElseThrow(() -> new ToolCallException("no article named '" + source + "'; list_articles names them"));
        int length = article.text().length();
        int from = start == null ? 0 : start;
        int to = end == null ? Math.min(length, from + MAX_READ_CHARS) : end;
        if (from < 0 || to <= from || to > length) {
            throw new ToolCallException("start and end must satisfy 0 <= start < end <= " + length);
        }
        if (to - from > MAX_READ_CHARS) {
            throw new ToolCallException("at most " + MAX_READ_CHARS + " characters per call; read in parts");
        }
        return new ArticleText(article.source(), article.title(), article.language().code(), from, to, length,
                article.text().substring(from, to));
    }
}
