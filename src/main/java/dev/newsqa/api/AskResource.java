package dev.newsqa.api;

import dev.newsqa.answer.Answer;
import dev.newsqa.conversation.ConversationKey;
import dev.newsqa.conversation.ConversationService;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import io.quarkus.resteasy.reactive.jackson.CustomDeserialization;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** {@code /api/ask}: a question in, an answer with cited extracts out. */
@Path("/api/ask")
@Produces(MediaType.APPLICATION_JSON)
public class AskResource {

    static final String CHANNEL_HEADER = "X-QA-Channel";

    private final ConversationService conversations;
    private final AskValidator validator;

    AskResource(ConversationService conversations, AskValidator validator) {
        this.conversations = conversations;
        this.validator = validator;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @CustomDeserialization(StrictJsonReader.class)
    @Operation(summary = "Answer a question with cited extracts from the articles")
    public Answer ask(AskRequest request, @HeaderParam(CHANNEL_HEADER) String channel) {
        if (request == null) {
            throw new ApiException(400, "request body is missing: send {\"question\": \"...\"}");
        }
        return conversations.ask(validator.question(request.question()), validator.maxCitations(request.maxCitations()),
                ConversationKey.rest(validator.conversationId(request.conversationId())), channel(channel));
    }

    @GET
    @Operation(summary = "Answer a question given as the q parameter")
    public Answer askByQuery(@Parameter(description = "the question") @QueryParam("q") String q,
                             @Parameter(description = "1..10, default 3") @QueryParam("maxCitations") String maxCitations,
                             @QueryParam("conversationId") String conversationId,
                             @HeaderParam(CHANNEL_HEADER) String channel) {
        return conversations.ask(validator.question(q), validator.maxCitations(maxCitations),
                ConversationKey.rest(validator.conversationId(conversationId)), channel(channel));
    }

    /** The chat page and widget say so in a header; everything else is an API client. */
    private static String channel(String header) {
        return "web".equals(header) ? "web" : "api";
    }
}
