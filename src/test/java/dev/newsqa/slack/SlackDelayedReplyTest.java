package dev.newsqa.slack;

import dev.newsqa.channel.StandInServer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@TestProfile(SlackSlowReplyProfile.class)
class SlackDelayedReplyTest {

    @Test
    void slowAnswerIsAcknowledgedAtOnceAndPostedToResponseUrl() throws Exception {
        StandInServer.INSTANCE.clear();
        SlackResourceTest.signed("/slack/commands", ContentType.URLENC,
                        SlackResourceTest.command("How much money did the chip company Eswin raise?"))
                .statusCode(200)
                .body("response_type", equalTo("ephemeral"))
                .body("text", equalTo(SlackBot.WORKING));
        await().atMost(Duration.ofSeconds(20)).until(() -> !StandInServer.INSTANCE.received("/commands/").isEmpty());
        JsonNode posted = new ObjectMapper().readTree(StandInServer.INSTANCE.received("/commands/").get(0).body());
        assertThat(posted.path("response_type").asText()).isEqualTo("in_channel");
        assertThat(posted.path("blocks").get(0).path("text").path("text").asText()).contains("$283 million");
    }
}
