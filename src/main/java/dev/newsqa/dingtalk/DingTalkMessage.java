package dev.newsqa.dingtalk;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A message DingTalk delivers to the robot's callback URL: a group @-mention ({@code conversationType}
 * "2") or a one-to-one message ("1"). Only the fields the bot uses are read.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DingTalkMessage(String msgId, String msgtype, JsonNode text, JsonNode content, String senderNick,
                              String senderStaffId, String senderId, String conversationId, String conversationType,
                              String sessionWebhook, Long sessionWebhookExpiredTime) {

    /** The typed text: of a text message, or the text pieces of a rich-text one; empty for pictures, files and the like. */
    public String typedText() {
        if ("text".equals(msgtype) && text != null) {
            return text.path("content").asText("").strip();
        }
        if ("richText".equals(msgtype) && content != null) {
            StringBuilder out = new StringBuilder();
            for (JsonNode piece : content.path("richText")) {
                if (piece.hasNonNull("text")) {
                    out.append(piece.path("text").asText()).append(' ');
                }
            }
            return out.toString().strip();
        }
        return "";
    }

    public boolean isTextual() {
        return "text".equals(msgtype) || ("richText".equals(msgtype) && !typedText().isEmpty());
    }

    /** Who asked: DingTalk's staff id inside an organisation, else its per-robot sender id. */
    public String asker() {
        return senderStaffId != null && !senderStaffId.isBlank() ? senderStaffId : senderId;
    }

    public boolean inGroup() {
        return "2".equals(conversationType);
    }

    /** The asker, when DingTalk names them and the reply is in a group where mentioning makes sense. */
    public boolean mentionsAsker() {
        return inGroup() && senderStaffId != null && !senderStaffId.isBlank();
    }
}
