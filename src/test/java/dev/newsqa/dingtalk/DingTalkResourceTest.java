package dev.newsqa.dingtalk;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsqa.channel.RecordingExecutor;
import dev.newsqa.channel.StandInServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static dev.newsqa.dingtalk.DingTalkCallbacks.groupText;
import static dev.newsqa.dingtalk.DingTalkCallbacks.post;
import static dev.newsqa.dingtalk.DingTalkCallbacks.signed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/**
 * The robot's HTTP endpoint with a reply window long enough for every answer: replies travel in the HTTP response
 * and the sessionWebhook stand-in must hear nothing. The work the robot starts runs on the test's
 * {@link RecordingExecutor}; a test waits until it has all finished before it counts what the stand-in received.
 */
@QuarkusTest
@TestProfile(DingTalkEnabledProfile.class)
class DingTalkResourceTest {

    private static final String PEAK_2020 = "What was the peak traffic on Singles Day in 2020?";

    @Inject
    RecordingExecutor botWork;

    private StandInServer.Recording dingTalk;

    @BeforeEach
    void record() {
        dingTalk = StandInServer.record();
    }

    @AfterEach
    void stopRecording() {
        botWork.awaitIdle(); // nothing this test started is left to reach the next one
        dingTalk.close();
    }

    /** After all the robot's work has finished: what it sent through sessionWebhooks. */
    private List<StandInServer.Received> sentByWebhook() {
        botWork.awaitIdle();
        return dingTalk.received("/");
    }

    @Test
    void groupMessageGetsAMarkdownAnswerWithSourcesMentioningTheAsker() {
        signed(groupText("msg-group-1", "cid-group-1", PEAK_2020))
                .statusCode(200)
                .body("msgtype", equalTo("markdown"))
                .body("markdown.title", equalTo("Answer: " + PEAK_2020))
                .body("markdown.text", containsString("@staff-42 "))
                .body("markdown.text", containsString("583,000"))
                .body("markdown.text", containsString("#### Sources"))
                .body("markdown.text", containsString("**[1] ChinAI #120: Singles Day and the Making of Alibaba Cloud**"))
                .body("at.atUserIds", contains("staff-42"));
        assertThat(sentByWebhook()).as("answered in the HTTP reply only").isEmpty();
    }

    @Test
    void oneToOneMessageMentionsNobody() {
        ObjectNode direct = groupText("msg-direct-1", "cid-direct-1", PEAK_2020);
        direct.put("conversationType", "1");
        signed(direct).statusCode(200)
                .body("msgtype", equalTo("markdown"))
                .body("markdown.text", not(containsString("@staff-42")))
                .body("at", equalTo(null));
    }

    @Test
    void followUpInTheSameConversationUsesThePreviousQuestion() {
        signed(groupText("msg-follow-1", "cid-follow", PEAK_2020)).statusCode(200);
        signed(groupText("msg-follow-2", "cid-follow", "And in 2019?")).statusCode(200)
                .body("markdown.text", containsString("544,000"));
    }

    @Test
    void aFollowUpSaysItWasReadWithThePreviousQuestion() {
        signed(groupText("msg-read-1", "cid-read", PEAK_2020)).statusCode(200)
                .body("markdown.text", not(containsString("Read together")));
        // the follow-up is Chinese, so its note is too, while the extract stays in its article's English
        signed(groupText("msg-read-2", "cid-read", "那2019年呢？")).statusCode(200)
                .body("markdown.text", containsString("544,000"))
                .body("markdown.text", containsString("已结合您的上一个问题作答：\u201c" + PEAK_2020 + "\u201d"))
                .body("markdown.text", containsString("#### 来源"));
    }

    @Test
    void twoSendersInOneGroupDoNotShareContext() {
        signed(groupText("msg-two-1", "cid-two", PEAK_2020)).statusCode(200);
        ObjectNode otherSender = groupText("msg-two-2", "cid-two", "And in 2019?");
        otherSender.put("senderStaffId", "staff-77");
        otherSender.put("senderId", "$:LWCP_v1:$other");
        signed(otherSender).statusCode(200).body("markdown.text", not(containsString("Read together")));
        signed(groupText("msg-two-3", "cid-two", "And in 2019?")).statusCode(200)
                .body("markdown.text", containsString("544,000"))
                .body("markdown.text", containsString("Read together"));
    }

    @Test
    void wrongMissingAndStaleSignaturesAre401AndNothingIsAnswered() {
        String body = groupText("msg-bad-sig", "cid-bad", PEAK_2020).toString();
        String now = String.valueOf(System.currentTimeMillis());
        post(body, now, DingTalkSigner.sign("not-the-secret", now)).statusCode(401)
                .body("error", containsString("signature"));
        post(body, null, null).statusCode(401);
        post(body, now, null).statusCode(401);
        String twoHoursAgo = String.valueOf(System.currentTimeMillis() - 2 * 3600_000L);
        post(body, twoHoursAgo, DingTalkSigner.sign(DingTalkEnabledProfile.SECRET, twoHoursAgo)).statusCode(401);
        // the same message, rightly signed, is still answered: the refused deliveries were not taken on
        signed(groupText("msg-bad-sig", "cid-bad", PEAK_2020)).statusCode(200).body("msgtype", equalTo("markdown"));
        assertThat(sentByWebhook()).isEmpty();
    }

    @Test
    void aDuplicateMsgIdIsAnsweredOnce() {
        ObjectNode message = groupText("msg-dup-1", "cid-dup", PEAK_2020);
        signed(message).statusCode(200).body("msgtype", equalTo("markdown"));
        signed(message).statusCode(200).body(emptyString());
        assertThat(sentByWebhook()).isEmpty();
    }

    @Test
    void chineseSurvivesTheRoundTripAsUtf8() {
        String question = "阿里巴巴在2020年双十一的峰值流量是多少？Singles Day peak traffic 2020";
        ExtractableResponse<Response> reply = signed(groupText("msg-zh-1", "cid-zh", question))
                .statusCode(200)
                .header("Content-Type", containsString("charset=utf-8"))
                .extract();
        String raw = new String(reply.asByteArray(), StandardCharsets.UTF_8);
        assertThat(raw).contains("阿里巴巴在2020年双十一的峰值流量是多少");
        assertThat(reply.jsonPath().getString("markdown.title")).contains("阿里巴巴在2020年双十一");
    }

    @Test
    void pictureGetsAPoliteTextReply() {
        ObjectNode picture = groupText("msg-pic-1", "cid-pic", "");
        picture.remove("text");
        picture.put("msgtype", "picture");
        picture.putObject("content").put("downloadCode", "abc");
        signed(picture).statusCode(200)
                .body("msgtype", equalTo("text"))
                .body("text.content", containsString("only read typed questions"))
                .body("at.atUserIds", contains("staff-42"));
    }

    @Test
    void emptyMentionGetsAUsageHint() {
        signed(groupText("msg-empty-1", "cid-empty", "   ")).statusCode(200)
                .body("msgtype", equalTo("text"))
                .body("text.content", containsString("Ask me a question"));
    }

    @Test
    void aQuestionWithNoWordsGetsTheUsageHintNotAFailure() {
        String[] wordless = {"\u200b\u200b", "\u202E", "\u0301", "\ud800"};
        for (int i = 0; i < wordless.length; i++) {
            signed(groupText("msg-nowords-" + i, "cid-nowords", wordless[i])).statusCode(200)
                    .body("msgtype", equalTo("text"))
                    .body("text.content", containsString("Ask me a question"));
        }
    }

    @Test
    void offTopicQuestionSaysTheArticlesDoNotAnswer() {
        signed(groupText("msg-off-1", "cid-off", "How do I bake bread?")).statusCode(200)
                .body("markdown.title", containsString("Not found"))
                .body("markdown.text", containsString("do not answer"))
                .body("markdown.text", not(containsString("Sources")));
    }

    @Test
    void germanAndChineseQuestionsGetTheRobotsWordsInTheirLanguage() {
        String worldCup = "Wer hat die Fußball-Weltmeisterschaft 2018 gewonnen?";
        signed(groupText("msg-lang-de-1", "cid-lang-de", worldCup)).statusCode(200)
                .body("markdown.title", startsWith("Nicht gefunden: Wer hat die Fußball-Weltmeisterschaft"))
                .body("markdown.text", equalTo("@staff-42 Die Artikel beantworten diese Frage nicht."));
        signed(groupText("msg-lang-de-2", "cid-lang-de", "Wie hoch ist die Anfangsfinanzierung von Project AsiaForward?"))
                .statusCode(200)
                .body("markdown.title", containsString("Antwort: Wie hoch"))
                .body("markdown.text", containsString("1 Milliarde US-Dollar"))
                .body("markdown.text", containsString("#### Quellen"));
        signed(groupText("msg-lang-zh-1", "cid-lang-zh", "谁赢得了2018年世界杯？")).statusCode(200)
                .body("markdown.title", equalTo("未找到答案：谁赢得了2018年世界杯？"))
                .body("markdown.text", containsString("文章中没有这个问题的答案。"));
        signed(groupText("msg-lang-zh-2", "cid-lang-zh", "钉钉".repeat(501))).statusCode(200)
                .body("msgtype", equalTo("text"))
                .body("text.content", equalTo("@staff-42 这个问题有 1002 个字符，请控制在 1000 个字符以内。"));
    }

    @Test
    void malformedBodyIs400() {
        String now = String.valueOf(System.currentTimeMillis());
        post("{not json", now, DingTalkSigner.sign(DingTalkEnabledProfile.SECRET, now)).statusCode(400)
                .body("error", containsString("JSON"));
    }
}
