package dev.newsqa.openai;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** A blocking chat completion in OpenAI's shape ({@code object: "chat.completion"}); usage is not reported. */
public record ChatCompletion(String id, String object, long created, String model, List<Choice> choices) {

    /** The one answer. */
    public record Choice(int index, Message message, @JsonProperty("finish_reason") String finishReason) {
    }

    /** The assistant's message: the answer with {@code [n]} markers, and the service's extension. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Message(String role, String content, @JsonProperty("news_qa") NewsQaExtension newsQa) {
    }
}
