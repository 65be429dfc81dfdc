package dev.newsqa.slack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.gson.Gson;
import com.slack.api.app_backend.slash_commands.SlashCommandPayloadParser;
import com.slack.api.util.json.GsonFactory;
import dev.newsqa.api.ApiException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.Map;
import java.util.Optional;

/**
 * Slack's two entry points. Every request is verified over its raw body before anything else;
 * with no signing secret configured both answer 404.
 */
@Path("/slack")
@Produces(MediaType.APPLICATION_JSON)
public class SlackResource {

    private final Optional<SlackRequestVerifier> verifier;
    private final SlackBot bot;
    private final ObjectMapper json;
    private final SlashCommandPayloadParser commands = new SlashCommandPayloadParser();
    private final Gson slackJson = GsonFactory.createSnakeCase();

    SlackResource(Optional<SlackRequestVerifier> verifier, SlackBot bot, ObjectMapper json) {
        this.verifier = verifier;
        this.bot = bot;
        this.json = json;
    }

    @POST
    @Path("/commands")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Slack slash command (/ask …)")
    public Response command(@HeaderParam("X-Slack-Request-Timestamp") String timestamp,
                            @HeaderParam("X-Slack-Signature") String signature, String body) {
        verify(timestamp, signature, body);
        return Response.ok(slackJson.toJson(bot.command(commands.parse(body))), MediaType.APPLICATION_JSON).build();
    }

    @POST
    @Path("/events")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Slack Events API (url_verification, app_mention, direct messages)")
    public Response event(@HeaderParam("X-Slack-Request-Timestamp") String timestamp,
                          @HeaderParam("X-Slack-Signature") String signature, String body) {
        verify(timestamp, signature, body);
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JsonProcessingException e) {
            throw new ApiException(400, "the body is not valid JSON");
        }
        String type = root.path("type").asText("");
        if ("url_verification".equals(type)) {
            return Response.ok(Map.of("challenge", root.path("challenge").asText(""))).build();
        }
        boolean taken = "event_callback".equals(type) && bot.event(root);
        return Response.ok(Map.of("ok", true, "answering", taken)).build();
    }

    private void verify(String timestamp, String signature, String body) {
        SlackRequestVerifier v = verifier.orElseThrow(() -> new ApiException(404, "the Slack integration is not configured"));
        if (!v.isValid(timestamp, signature, body)) {
            throw new ApiException(401, "missing, invalid or expired Slack signature");
        }
    }
}
