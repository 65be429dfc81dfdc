package dev.newsqa.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.http.client.sse.ServerSentEvent;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiChatResponseMetadata;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** The OpenAI-compatible API through LangChain4j's own OpenAI client, blocking and streaming, and its errors. */
@QuarkusTest
@TestProfile(OpenAiKeysProfile.class)
class ChatCompletionsTest {

    private static final String QUESTION = "What was the peak traffic on Singles Day in 2020?";
    private static final String SOURCE = "003_ba7e15354962486c.txt";
    private final ObjectMapper json = new ObjectMapper();

    private static String baseUrl() {
        return "http://localhost:" + RestAssured.port + "/v1";
    }

    private static RequestSpecification authorized() {
        return given().header("Authorization", "Bearer " + OpenAiKeysProfile.KEY);
    }

    @Test
    void blockingAnswerThroughTheOpenAiClientCarriesTheCitations() throws Exception {
        OpenAiChatModel model = OpenAiChatModel.builder().baseUrl(baseUrl()).apiKey(OpenAiKeysProfile.KEY)
                .modelName("news-qa").timeout(Duration.ofSeconds(30)).build();
        ChatResponse response = model.chat(UserMessage.from(QUESTION));
        String content = response.aiMessage().text();
        assertThat(content).contains("583,000").contains("[1]");
        assertThat(response.finishReason().name()).isEqualTo("STOP");

        JsonNode message = json.readTree(((OpenAiChatResponseMetadata) response.metadata()).rawHttpResponse().body())
                .path("choices").get(0).path("message");
        JsonNode extension = message.path("news_qa");
        assertThat(extension.path("answered").asBoolean()).isTrue();
        assertThat(extension.path("confidence").asDouble()).isGreaterThan(0.5);
        JsonNode first = extension.path("citations").get(0);
        assertThat(first.path("id").asInt()).isEqualTo(1);
        assertThat(first.path("source").asText()).isEqualTo(SOURCE);
        assertThat(first.path("title").asText()).contains("Singles Day");
        assertThat(first.path("score").asDouble()).isGreaterThan(0.5);
        String article = Files.readString(Path.of("seeds", SOURCE));
        assertThat(article.substring(first.path("start").asInt(), first.path("end").asInt()))
                .isEqualTo(first.path("extract").asText()).contains("583,000");
    }

    @Test
    void streamedAnswerArrivesInChunksEndingWithDoneAndTheExtension() throws Exception {
        OpenAiStreamingChatModel model = OpenAiStreamingChatModel.builder().baseUrl(baseUrl())
                .apiKey(OpenAiKeysProfile.KEY).modelName("news-qa").timeout(Duration.ofSeconds(30)).build();
        StringBuilder partials = new StringBuilder();
        List<String> pieces = new java.util.concurrent.CopyOnWriteArrayList<>();
        CompletableFuture<ChatResponse> done = new CompletableFuture<>();
        model.chat(List.of(UserMessage.from(QUESTION)), new StreamingChatResponseHandler() {
            @Override
            public void onPartialResponse(String partial) {
                pieces.add(partial);
                partials.append(partial);
            }

            @Override
            public void onCompleteResponse(ChatResponse response) {
                done.complete(response);
            }

            @Override
            public void onError(Throwable error) {
                done.completeExceptionally(error);
            }
        });
        ChatResponse response = done.get(30, TimeUnit.SECONDS);
        AiMessage message = response.aiMessage();
        assertThat(pieces.size()).isGreaterThan(5);
        assertThat(partials.toString()).isEqualTo(message.text()).contains("583,000").contains("[1]");

        // the same answer as the blocking call, word for word
        String blocking = authorized().contentType(ContentType.JSON)
                .body("{\"model\":\"news-qa\",\"messages\":[{\"role\":\"user\",\"content\":\"" + QUESTION + "\"}]}")
                .post("/v1/chat/completions").then().statusCode(200).extract().path("choices[0].message.content");
        assertThat(message.text()).isEqualTo(blocking);

        List<ServerSentEvent> events = ((OpenAiChatResponseMetadata) response.metadata()).rawServerSentEvents();
        JsonNode last = json.readTree(events.get(events.size() - 1).data()); // LangChain4j keeps [DONE] to itself
        assertThat(last.path("object").asText()).isEqualTo("chat.completion.chunk");
        assertThat(last.path("choices").get(0).path("finish_reason").asText()).isEqualTo("stop");
        JsonNode extension = last.path("choices").get(0).path("delta").path("news_qa");
        assertThat(extension.path("answered").asBoolean()).isTrue();
        assertThat(extension.path("citations").get(0).path("source").asText()).isEqualTo(SOURCE);
    }

    @Test
    void theStreamIsServerSentEventsEndingWithDone() {
        String stream = authorized().contentType(ContentType.JSON)
                .body("{\"model\":\"news-qa\",\"stream\":true,\"messages\":[{\"role\":\"user\",\"content\":\"" + QUESTION + "\"}]}")
                .post("/v1/chat/completions").then().statusCode(200).contentType(containsString("text/event-stream"))
                .extract().asString();
        assertThat(stream).startsWith("data: {").endsWith("\n\ndata: [DONE]\n\n");
        assertThat(stream.split("\n\n")).allMatch(event -> event.startsWith("data: "));
    }

    @Test
    void earlierUserMessagesAreTheConversation() {
        String body = "{\"model\":\"news-qa\",\"messages\":["
                + "{\"role\":\"system\",\"content\":\"You are helpful.\"},"
                + "{\"role\":\"user\",\"content\":\"" + QUESTION + "\"},"
                + "{\"role\":\"assistant\",\"content\":\"In 2020, peak traffic = 583,000 transactions/second [1]\"},"
                + "{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"And in 2019?\"}]}]}";
        authorized().contentType(ContentType.JSON).body(body).post("/v1/chat/completions").then().statusCode(200)
                .body("choices[0].message.role", equalTo("assistant"))
                .body("choices[0].message.news_qa.read_with", equalTo(QUESTION))
                .body("choices[0].message.news_qa.citations[0].source", equalTo(SOURCE));
    }

    @Test
    void earlierUserMessagesTheServiceCannotReadAreSkippedNotRefused() {
        String body = "{\"model\":\"news-qa\",\"messages\":["
                + "{\"role\":\"user\",\"content\":[{\"type\":\"image_url\",\"image_url\":{\"url\":\"http://x\"}}]},"
                + "{\"role\":\"user\",\"content\":\"" + "x".repeat(1001) + "\"},"
                + "{\"role\":\"user\",\"content\":\"" + QUESTION + "\"}]}";
        authorized().contentType(ContentType.JSON).body(body).post("/v1/chat/completions").then().statusCode(200)
                .body("choices[0].message.news_qa.answered", equalTo(true))
                .body("choices[0].message.news_qa.read_with", nullValue());
    }

    @Test
    void aQuestionTheArticlesDoNotAnswerIsRefusedWithoutCitations() {
        authorized().contentType(ContentType.JSON)
                .body("{\"model\":\"news-qa\",\"messages\":[{\"role\":\"user\",\"content\":\"How do I bake sourdough bread?\"}],"
                        + "\"max_citations\":2}")
                .post("/v1/chat/completions").then().statusCode(200)
                .body("choices[0].message.content", equalTo("The articles do not answer this question."))
                .body("choices[0].message.news_qa.answered", equalTo(false))
                .body("choices[0].message.news_qa.citations.size()", equalTo(0));
    }

    @Test
    void theExtensionSaysTheQuestionsLanguageAndEachExtracts() {
        authorized().contentType(ContentType.JSON)
                .body("{\"model\":\"news-qa\",\"messages\":[{\"role\":\"user\",\"content\":\"谁赢得了2018年世界杯？\"}]}")
                .post("/v1/chat/completions").then().statusCode(200)
                .body("choices[0].message.content", equalTo("文章中没有这个问题的答案。"))
                .body("choices[0].message.news_qa.language", equalTo("zh"));
        authorized().contentType(ContentType.JSON)
                .body("{\"model\":\"news-qa\",\"messages\":[{\"role\":\"user\",\"content\":"
                        + "\"Wie hoch ist die Anfangsfinanzierung von Project AsiaForward?\"}]}")
                .post("/v1/chat/completions").then().statusCode(200)
                .body("choices[0].message.news_qa.language", equalTo("de"))
                .body("choices[0].message.news_qa.citations[0].language", equalTo("de"))
                .body("choices[0].message.content", containsString("1 Milliarde US-Dollar"));
    }

    @Test
    void modelsListsTheServiceModel() {
        authorized().get("/v1/models").then().statusCode(200)
                .body("object", equalTo("list"))
                .body("data[0].id", equalTo("news-qa"))
                .body("data[0].object", equalTo("model"));
        authorized().get("/v1/models/news-qa").then().statusCode(200).body("id", equalTo("news-qa"));
        authorized().get("/v1/models/gpt-4o").then().statusCode(404).body("error.code", equalTo("model_not_found"));
    }

    @Test
    void keysAreRequiredWhenConfigured() {
        given().get("/v1/models").then().statusCode(401)
                .body("error.type", equalTo("invalid_request_error"))
                .body("error.code", equalTo("invalid_api_key"))
                .body("error.param", nullValue());
        given().header("Authorization", "Bearer wrong").contentType(ContentType.JSON)
                .body("{\"model\":\"news-qa\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}")
                .post("/v1/chat/completions").then().statusCode(401).body("error.code", equalTo("invalid_api_key"));
        given().header("Authorization", "Bearer key-one").get("/v1/models").then().statusCode(200);
        OpenAiChatModel wrongKey = OpenAiChatModel.builder().baseUrl(baseUrl()).apiKey("wrong").modelName("news-qa")
                .maxRetries(0).build();
        assertThatThrownBy(() -> wrongKey.chat(QUESTION)).hasMessageContaining("Incorrect API key");
    }

    @Test
    void badRequestsGetOpenAiErrors() {
        error("{not json", 400, null);
        error("[1,2]", 400, null);
        error("{\"messages\":[{\"role\":\"user\",\"content\":\"q\"}]}", 400, "model");
        error("{\"model\":\"gpt-4o\",\"messages\":[{\"role\":\"user\",\"content\":\"q\"}]}", 404, "model");
        error("{\"model\":\"news-qa\"}", 400, "messages");
        error("{\"model\":\"news-qa\",\"messages\":[]}", 400, "messages");
        error("{\"model\":\"news-qa\",\"messages\":[{\"role\":\"user\",\"content\":\"q\"},"
                + "{\"role\":\"assistant\",\"content\":\"a\"}]}", 400, "messages");
        error("{\"model\":\"news-qa\",\"messages\":[{\"role\":\"wizard\",\"content\":\"q\"}]}", 400, "messages[0].role");
        error("{\"model\":\"news-qa\",\"messages\":[\"q\"]}", 400, "messages[0]");
        error("{\"model\":\"news-qa\",\"messages\":[{\"role\":\"user\",\"content\":\"   \"}]}", 400, "messages[0].content");
        error("{\"model\":\"news-qa\",\"messages\":[{\"role\":\"user\",\"content\":42}]}", 400, "messages[0].content");
        error("{\"model\":\"news-qa\",\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"image_url\","
                + "\"image_url\":{\"url\":\"http://x\"}}]}]}", 400, "messages[0].content");
        error("{\"model\":\"news-qa\",\"messages\":[{\"role\":\"user\",\"content\":\"" + "x".repeat(1001) + "\"}]}",
                400, "messages[0].content");
        error("{\"model\":\"news-qa\",\"stream\":\"yes\",\"messages\":[{\"role\":\"user\",\"content\":\"q\"}]}", 400, "stream");
        error("{\"model\":\"news-qa\",\"max_citations\":99,\"messages\":[{\"role\":\"user\",\"content\":\"q\"}]}",
                400, "max_citations");
        // a question with no words (a bidi mark, zero-width spaces) never reaches the model
        error("{\"model\":\"news-qa\",\"messages\":[{\"role\":\"user\",\"content\":\"\\u202e\\u200b\"}]}", 400,
                "messages[0].content");
        // and an earlier one is history the service cannot read, not a failure
        authorized().contentType(ContentType.JSON).body("{\"model\":\"news-qa\",\"messages\":[{\"role\":\"user\","
                + "\"content\":\"\\u200b\"},{\"role\":\"user\",\"content\":\"" + QUESTION + "\"}]}")
                .post("/v1/chat/completions").then().statusCode(200).body("choices[0].message.news_qa.answered", equalTo(true));
        // a body over the API's limit is refused at the edge, in OpenAI's shape, whatever its encoding
        authorized().contentType(ContentType.JSON).body("{\"model\":\"news-qa\",\"messages\":[{\"role\":\"user\","
                + "\"content\":\"" + "x ".repeat(40_000) + "\"}]}").post("/v1/chat/completions").then().statusCode(413)
                .body("error.code", equalTo("request_too_large")).body("error.message", containsString("limit"));
        authorized().get("/v1/chat/completions").then().statusCode(405)
                .body("error.type", equalTo("invalid_request_error")).body("error.message", containsString("method"));
        authorized().get("/v1/nothing-here").then().statusCode(404).body("error.code", equalTo("not_found"));
    }

    @Test
    void randomRequestsNeverGetA5xxAndEveryErrorIsOpenAiShaped() {
        java.util.Random random = new java.util.Random(20261123L);
        String[] roles = {"user", "assistant", "system", "tool", "wizard", "", "USER"};
        String[] values = {"\"q\"", "\"Who won the 2018 World Cup?\"", "null", "42", "true", "[]", "{}",
                "[{\"type\":\"text\",\"text\":\"And in 2019?\"}]", "[{\"type\":\"text\"}]", "\"\\u0000\u00e9\u4e2d\""};
        for (int i = 0; i < 80; i++) {
            StringBuilder messages = new StringBuilder("[");
            for (int m = random.nextInt(4); m >= 0; m--) {
                messages.append(messages.length() > 1 ? "," : "").append("{\"role\":\"")
                        .append(roles[random.nextInt(roles.length)]).append("\",\"content\":")
                        .append(values[random.nextInt(values.length)]).append('}');
            }
            String body = "{\"model\":" + (random.nextInt(6) == 0 ? values[random.nextInt(values.length)] : "\"news-qa\"")
                    + ",\"messages\":" + (random.nextInt(8) == 0 ? values[random.nextInt(values.length)] : messages + "]")
                    + ",\"stream\":" + (random.nextBoolean() ? "false" : values[random.nextInt(values.length)])
                    + ",\"max_citations\":" + (random.nextBoolean() ? "2" : values[random.nextInt(values.length)]) + "}";
            if (random.nextInt(10) == 0) {
                body = body.substring(0, random.nextInt(body.length()));
            }
            var response = authorized().contentType(ContentType.JSON).body(body).post("/v1/chat/completions");
            assertThat(response.statusCode()).as(body).isLessThan(500);
            if (response.statusCode() != 200) {
                assertThat(response.jsonPath().getString("error.type")).as(body).isEqualTo("invalid_request_error");
                assertThat(response.jsonPath().getString("error.message")).as(body).isNotBlank();
            }
        }
    }

    private static void error(String body, int status, String param) {
        authorized().contentType(ContentType.JSON).body(body).post("/v1/chat/completions").then()
                .statusCode(status).contentType(ContentType.JSON)
                .body("error.type", equalTo("invalid_request_error"))
                .body("error.param", equalTo(param))
                .body("error.message", org.hamcrest.Matchers.not(org.hamcrest.Matchers.emptyOrNullString()));
    }

    @Test
    void questionsAreCountedUnderTheOpenAiChannel() {
        authorized().contentType(ContentType.JSON)
                .body("{\"model\":\"news-qa\",\"messages\":[{\"role\":\"user\",\"content\":\"" + QUESTION + "\"}]}")
                .post("/v1/chat/completions").then().statusCode(200);
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics.lines().filter(l -> l.startsWith("qa_questions_seconds_count{channel=\"openai\",")
                && l.contains("outcome=\"answered\"")).toList()).isNotEmpty();
    }
}
