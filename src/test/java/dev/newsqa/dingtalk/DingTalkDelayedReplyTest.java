package dev.newsqa.dingtalk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsqa.channel.StandInServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.newsqa.dingtalk.DingTalkCallbacks.groupText;
import static dev.newsqa.dingtalk.DingTalkCallbacks.signed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;

@QuarkusTest
@TestProfile(DingTalkSlowReplyProfile.class)
class DingTalkDelayedReplyTest {

    private static final String QUESTION = "How much money did the chip company Eswin raise?";

    @BeforeEach
    void clear() {
        StandInServer.INSTANCE.clear();
    }

    @Test
    void slowAnswerGoesThroughTheSessionWebhook() throws Exception {
        signed(groupText("msg-slow-1", "cid-slow", QUESTION)).statusCode(200).body(emptyString());
        await().atMost(Duration.ofSeconds(20)).until(() -> !StandInServer.INSTANCE.received("/robot/").isEmpty());
        StandInServer.Received sent = StandInServer.INSTANCE.received("/robot/").get(0);
        assertThat(sent.path()).isEqualTo("/robot/sendBySession");
        JsonNode reply = new ObjectMapper().readTree(sent.body());
        assertThat(reply.path("msgtype").asText()).isEqualTo("markdown");
        assertThat(reply.path("markdown").path("text").asText()).contains("$283 million", "#### Sources");
        assertThat(reply.path("at").path("atUserIds").get(0).asText()).isEqualTo("staff-42");
    }

    @Test
    void anExpiredSessionWebhookIsNeverCalled() throws Exception {
        long expired = System.currentTimeMillis() - 1000;
        signed(groupText("msg-expired-1", "cid-expired", QUESTION, expired)).statusCode(200)
                .body("markdown.text", containsString("$283 million"));
        Thread.sleep(500);
        assertThat(StandInServer.INSTANCE.received("/robot/")).isEmpty();
    }
}
