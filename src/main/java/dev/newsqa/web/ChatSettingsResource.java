package dev.newsqa.web;

import dev.newsqa.answer.AnswerConfig;
import dev.newsqa.feedback.FeedbackConfig;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code /api/chat-settings}: the limits the chat page and widget hold their inputs to, from the service's own
 * configuration, so that the page never carries a copy that could disagree with what the service accepts.
 */
@Path("/api/chat-settings")
@Produces(MediaType.APPLICATION_JSON)
public class ChatSettingsResource {

    /** What a chat client needs to know before it sends anything. */
    public record ChatSettings(int maxQuestionChars, int defaultCitations, int maxCitations, int maxCommentChars) {
    }

    private final ChatSettings settings;

    ChatSettingsResource(AnswerConfig answers, FeedbackConfig feedback) {
        this.settings = new ChatSettings(answers.maxQuestionChars(), answers.defaultCitations(), answers.maxCitations(),
                feedback.maxCommentChars());
    }

    @GET
    @Operation(summary = "The limits a chat client holds its inputs to")
    public ChatSettings settings() {
        return settings;
    }
}
