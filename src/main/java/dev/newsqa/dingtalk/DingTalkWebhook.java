package dev.newsqa.dingtalk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/**
 * Sends a reply through a message's {@code sessionWebhook}: only while it has not expired, only to an address
 * under the configured DingTalk prefix (a forged callback cannot make the service call anywhere else), and
 * with a timeout.
 */
public class DingTalkWebhook {

    private static final Logger LOG = Logger.getLogger(DingTalkWebhook.class);

    private final DingTalkConfig settings;
    private final ObjectMapper json;
    private final Clock clock;
    private final HttpClient http;

    public DingTalkWebhook(DingTalkConfig settings, ObjectMapper json, Clock clock) {
        this.settings = settings;
        this.json = json;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(settings.httpTimeout()).build();
    }

    /** Whether the message's webhook may be called now. */
    public boolean usable(DingTalkMessage message) {
        String url = message.sessionWebhook();
        Long expires = message.sessionWebhookExpiredTime();
        return url != null && url.startsWith(settings.webhookUrlPrefix())
                && expires != null && expires > clock.millis();
    }

    /** Posts the reply; false (and logged why) when the webhook is unusable, refuses or cannot be reached. */
    public boolean send(DingTalkMessage message, DingTalkReply reply) {
        if (!usable(message)) {
            LOG.warnf("not calling the sessionWebhook of message %s: missing, expired or outside %s",
                    message.msgId(), settings.webhookUrlPrefix());
            return false;
        }
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(message.sessionWebhook()))
                    .timeout(settings.httpTimeout())
                    .header("Content-Type", "application/json; charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(reply), StandardCharsets.UTF_8))
                    .build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            JsonNode body = response.statusCode() == 200 ? readOrNull(response.body()) : null;
            boolean ok = body != null && body.path("errcode").asInt(-1) == 0;
            if (!ok) {
                LOG.warnf("the sessionWebhook refused the reply to %s: HTTP %d %s", message.msgId(),
                        response.statusCode(), response.body());
            }
            return ok;
        } catch (IOException | IllegalArgumentException e) {
            LOG.warnf("calling the sessionWebhook for %s failed: %s", message.msgId(), e.getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private JsonNode readOrNull(String body) {
        try {
            return json.readTree(body);
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
