package dev.newsqa.dingtalk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsqa.channel.RecordingExecutor;
import dev.newsqa.channel.StandInServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsqa.dingtalk.DingTalkCallbacks.groupText;
import static dev.newsqa.dingtalk.DingTalkCallbacks.signed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;

@QuarkusTest
@TestProfile(DingTalkSlowReplyProfile.class)
class DingTalkDelayedReplyTest {

    private static final String QUESTION = "How much money did the chip company Eswin raise?";

    @Inject
    RecordingExecutor botWork;

    private StandInServer.Recording dingTalk;

    @BeforeEach
    void record() {
        dingTalk = StandInServer.record();
    }

    @AfterEach
    void stopRecording() {
        botWork.awaitIdle();
        dingTalk.close();
    }

    @Test
    void slowAnswerGoesThroughTheSessionWebhook() throws Exception {
        signed(groupText("msg-slow-1", "cid-slow", QUESTION)).statusCode(200).body(emptyString());
        botWork.awaitIdle(); // the answer, finished after the empty reply, and whatever followed it
        List<StandInServer.Received> received = dingTalk.received("/");
        assertThat(received).hasSize(1);
        StandInServer.Received sent = received.get(0);
        assertThat(sent.path()).isEqualTo("/robot/sendBySession");
        JsonNode reply = new ObjectMapper().readTree(sent.body());
        assertThat(reply.path("msgtype").asText()).isEqualTo("markdown");
        assertThat(reply.path("markdown").path("text").asText()).contains("$283 million", "#### Sources");
        assertThat(reply.path("at").path("atUserIds").get(0).asText()).isEqualTo("staff-42");
    }

    @Test
    void anExpiredSessionWebhookIsNeverCalled() {
        long expired = System.currentTimeMillis() - 1000;
        signed(groupText("msg-expired-1", "cid-expired", QUESTION, expired)).statusCode(200)
                .body("markdown.text", containsString("$283 million"));
        botWork.awaitIdle();
        assertThat(dingTalk.received("/")).isEmpty();
    }
}
