package dev.newsqa.dingtalk;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** A message the robot sends, in DingTalk's format: {@code text} or {@code markdown}, optionally mentioning people. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DingTalkReply(String msgtype, Text text, Markdown markdown, At at) {

    /** A plain text message body. */
    public record Text(String content) {
    }

    /** A markdown message body; the title is what notifications and the chat list show. */
    public record Markdown(String title, String text) {
    }

    /** Whom the message mentions, by staff id. */
    public record At(List<String> atUserIds, @JsonProperty("isAtAll") boolean isAtAll) {
    }

    static DingTalkReply text(String content, At at) {
        return new DingTalkReply("text", new Text(content), null, at);
    }

    static DingTalkReply markdown(String title, String text, At at) {
        return new DingTalkReply("markdown", null, new Markdown(title, text), at);
    }
}
