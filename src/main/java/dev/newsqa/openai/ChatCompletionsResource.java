package dev.newsqa.openai;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsqa.answer.Answer;
import dev.newsqa.answer.AnswerConfig;
import dev.newsqa.conversation.ConversationService;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The OpenAI-compatible surface: {@code POST /v1/chat/completions} (blocking or server-sent events) and
 * {@code GET /v1/models}, so that any OpenAI client library or chat front end can ask the articles.
 */
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
public class ChatCompletionsResource {

    static final String CHANNEL = "openai";
    private static final long STARTED = Instant.now().getEpochSecond();
    /** A word with the spaces around it: a streamed answer is sent a word per chunk. */
    private static final Pattern WORD = Pattern.compile("\\s*\\S+\\s*");

    private final ConversationService conversations;
    private final ObjectMapper json;
    private final ChatRequestReader reader;
    private final String model;

    ChatCompletionsResource(ConversationService conversations, ObjectMapper json, OpenAiConfig config,
                            AnswerConfig answers) {
        this.conversations = conversations;
        this.json = json;
        this.model = config.model();
        this.reader = new ChatRequestReader(json, config.model(), answers.maxQuestionChars(),
                answers.defaultCitations(), answers.maxCitations());
    }

    @GET
    @Path("/models")
    @Operation(summary = "OpenAI-compatible: the service's one model")
    public ModelList models() {
        return new ModelList("list", List.of(modelInfo()));
    }

    @GET
    @Path("/models/{id}")
    @Operation(summary = "OpenAI-compatible: one model")
    public ModelList.Model model(@PathParam("id") String id) {
        if (!model.equals(id)) {
            throw new OpenAiException(404, "invalid_request_error", "model", "model_not_found",
                    "The model '" + id + "' does not exist; this service's model is '" + model + "'");
        }
        return modelInfo();
    }

    /** Any content type is read as JSON, as OpenAI does: clients differ in what they declare. */
    @POST
    @Path("/chat/completions")
    @Produces({MediaType.APPLICATION_JSON, MediaType.SERVER_SENT_EVENTS})
    @Operation(summary = "OpenAI-compatible chat completion: the last user message is the question; the answer's "
            + "citations are in choices[0].message.news_qa")
    public Response complete(String body) {
        ChatRequest request = reader.read(body);
        Answer answer = conversations.askAfter(request.question(), request.maxCitations(), request.earlierQuestions(),
                CHANNEL);
        String id = "chatcmpl-" + UUID.randomUUID();
        long created = Instant.now().getEpochSecond();
        NewsQaExtension extension = NewsQaExtension.of(answer);
        if (!request.stream()) {
            ChatCompletion completion = new ChatCompletion(id, "chat.completion", created, model, List.of(
                    new ChatCompletion.Choice(0, new ChatCompletion.Message("assistant", answer.answer(), extension),
                            "stop")));
            return Response.ok(completion, MediaType.APPLICATION_JSON).build();
        }
        return Response.ok(events(id, created, answer.answer(), extension), MediaType.SERVER_SENT_EVENTS)
                .header("Cache-Control", "no-cache").build();
    }

    /** The whole stream: the role, the answer a word at a time, the extension with finish_reason, then [DONE]. */
    private String events(String id, long created, String content, NewsQaExtension extension) {
        StringBuilder out = new StringBuilder();
        event(out, chunk(id, created, new ChatCompletionChunk.Delta("assistant", "", null), null));
        Matcher words = WORD.matcher(content);
        while (words.find()) {
            event(out, chunk(id, created, new ChatCompletionChunk.Delta(null, words.group(), null), null));
        }
        event(out, chunk(id, created, new ChatCompletionChunk.Delta(null, null, extension), "stop"));
        return out.append("data: [DONE]\n\n").toString();
    }

    private ChatCompletionChunk chunk(String id, long created, ChatCompletionChunk.Delta delta, String finishReason) {
        return new ChatCompletionChunk(id, "chat.completion.chunk", created, model,
                List.of(new ChatCompletionChunk.Choice(0, delta, finishReason)));
    }

    private void event(StringBuilder out, ChatCompletionChunk chunk) {
        try {
            out.append("data: ").append(json.writeValueAsString(chunk)).append("\n\n");
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ModelList.Model modelInfo() {
        return new ModelList.Model(model, "model", STARTED, "news-qa");
    }

    @ServerExceptionMapper
    Response refused(OpenAiException e) {
        return Response.status(e.status()).type(MediaType.APPLICATION_JSON).entity(e.body()).build();
    }
}
