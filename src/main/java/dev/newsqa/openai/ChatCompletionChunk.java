package dev.newsqa.openai;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** One server-sent event of a streamed completion ({@code object: "chat.completion.chunk"}). */
public record ChatCompletionChunk(String id, String object, long created, String model, List<Choice> choices) {

    /** A piece of the one answer; {@code finish_reason} is set on the last chunk only. */
    public record Choice(int index, Delta delta, @JsonProperty("finish_reason") String finishReason) {
    }

    /** The role on the first chunk, text on the following ones, the service's extension on the last. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Delta(String role, String content, @JsonProperty("news_qa") NewsQaExtension newsQa) {
    }
}
