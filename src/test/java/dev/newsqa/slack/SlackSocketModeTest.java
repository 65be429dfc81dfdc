package dev.newsqa.slack;

import dev.newsqa.channel.StandInServer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsqa.conversation.ConversationService;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Socket Mode against a local Slack of the test's own: the service opens the connection with the app token,
 * acknowledges every envelope, and answers mentions and slash commands with the same bot as the HTTP endpoints.
 */
@QuarkusTest
class SlackSocketModeTest {

    private static final String APP_TOKEN = "xapp-1-test";
    private static final String BOT_TOKEN = "xoxb-socket-test";
    private static final String QUESTION = "What was the peak traffic on Singles Day in 2020?";

    @Inject
    ConversationService conversations;
    @Inject
    ManagedExecutor executor;
    @Inject
    ObjectMapper json;

    private SlackSocketStandIn slack;
    private SlackSocketMode socketMode;

    /** The settings the service would read from the environment, pointed at this test's stand-in. */
    record Settings(String apiUrl) implements SlackConfig {
        public Optional<String> signingSecret() { return Optional.empty(); }
        public Optional<String> botToken() { return Optional.of(BOT_TOKEN); }
        public Optional<String> appToken() { return Optional.of(APP_TOKEN); }
        public String responseUrlPrefix() { return "http://127.0.0.1:1/"; }
        public String responseType() { return "in_channel"; }
        // long enough that a slash command's answer always travels in the acknowledgement here
        public Duration replyWithin() { return Duration.ofSeconds(20); }
        public int citations() { return 3; }
        public Duration httpTimeout() { return Duration.ofSeconds(10); }
    }

    @BeforeEach
    void connect() throws Exception {
        slack = new SlackSocketStandIn();
        Settings settings = new Settings(slack.apiUrl());
        SlackBot bot = new SlackBot(conversations, new SlackOutbound(settings), settings, executor, 1000);
        socketMode = new SlackSocketMode(bot, executor, json);
        socketMode.connect(APP_TOKEN, settings.apiUrl(), 10_000);
        slack.awaitConnection();
    }

    @AfterEach
    void disconnect() throws Exception {
        socketMode.close();
        slack.close();
    }

    static String mentionEnvelope(String envelopeId, String eventId, int retryAttempt, String text, String ts) {
        return "{\"envelope_id\":\"" + envelopeId + "\",\"type\":\"events_api\",\"accepts_response_payload\":false,"
                + "\"retry_attempt\":" + retryAttempt + ",\"retry_reason\":\"" + (retryAttempt > 0 ? "timeout" : "") + "\","
                + "\"payload\":{\"type\":\"event_callback\",\"event_id\":\"" + eventId + "\",\"team_id\":\"T1\","
                + "\"event\":{\"type\":\"app_mention\",\"user\":\"U42\",\"text\":\"" + text + "\",\"channel\":\"C9\","
                + "\"ts\":\"" + ts + "\"}}}";
    }

    private static Map<String, String> form(String body) {
        return StandInServer.form(body);
    }

    @Test
    void theConnectionIsOpenedWithTheAppToken() {
        assertThat(slack.appTokens()).containsExactly("Bearer " + APP_TOKEN);
    }

    @Test
    void aFailedFirstConnectionIsTriedAgainUntilItOpens() throws Exception {
        try (SlackSocketStandIn troubled = new SlackSocketStandIn()) {
            troubled.refuseConnections(2);
            Settings settings = new Settings(troubled.apiUrl());
            SlackBot bot = new SlackBot(conversations, new SlackOutbound(settings), settings, executor, 1000);
            SlackSocketMode retrying = new SlackSocketMode(bot, executor, json);
            try {
                retrying.start(APP_TOKEN, settings.apiUrl(), 10_000, Duration.ofMillis(20));
                troubled.awaitConnection();
                assertThat(troubled.appTokens()).hasSize(3);
                troubled.send(mentionEnvelope("env-late", "EvLate", 0, "<@U0BOT> " + QUESTION, "1700000000.000700"));
                troubled.awaitAck("env-late");
            } finally {
                retrying.close();
            }
        }
    }

    @Test
    void aMentionIsAcknowledgedAndAnsweredInItsThreadOnceThoughSlackSendsItTwice() throws Exception {
        slack.send(mentionEnvelope("env-1", "Ev1", 0, "<@U0BOT> " + QUESTION, "1700000000.000100"));
        assertThat(slack.awaitAck("env-1").has("payload")).isFalse();

        Map<String, String> post = slack.awaitPost();
        assertThat(post.get("authorization")).isEqualTo("Bearer " + BOT_TOKEN);
        Map<String, String> message = form(post.get("body"));
        assertThat(message.get("channel")).isEqualTo("C9");
        assertThat(message.get("thread_ts")).isEqualTo("1700000000.000100");
        assertThat(message.get("text")).contains("583,000");
        assertThat(message.get("blocks")).contains("*Sources*").contains("Singles Day");

        // Slack's retry of the same event: acknowledged, and refused by the bot before the acknowledgement went out,
        // so once it is acknowledged no second answer can follow
        slack.send(mentionEnvelope("env-2", "Ev1", 1, "<@U0BOT> " + QUESTION, "1700000000.000100"));
        slack.awaitAck("env-2");
        // a different event after it is answered: the only other post there is
        slack.send(mentionEnvelope("env-3", "Ev3", 0, "<@U0BOT> Who won the 2018 World Cup?", "1700000000.000300"));
        slack.awaitAck("env-3");
        Map<String, String> second = form(slack.awaitPost().get("body"));
        assertThat(second.get("thread_ts")).isEqualTo("1700000000.000300");
        assertThat(slack.postsSoFar()).isEmpty();
    }

    @Test
    void aSlashCommandIsAnsweredInTheAcknowledgement() throws Exception {
        slack.send("{\"envelope_id\":\"env-cmd\",\"type\":\"slash_commands\",\"accepts_response_payload\":true,"
                + "\"payload\":{\"token\":\"t\",\"team_id\":\"T1\",\"channel_id\":\"C9\",\"user_id\":\"U42\","
                + "\"command\":\"/ask\",\"text\":\"" + QUESTION + "\",\"response_url\":\"https://hooks.slack.com/commands/1\","
                + "\"trigger_id\":\"1.2.3\"}}");
        JsonNode payload = slack.awaitAck("env-cmd").path("payload");
        assertThat(payload.path("response_type").asText()).isEqualTo("in_channel");
        assertThat(payload.path("blocks").get(0).path("text").path("text").asText()).contains("583,000");
        assertThat(payload.path("text").asText()).contains("583,000");

        slack.send("{\"envelope_id\":\"env-empty\",\"type\":\"slash_commands\",\"accepts_response_payload\":true,"
                + "\"payload\":{\"channel_id\":\"C9\",\"user_id\":\"U42\",\"command\":\"/ask\",\"text\":\"\"}}");
        JsonNode usage = slack.awaitAck("env-empty").path("payload");
        assertThat(usage.path("response_type").asText()).isEqualTo("ephemeral");
        assertThat(usage.path("text").asText()).contains("Ask me a question");
    }

    @Test
    void malformedFramesAndEnvelopesNeitherCrashNorStopTheConnection() throws Exception {
        slack.send("this is not JSON");
        slack.send("{\"type\":\"events_api\"}");
        slack.send("{\"envelope_id\":\"env-bad-1\",\"type\":\"events_api\",\"payload\":\"not an object\"}");
        slack.send("{\"envelope_id\":\"env-bad-2\",\"type\":\"events_api\",\"payload\":{\"type\":\"event_callback\"}}");
        slack.send("{\"envelope_id\":\"env-bad-3\",\"type\":\"slash_commands\",\"payload\":[1,2]}");
        slack.send("{\"envelope_id\":\"env-bad-4\",\"type\":\"interactive\",\"payload\":{}}");
        for (String id : new String[] {"env-bad-1", "env-bad-2", "env-bad-3", "env-bad-4"}) {
            slack.awaitAck(id);
        }
        slack.send(mentionEnvelope("env-good", "EvGood", 0, "<@U0BOT> " + QUESTION, "1700000000.000900"));
        slack.awaitAck("env-good");
        assertThat(form(slack.awaitPost().get("body")).get("thread_ts")).isEqualTo("1700000000.000900");
        assertThat(slack.postsSoFar()).isEmpty();
    }
}
