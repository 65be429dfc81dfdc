package dev.newsqa.slack;

import dev.newsqa.answer.FixedTexts;
import dev.newsqa.channel.RecordingExecutor;
import dev.newsqa.channel.StandInServer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * The HTTP endpoints against the stand-in for Slack. The bot answers events on the application's executor, which here
 * is the test's {@link RecordingExecutor}: a test waits until all the work it started has finished, then counts what
 * Slack received, so "once" and "never" are exact and no test sees another's traffic.
 */
@QuarkusTest
@TestProfile(SlackEnabledProfile.class)
class SlackResourceTest {

    @Inject
    RecordingExecutor botWork;

    private StandInServer.Recording slack;
    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void record() {
        slack = StandInServer.record();
    }

    @AfterEach
    void stopRecording() {
        botWork.awaitIdle(); // nothing this test started is left to reach the next one
        slack.close();
    }

    static String now() {
        return String.valueOf(Instant.now().getEpochSecond());
    }

    static ValidatableResponse signedPost(String path, ContentType type, String body, String timestamp, String signature) {
        var request = given().contentType(type).body(body);
        if (timestamp != null) {
            request.header("X-Slack-Request-Timestamp", timestamp);
        }
        if (signature != null) {
            request.header("X-Slack-Signature", signature);
        }
        return request.when().post(path).then();
    }

    static ValidatableResponse signed(String path, ContentType type, String body) {
        String ts = now();
        return signedPost(path, type, body, ts, SlackSigner.sign(SlackEnabledProfile.SECRET, ts, body));
    }

    static String command(String text) {
        return "token=t&team_id=T1&channel_id=C123&user_id=U42&command=%2Fask&text="
                + URLEncoder.encode(text, StandardCharsets.UTF_8)
                + "&response_url=" + URLEncoder.encode(StandInServer.url() + "/commands/T1/1/x", StandardCharsets.UTF_8)
                + "&trigger_id=1.2.3";
    }

    static String mention(String eventId, String text, String ts, String threadTs) {
        return mention(eventId, "U42", text, ts, threadTs);
    }

    static String mention(String eventId, String user, String text, String ts, String threadTs) {
        return "{\"type\":\"event_callback\",\"event_id\":\"" + eventId + "\",\"event\":{\"type\":\"app_mention\","
                + "\"user\":\"" + user + "\",\"text\":\"" + text + "\",\"channel\":\"C123\",\"ts\":\"" + ts + "\""
                + (threadTs == null ? "" : ",\"thread_ts\":\"" + threadTs + "\"") + "}}";
    }

    @Test
    void slashCommandIsAnsweredInBlocksWithSources() {
        signed("/slack/commands", ContentType.URLENC, command("What was the peak traffic on Singles Day in 2020?"))
                .statusCode(200)
                .body("response_type", equalTo("in_channel"))
                .body("blocks[0].type", equalTo("section"))
                .body("blocks[0].text.type", equalTo("mrkdwn"))
                .body("blocks[0].text.text", containsString("583,000"))
                .body("blocks[1].elements[0].text", equalTo("*Sources*"))
                .body("blocks[2].elements[0].text", containsString("ChinAI #120: Singles Day and the Making of Alibaba Cloud"))
                .body("text", containsString("583,000"));
    }

    @Test
    void germanAndChineseQuestionsGetTheBotsWordsInTheirLanguage() throws Exception {
        signed("/slack/commands", ContentType.URLENC, command("Wer hat die Fußball-Weltmeisterschaft 2018 gewonnen?"))
                .statusCode(200)
                .body("text", equalTo(FixedTexts.GERMAN.notFound()))
                .body("blocks[0].text.text", equalTo("Die Artikel beantworten diese Frage nicht."));
        signed("/slack/commands", ContentType.URLENC, command("Wie hoch ist die Anfangsfinanzierung von Project AsiaForward?"))
                .statusCode(200)
                .body("blocks[0].text.text", containsString("1 Milliarde US-Dollar"))
                .body("blocks[1].elements[0].text", equalTo("*Quellen*"));
        signed("/slack/commands", ContentType.URLENC, command("谁赢得了2018年世界杯？"))
                .statusCode(200)
                .body("text", equalTo("文章中没有这个问题的答案。"));
        signed("/slack/commands", ContentType.URLENC, command("钉钉".repeat(501)))
                .statusCode(200)
                .body("response_type", equalTo("ephemeral"))
                .body("text", equalTo("这个问题有 1002 个字符，请控制在 1000 个字符以内。"));

        // a German follow-up to an English question: the note is German, the extract stays English
        askInThread("Ev090", "U42", "<@UBOT> What was the peak traffic on Singles Day in 2020?", "1700000090.000100", null, 1);
        var followUp = askInThread("Ev091", "U42", "<@UBOT> Und 2019?", "1700000091.000100", "1700000090.000100", 2);
        assertThat(followUp.get("text")).contains("544,000");
        assertThat(json.readTree(followUp.get("blocks")).toString())
                .contains("Zusammen mit Ihrer vorigen Frage gelesen: \u201eWhat was the peak traffic on Singles Day in 2020?\u201c")
                .contains("*Quellen*");
        var tooLong = askInThread("Ev092", "U42", "<@UBOT> " + "Wer hat DingTalk gebaut? ".repeat(50), "1700000092.000100",
                null, 3);
        assertThat(tooLong.get("text")).startsWith("Diese Frage ist ").endsWith("bitte kürzen Sie sie auf weniger als 1000.");
    }

    @Test
    void emptySlashCommandGetsAnEphemeralUsageHint() {
        signed("/slack/commands", ContentType.URLENC, command("   "))
                .statusCode(200)
                .body("response_type", equalTo("ephemeral"))
                .body("text", containsString("/ask"));
    }

    @Test
    void aQuestionWithNoWordsGetsTheUsageHintNotAFailure() {
        for (String wordless : new String[] {"\u200b\u200b", "\u202E", "\u0301", "\ud800", "\uE000?"}) {
            signed("/slack/commands", ContentType.URLENC, command(wordless))
                    .statusCode(200)
                    .body("response_type", equalTo("ephemeral"))
                    .body("text", equalTo(FixedTexts.ENGLISH.usage(SlackBot.AS_COMMAND)));
        }
        signed("/slack/events", ContentType.JSON, mention("Ev-nowords", "<@U0BOT> \\u200b\\u0301", "1700000040.000100", null))
                .statusCode(200).body("answering", equalTo(true));
        botWork.awaitIdle();
        assertThat(slack.received("/slack-api/chat.postMessage")).hasSize(1);
        assertThat(slack.received("/slack-api/chat.postMessage").get(0).form().get("text")).contains("Ask me a question");
    }

    @Test
    void urlVerificationEchoesTheChallenge() {
        signed("/slack/events", ContentType.JSON, "{\"type\":\"url_verification\",\"challenge\":\"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P\",\"token\":\"x\"}")
                .statusCode(200)
                .body("challenge", equalTo("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P"));
    }

    @Test
    void mentionIsAnsweredOnceInItsThreadEvenWhenRetried() throws Exception {
        long before = botWork.handedOver();
        String body = mention("Ev001", "<@UBOT> Which crypto exchange was hit by the Alibaba Cloud outage in Hong Kong?",
                "1700000001.000100", null);
        signed("/slack/events", ContentType.JSON, body).statusCode(200).body("answering", equalTo(true));
        String ts = now();
        given().contentType(ContentType.JSON).body(body)
                .header("X-Slack-Request-Timestamp", ts)
                .header("X-Slack-Signature", SlackSigner.sign(SlackEnabledProfile.SECRET, ts, body))
                .header("X-Slack-Retry-Num", "1").header("X-Slack-Retry-Reason", "http_timeout")
                .when().post("/slack/events").then().statusCode(200).body("answering", equalTo(false));

        botWork.awaitIdle(); // the answer and anything the bot went on to do after it
        List<StandInServer.Received> posts = slack.received("/slack-api/chat.postMessage");
        assertThat(posts).hasSize(1);
        // the SDK's own auth.test on first use of a token aside, the one answer is all that reached Slack
        assertThat(slack.received("/slack-api/chat.")).hasSize(1);
        assertThat(slack.received("/commands/")).isEmpty();
        assertThat(botWork.handedOver() - before).as("the retry started no work").isEqualTo(1);
        var form = posts.get(0).form();
        assertThat(posts.get(0).authorization()).isEqualTo("Bearer " + SlackEnabledProfile.TOKEN);
        assertThat(form).containsEntry("channel", "C123").containsEntry("thread_ts", "1700000001.000100");
        assertThat(form.get("text")).contains("OKX").doesNotContain("UBOT");
        JsonNode blocks = json.readTree(form.get("blocks"));
        assertThat(blocks.toString()).contains("Alibaba CEO to oversee cloud arm following major server outage");
    }

    @Test
    void followUpInTheSameThreadIsOneConversation() {
        signed("/slack/events", ContentType.JSON,
                mention("Ev010", "<@UBOT> What was the peak traffic on Singles Day in 2020?", "1700000010.000100", null))
                .statusCode(200);
        botWork.awaitIdle();
        assertThat(slack.received("/slack-api/chat.postMessage")).hasSize(1);
        signed("/slack/events", ContentType.JSON,
                mention("Ev011", "<@UBOT> And in 2019?", "1700000011.000100", "1700000010.000100"))
                .statusCode(200);
        botWork.awaitIdle();
        assertThat(slack.received("/slack-api/chat.postMessage")).hasSize(2);
        var second = slack.received("/slack-api/chat.postMessage").get(1).form();
        assertThat(second).containsEntry("thread_ts", "1700000010.000100");
        assertThat(second.get("text")).contains("544,000");
    }

    /** Posts a mention and waits for the bot's reply to it, the {@code nth} post this test sees. */
    private java.util.Map<String, String> askInThread(String eventId, String user, String text, String ts, String threadTs,
                                                      int nth) {
        signed("/slack/events", ContentType.JSON, mention(eventId, user, text, ts, threadTs)).statusCode(200)
                .body("answering", equalTo(true));
        botWork.awaitIdle();
        List<StandInServer.Received> posts = slack.received("/slack-api/chat.postMessage");
        assertThat(posts).hasSize(nth);
        return posts.get(nth - 1).form();
    }

    @Test
    void aFollowUpSaysItWasReadWithThePreviousQuestion() throws Exception {
        askInThread("Ev060", "U42", "<@UBOT> What was the peak traffic on Singles Day in 2020?", "1700000060.000100", null, 1);
        var followUp = askInThread("Ev061", "U42", "<@UBOT> And in 2019?", "1700000061.000100", "1700000060.000100", 2);
        assertThat(followUp.get("text")).contains("544,000");
        assertThat(json.readTree(followUp.get("blocks")).toString())
                .contains("Read together with your previous question: \u201cWhat was the peak traffic on Singles Day in 2020?");
    }

    @Test
    void twoThreadsOfOneChannelAndTwoPeopleInOneThreadDoNotShareContext() throws Exception {
        askInThread("Ev070", "U42", "<@UBOT> What was the peak traffic on Singles Day in 2020?", "1700000070.000100", null, 1);
        // another thread of the same channel, the same person
        var otherThread = askInThread("Ev071", "U42", "<@UBOT> And in 2019?", "1700000071.000100", null, 2);
        assertThat(json.readTree(otherThread.get("blocks")).toString()).doesNotContain("Read together");
        // another person in the first thread
        var otherPerson = askInThread("Ev072", "U77", "<@UBOT> And in 2019?", "1700000072.000100", "1700000070.000100", 3);
        assertThat(json.readTree(otherPerson.get("blocks")).toString()).doesNotContain("Read together");
        // the asker in their own thread still has their context
        var own = askInThread("Ev073", "U42", "<@UBOT> And in 2019?", "1700000073.000100", "1700000070.000100", 4);
        assertThat(own.get("text")).contains("544,000");
        assertThat(json.readTree(own.get("blocks")).toString()).contains("Read together");
    }

    @Test
    void aRestCallerCanNeitherReadNorSteerASlackThread() throws Exception {
        askInThread("Ev080", "U42", "<@UBOT> What was the peak traffic on Singles Day in 2020?", "1700000080.000100", null, 1);
        for (String id : List.of("slack:C123:1700000080.000100", "C123:1700000080.000100:U42",
                "slack:C123:1700000080.000100:U42")) {
            // reading: the thread's question is not the REST caller's context
            given().contentType(ContentType.JSON).body(java.util.Map.of("question", "And in 2019?", "conversationId", id))
                    .when().post("/api/ask").then().statusCode(200).body("readWith", org.hamcrest.Matchers.nullValue());
            // steering: a REST question under that id does not become the thread's previous turn
            given().contentType(ContentType.JSON)
                    .body(java.util.Map.of("question", "How many users does DingTalk have?", "conversationId", id))
                    .when().post("/api/ask").then().statusCode(200);
        }
        var followUp = askInThread("Ev081", "U42", "<@UBOT> And in 2019?", "1700000081.000100", "1700000080.000100", 2);
        assertThat(followUp.get("text")).contains("544,000");
        assertThat(json.readTree(followUp.get("blocks")).toString())
                .contains("What was the peak traffic on Singles Day in 2020?").doesNotContain("DingTalk");
    }

    @Test
    void messagesFromBotsAreIgnored() {
        long before = botWork.handedOver();
        String body = "{\"type\":\"event_callback\",\"event_id\":\"Ev020\",\"event\":{\"type\":\"message\",\"channel_type\":\"im\","
                + "\"bot_id\":\"B1\",\"text\":\"What is DingTalk?\",\"channel\":\"D1\",\"ts\":\"1700000020.000100\"}}";
        signed("/slack/events", ContentType.JSON, body).statusCode(200).body("answering", equalTo(false));
        botWork.awaitIdle();
        assertThat(botWork.handedOver()).as("no work started").isEqualTo(before);
        assertThat(slack.received("/")).isEmpty();
    }

    @Test
    void directMessageIsAnswered() {
        String body = "{\"type\":\"event_callback\",\"event_id\":\"Ev030\",\"event\":{\"type\":\"message\",\"channel_type\":\"im\","
                + "\"user\":\"U42\",\"text\":\"When was DingTalk developed?\",\"channel\":\"D1\",\"ts\":\"1700000030.000100\"}}";
        signed("/slack/events", ContentType.JSON, body).statusCode(200).body("answering", equalTo(true));
        botWork.awaitIdle();
        assertThat(slack.received("/slack-api/chat.postMessage")).hasSize(1);
        assertThat(slack.received("/slack-api/chat.postMessage").get(0).form()).containsEntry("channel", "D1");
    }

    @Test
    void badMissingAndReplayedSignaturesAre401AndNothingIsAnswered() {
        long before = botWork.handedOver();
        String body = mention("Ev040", "<@UBOT> What is DingTalk?", "1700000040.000100", null);
        String ts = now();
        signedPost("/slack/events", ContentType.JSON, body, ts, "v0=" + "0".repeat(64)).statusCode(401)
                .body("error", containsString("signature"));
        signedPost("/slack/events", ContentType.JSON, body, null, null).statusCode(401);
        signedPost("/slack/events", ContentType.JSON, body, ts, null).statusCode(401);
        String stale = String.valueOf(Instant.now().minusSeconds(6 * 60).getEpochSecond());
        signedPost("/slack/events", ContentType.JSON, body, stale, SlackSigner.sign(SlackEnabledProfile.SECRET, stale, body))
                .statusCode(401);
        String cmd = command("What is DingTalk?");
        signedPost("/slack/commands", ContentType.URLENC, cmd, ts, SlackSigner.sign("another-secret", ts, cmd)).statusCode(401);
        botWork.awaitIdle();
        assertThat(botWork.handedOver()).as("no work started").isEqualTo(before);
        assertThat(slack.received("/")).isEmpty();
    }
}
