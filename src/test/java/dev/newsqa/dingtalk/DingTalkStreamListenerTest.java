package dev.newsqa.dingtalk;

import com.dingtalk.open.app.api.models.bot.ChatbotMessage;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.newsqa.conversation.ConversationService;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import shade.com.alibaba.fastjson2.JSON;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stream mode's listener with the DingTalk SDK's own message type, parsed from the documented JSON by the SDK's own
 * (shaded) fastjson2 as its JsonMarshaller does. The SDK's gateway address cannot be changed (its openApiHost
 * setter is private), so the connection itself is not exercised here; the sessionWebhook is a stand-in of the
 * test's own. The listener runs its work on an executor the test drives, so every count is exact.
 */
@QuarkusTest
class DingTalkStreamListenerTest {

    private static final String QUESTION = "How much money did the chip company Eswin raise?";

    @Inject
    ConversationService conversations;
    @Inject
    ManagedExecutor managed;
    @Inject
    ObjectMapper json;

    private HttpServer webhookServer;
    private final List<String> sent = new CopyOnWriteArrayList<>();
    /** Work the listener hands off, run when the test says so. */
    private final Queue<Runnable> pending = new ArrayDeque<>();
    private DingTalkStreamListener listener;

    /** The settings the service would read, with the stand-in as the only webhook address allowed. */
    record Settings(String webhookUrlPrefix) implements DingTalkConfig {
        public Optional<String> appSecret() { return Optional.empty(); }
        public Optional<String> clientId() { return Optional.of("ding-test"); }
        public Optional<String> clientSecret() { return Optional.of("secret"); }
        // long enough that the answer is always ready before the bot replies here
        public Duration replyWithin() { return Duration.ofSeconds(20); }
        public int citations() { return 3; }
        public int maxMessageChars() { return 4500; }
        public Duration httpTimeout() { return Duration.ofSeconds(10); }
    }

    @BeforeEach
    void start() throws Exception {
        webhookServer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        webhookServer.createContext("/robot/", exchange -> {
            sent.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] ok = "{\"errcode\":0,\"errmsg\":\"ok\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, ok.length);
            exchange.getResponseBody().write(ok);
            exchange.close();
        });
        webhookServer.start();
        Settings settings = new Settings(url() + "/");
        DingTalkBot bot = new DingTalkBot(conversations, new DingTalkWebhook(settings, json, Clock.systemUTC()), settings,
                managed, 1000);
        Executor later = pending::add;
        listener = new DingTalkStreamListener(bot, later, json);
    }

    @AfterEach
    void stop() {
        webhookServer.stop(0);
    }

    private String url() {
        return "http://127.0.0.1:" + webhookServer.getAddress().getPort();
    }

    private void runPending() {
        for (Runnable r = pending.poll(); r != null; r = pending.poll()) {
            r.run();
        }
    }

    /** A robot message as Stream mode delivers it in the data of topic /v1.0/im/bot/messages/get. */
    private ChatbotMessage message(String msgId, String msgtype, String content, long webhookExpires) {
        String body = "{\"conversationId\":\"cid-stream\",\"atUsers\":[{\"dingtalkId\":\"$:LWCP_v1:$robot\"}],"
                + "\"chatbotCorpId\":\"ding1\",\"chatbotUserId\":\"$:LWCP_v1:$robot\",\"msgId\":\"" + msgId + "\","
                + "\"senderNick\":\"Li Lei\",\"isAdmin\":false,\"senderStaffId\":\"staff-42\","
                + "\"sessionWebhookExpiredTime\":" + webhookExpires + ",\"createAt\":1700000000000,"
                + "\"senderCorpId\":\"ding1\",\"conversationType\":\"2\",\"senderId\":\"$:LWCP_v1:$sender\","
                + "\"conversationTitle\":\"News\",\"isInAtList\":true,"
                + "\"sessionWebhook\":\"" + url() + "/robot/sendBySession?session=" + msgId + "\","
                + "\"msgtype\":\"" + msgtype + "\"," + content + "}";
        return JSON.parseObject(body, ChatbotMessage.class);
    }

    private ChatbotMessage text(String msgId, String text) {
        return message(msgId, "text", "\"text\":{\"content\":\" " + text + "\"}",
                System.currentTimeMillis() + 3_600_000);
    }

    @Test
    void aMessageIsAcknowledgedAtOnceAndAnsweredThroughTheSessionWebhook() throws Exception {
        assertThat(listener.execute(text("stream-1", QUESTION))).isEmpty();
        assertThat(sent).isEmpty(); // acknowledged before any answer was made
        assertThat(pending).hasSize(1);

        runPending();
        assertThat(sent).hasSize(1);
        JsonNode reply = json.readTree(sent.get(0));
        assertThat(reply.path("msgtype").asText()).isEqualTo("markdown");
        assertThat(reply.path("markdown").path("text").asText()).contains("$283 million", "#### Sources");
        assertThat(reply.path("at").path("atUserIds").get(0).asText()).isEqualTo("staff-42");
    }

    @Test
    void aRepeatedDeliveryIsAnsweredOnce() {
        listener.execute(text("stream-dup", QUESTION));
        runPending();
        listener.execute(text("stream-dup", QUESTION));
        runPending();
        assertThat(sent).hasSize(1);
    }

    @Test
    void richTextIsReadAndPicturesGetAHint() throws Exception {
        listener.execute(message("stream-rich", "richText", "\"content\":{\"richText\":[{\"text\":\"" + QUESTION
                + "\"},{\"pictureDownloadCode\":\"abc\",\"type\":\"picture\"}]}", System.currentTimeMillis() + 60_000));
        listener.execute(message("stream-pic", "picture", "\"content\":{\"pictureDownloadCode\":\"abc\","
                + "\"downloadCode\":\"def\"}", System.currentTimeMillis() + 60_000));
        runPending();
        assertThat(sent).hasSize(2);
        assertThat(json.readTree(sent.get(0)).path("markdown").path("text").asText()).contains("$283 million");
        assertThat(json.readTree(sent.get(1)).path("text").path("content").asText()).contains("typed questions");
    }

    @Test
    void anExpiredSessionWebhookIsNeverCalled() {
        listener.execute(message("stream-expired", "text", "\"text\":{\"content\":\"" + QUESTION + "\"}",
                System.currentTimeMillis() - 1000));
        runPending();
        assertThat(sent).isEmpty();
    }

    @Test
    void emptyAndOddMessagesDoNotFail() {
        assertThat(listener.execute(null)).isEmpty();
        assertThat(listener.execute(new ChatbotMessage())).isEmpty();
        assertThat(listener.execute(JSON.parseObject("{\"msgtype\":\"text\"}", ChatbotMessage.class))).isEmpty();
        runPending(); // no webhook to call: nothing sent, nothing thrown
        assertThat(sent).isEmpty();
        listener.execute(text("stream-after", ""));
        runPending();
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0)).contains("Ask me a question");
    }
}
