package dev.newsqa.slack;

import dev.newsqa.channel.RecordingExecutor;
import dev.newsqa.channel.StandInServer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@TestProfile(SlackSlowReplyProfile.class)
class SlackDelayedReplyTest {

    @Inject
    RecordingExecutor botWork;

    @Test
    void slowAnswerIsAcknowledgedAtOnceAndPostedToResponseUrl() throws Exception {
        List<StandInServer.Received> posted;
        try (StandInServer.Recording slack = StandInServer.record()) {
            SlackResourceTest.signed("/slack/commands", ContentType.URLENC,
                            SlackResourceTest.command("How much money did the chip company Eswin raise?"))
                    .statusCode(200)
                    .body("response_type", equalTo("ephemeral"))
                    .body("text", equalTo(SlackBot.WORKING));
            botWork.awaitIdle(); // the answer, finished after the acknowledgement, and whatever followed it
            posted = slack.received("/");
        }
        assertThat(posted).hasSize(1);
        assertThat(posted.get(0).path()).startsWith("/commands/");
        JsonNode answer = new ObjectMapper().readTree(posted.get(0).body());
        assertThat(answer.path("response_type").asText()).isEqualTo("in_channel");
        assertThat(answer.path("blocks").get(0).path("text").path("text").asText()).contains("$283 million");
    }
}
