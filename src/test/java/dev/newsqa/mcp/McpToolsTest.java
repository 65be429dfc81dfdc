package dev.newsqa.mcp;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The MCP server through the MCP Java SDK's client over Streamable HTTP, as an AI assistant would use it. */
@QuarkusTest
class McpToolsTest {

    private static final String QUESTION = "What was the peak traffic on Singles Day in 2020?";
    private static final String SOURCE = "003_ba7e15354962486c.txt";

    private McpSyncClient client;

    @BeforeEach
    void connect() {
        client = connectNew();
    }

    @AfterEach
    void close() {
        client.closeGracefully();
    }

    private static McpSyncClient connectNew() {
        McpSyncClient c = McpClient.sync(HttpClientStreamableHttpTransport
                        .builder("http://localhost:" + RestAssured.port).endpoint("/mcp").build())
                .requestTimeout(Duration.ofSeconds(30)).build();
        c.initialize();
        return c;
    }

    private McpSchema.CallToolResult call(McpSyncClient c, String tool, Map<String, Object> arguments) {
        return c.callTool(new McpSchema.CallToolRequest(tool, arguments));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> structured(McpSchema.CallToolResult result) {
        assertThat(result.isError()).as("tool error: %s", result.content()).isNotEqualTo(Boolean.TRUE);
        return (Map<String, Object>) result.structuredContent();
    }

    @Test
    @SuppressWarnings("unchecked")
    void toolsAreListedWithInputAndOutputSchemas() {
        List<McpSchema.Tool> tools = client.listTools().tools();
        assertThat(tools).extracting(McpSchema.Tool::name).contains("ask", "list_articles", "read_article");
        McpSchema.Tool ask = tools.stream().filter(t -> t.name().equals("ask")).findFirst().orElseThrow();
        assertThat(ask.inputSchema().properties()).containsKeys("question", "maxCitations", "conversation");
        assertThat(ask.inputSchema().required()).containsExactly("question");
        Map<String, Object> output = (Map<String, Object>) ask.outputSchema().get("properties");
        assertThat(output).containsKeys("language", "answered", "answer", "confidence", "conversation", "citations");
        Map<String, Object> citations = (Map<String, Object>) output.get("citations");
        Map<String, Object> citation = (Map<String, Object>) ((Map<String, Object>) citations.get("items")).get("properties");
        assertThat(citation).containsKeys("source", "title", "extract", "start", "end", "score", "language");
    }

    @Test
    @SuppressWarnings("unchecked")
    void askAnswersWithCitationsWhoseOffsetsQuoteTheArticle() throws Exception {
        Map<String, Object> result = structured(call(client, "ask", Map.of("question", QUESTION, "maxCitations", 2)));
        assertThat(result.get("answered")).isEqualTo(true);
        assertThat((String) result.get("answer")).contains("583,000").contains("[1]");
        assertThat(((Number) result.get("confidence")).doubleValue()).isGreaterThan(0.5);
        List<Map<String, Object>> citations = (List<Map<String, Object>>) result.get("citations");
        assertThat(citations).hasSizeBetween(1, 2);
        Map<String, Object> first = citations.get(0);
        assertThat(first.get("source")).isEqualTo(SOURCE);
        assertThat(result.get("language")).isEqualTo("en");
        assertThat(first.get("language")).isEqualTo("en");
        String article = Files.readString(Path.of("seeds", SOURCE));
        assertThat(article.substring((Integer) first.get("start"), (Integer) first.get("end")))
                .isEqualTo(first.get("extract"));
    }

    @Test
    void aGermanQuestionTheArticlesDoNotAnswerIsToldSoInGerman() {
        Map<String, Object> result = structured(call(client, "ask",
                Map.of("question", "Wer hat die Fußball-Weltmeisterschaft 2018 gewonnen?")));
        assertThat(result.get("answered")).isEqualTo(false);
        assertThat(result.get("language")).isEqualTo("de");
        assertThat(result.get("answer")).isEqualTo("Die Artikel beantworten diese Frage nicht.");
    }

    @Test
    void aFollowUpInTheSameSessionAndConversationIsReadWithTheEarlierQuestion() {
        Map<String, Object> first = structured(call(client, "ask", Map.of("question", QUESTION)));
        String conversation = (String) first.get("conversation");
        assertThat(conversation).isNotBlank();
        Map<String, Object> followUp = structured(call(client, "ask",
                Map.of("question", "And in 2019?", "conversation", conversation)));
        assertThat(followUp.get("readWith")).isEqualTo(QUESTION);
        assertThat(followUp.get("conversation")).isEqualTo(conversation);

        // another MCP session naming the same conversation does not reach this one's
        McpSyncClient other = connectNew();
        try {
            Map<String, Object> elsewhere = structured(call(other, "ask",
                    Map.of("question", "And in 2019?", "conversation", conversation)));
            assertThat(elsewhere.get("readWith")).isNull();
        } finally {
            other.closeGracefully();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void articlesAreListedAndRead() {
        Map<String, Object> list = structured(call(client, "list_articles", Map.of()));
        List<Map<String, Object>> articles = (List<Map<String, Object>>) list.get("articles");
        assertThat(articles).extracting(a -> a.get("source")).contains(SOURCE);
        Map<String, Object> singlesDay = articles.stream().filter(a -> SOURCE.equals(a.get("source"))).findFirst()
                .orElseThrow();
        assertThat((String) singlesDay.get("title")).contains("Singles Day");

        Map<String, Object> read = structured(call(client, "read_article",
                Map.of("source", SOURCE, "start", 1206, "end", 1476)));
        assertThat((String) read.get("text")).contains("583,000 transactions/second");
        assertThat(read.get("characters")).isEqualTo(singlesDay.get("characters"));
    }

    @Test
    void badArgumentsAreToolErrorsThatSayWhatToFix() {
        assertToolError(call(client, "ask", Map.of("question", "   ")), "question is missing");
        assertToolError(call(client, "ask", Map.of("question", "x".repeat(1001))), "limit is 1000");
        assertToolError(call(client, "ask", Map.of("question", QUESTION, "maxCitations", 11)), "maxCitations");
        assertToolError(call(client, "ask", Map.of("question", QUESTION, "conversation", "no spaces please")),
                "conversation");
        assertToolError(call(client, "read_article", Map.of("source", "../etc/passwd")), "no article named");
        assertToolError(call(client, "read_article", Map.of("source", SOURCE, "start", 5, "end", 2)), "start and end");
        Map<String, Object> noQuestion = new HashMap<>();
        noQuestion.put("maxCitations", 2);
        assertToolError(call(client, "ask", noQuestion), "Missing required argument: question");
        assertToolError(call(client, "ask", Map.of("question", QUESTION, "maxCitations", "many")), "maxCitations");
        assertToolError(call(client, "ask", Map.of("question", "\u202e\u200b\u200b")), "the question has no words");
        // the session still works after every refusal
        assertThat(structured(call(client, "list_articles", Map.of()))).containsKey("articles");
    }

    @Test
    void questionsAreCountedUnderTheMcpChannel() {
        structured(call(client, "ask", Map.of("question", QUESTION)));
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics.lines().filter(l -> l.startsWith("qa_questions_seconds_count{channel=\"mcp\",")).toList())
                .isNotEmpty();
    }

    private static void assertToolError(McpSchema.CallToolResult result, String message) {
        assertThat(result.isError()).isTrue();
        assertThat(((McpSchema.TextContent) result.content().get(0)).text()).contains(message);
    }
}
