package dev.newsqa.dingtalk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsqa.api.ApiException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.Optional;

/**
 * The DingTalk robot's message-receiving URL. The signature headers are checked before the body is even
 * parsed; with no app secret configured the endpoint answers 404.
 */
@Path("/dingtalk")
public class DingTalkResource {

    private final Optional<DingTalkSignatureVerifier> verifier;
    private final DingTalkBot bot;
    private final ObjectMapper json;

    DingTalkResource(Optional<DingTalkSignatureVerifier> verifier, DingTalkBot bot, ObjectMapper json) {
        this.verifier = verifier;
        this.bot = bot;
        this.json = json;
    }

    @POST
    @Path("/robot")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON + ";charset=utf-8")
    @Operation(summary = "DingTalk robot callback (group @-mentions and one-to-one messages)")
    public Response robot(@HeaderParam("timestamp") String timestamp, @HeaderParam("sign") String sign, String body) {
        DingTalkSignatureVerifier v = verifier.orElseThrow(
                () -> new ApiException(404, "the DingTalk integration is not configured"));
        if (!v.isValid(timestamp, sign)) {
            throw new ApiException(401, "missing, invalid or expired DingTalk signature");
        }
        DingTalkMessage message;
        try {
            message = json.readValue(body, DingTalkMessage.class);
        } catch (JsonProcessingException e) {
            throw new ApiException(400, "the body is not a DingTalk message in JSON");
        }
        if (message == null) {
            throw new ApiException(400, "the body is empty");
        }
        return bot.handle(message).map(reply -> Response.ok(reply)).orElseGet(Response::ok).build();
    }
}
