package dev.newsqa.slack;

import dev.newsqa.answer.FixedTexts;
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
                    .body("text", equalTo(FixedTexts.ENGLISH.working()));
            botWork.awaitIdle(); // the answer, finished after the acknowledgement, and whatever followed it
            posted = slack.received("/");
        }
        assertThat(posted).hasSize(1);
        assertThat(posted.get(0).path()).startsWith("/commands/");
        JsonNode answer = new ObjectMapper().readTree(posted.get(0).body());
        assertThat(answer.path("response_type").asText()).isEqualTo("in_channel");
        assertThat(answer.path("blocks").get(0).path("text").path("text").asText()).contains("$283 million");
    }

    @Test
    void aSlowGermanQuestionIsAcknowledgedInGerman() {
        try (StandInServer.Recording slack = StandInServer.record()) {
            SlackResourceTest.signed("/slack/commands", ContentType.URLENC,
                            SlackResourceTest.command("Wie hoch ist die Anfangsfinanzierung von Project AsiaForward?"))
                    .statusCode(200)
                    .body("response_type", equalTo("ephemeral"))
                    .body("text", equalTo("Ich suche in den Artikeln \u2026"));
            botWork.awaitIdle();
            assertThat(slack.received("/commands/")).hasSize(1);
            assertThat(slack.received("/commands/").get(0).body()).contains("*Quellen*");
        }
    }
}
