package dev.newsqa.dingtalk;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsqa.channel.StandInServer;
import io.restassured.response.ValidatableResponse;

import java.nio.charset.StandardCharsets;

import static io.restassured.RestAssured.given;

/** Builds DingTalk callbacks as DingTalk sends them, signed by the test's own signer. */
final class DingTalkCallbacks {

    private static final ObjectMapper JSON = new ObjectMapper();

    private DingTalkCallbacks() {
    }

    static ObjectNode groupText(String msgId, String conversationId, String text, long webhookExpires) {
        ObjectNode m = JSON.createObjectNode();
        m.put("msgtype", "text");
        m.putObject("text").put("content", text);
        m.put("msgId", msgId);
        m.put("createAt", System.currentTimeMillis());
        m.put("conversationType", "2");
        m.put("conversationId", conversationId);
        m.put("conversationTitle", "新闻问答");
        m.put("senderId", "$:LWCP_v1:$sender");
        m.put("senderNick", "李雷");
        m.put("senderStaffId", "staff-42");
        m.put("chatbotUserId", "$:LWCP_v1:$robot");
        m.put("isInAtList", true);
        m.put("sessionWebhook", StandInServer.url() + "/robot/sendBySession?session=" + msgId);
        m.put("sessionWebhookExpiredTime", webhookExpires);
        return m;
    }

    static ObjectNode groupText(String msgId, String conversationId, String text) {
        return groupText(msgId, conversationId, text, System.currentTimeMillis() + 90 * 60_000L);
    }

    static ValidatableResponse post(String body, String timestamp, String sign) {
        var request = given().contentType("application/json; charset=utf-8")
                .body(body.getBytes(StandardCharsets.UTF_8));
        if (timestamp != null) {
            request.header("timestamp", timestamp);
        }
        if (sign != null) {
            request.header("sign", sign);
        }
        return request.when().post("/dingtalk/robot").then();
    }

    static ValidatableResponse signed(ObjectNode message) {
        String ts = String.valueOf(System.currentTimeMillis());
        return post(message.toString(), ts, DingTalkSigner.sign(DingTalkEnabledProfile.SECRET, ts));
    }
}
