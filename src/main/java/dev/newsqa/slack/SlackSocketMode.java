package dev.newsqa.slack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.slack.api.Slack;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.methods.SlackApiException;
import com.slack.api.socket_mode.SocketModeClient;
import com.slack.api.socket_mode.impl.SocketModeClientJavaWSImpl;
import com.slack.api.util.json.GsonFactory;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Slack's Socket Mode: the service opens the WebSocket itself (apps.connections.open with the app token), so it
 * needs no public URL. Every envelope is acknowledged with its envelope_id; events go to the same
 * {@link SlackBot#event} as the Events API (mentions, direct messages, threads, each event once), slash commands
 * to the same {@link SlackBot#command}, whose reply travels in the acknowledgement's payload. A first connection
 * that fails is tried again, at growing intervals, until it succeeds (once open, the SDK reconnects by itself).
 */
public class SlackSocketMode implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(SlackSocketMode.class);
    private static final Duration MAX_RETRY = Duration.ofMinutes(5);

    private final SlackBot bot;
    private final Executor executor;
    private final ObjectMapper json;
    private final Gson slackJson = GsonFactory.createSnakeCase();
    private SocketModeClient client;
    private ScheduledExecutorService retries;
    private boolean closed;

    public SlackSocketMode(SlackBot bot, Executor executor, ObjectMapper json) {
        this.bot = bot;
        this.executor = executor;
        this.json = json;
    }

    /**
     * Connects now or, when that fails (Slack unreachable, the token refused), keeps trying in the background after
     * {@code firstRetry}, doubling the wait up to five minutes; each failure is logged.
     */
    public synchronized void start(String appToken, String apiUrl, int httpTimeoutMillis, Duration firstRetry) {
        attempt(appToken, apiUrl, httpTimeoutMillis, firstRetry);
    }

    private synchronized void attempt(String appToken, String apiUrl, int httpTimeoutMillis, Duration wait) {
        if (closed) {
            return;
        }
        try {
            connect(appToken, apiUrl, httpTimeoutMillis);
        } catch (Exception e) {
            LOG.errorf("could not connect to Slack in Socket Mode (check QA_SLACK_APP_TOKEN), trying again in %d s: %s",
                    wait.toSeconds(), e.getMessage());
            if (retries == null) {
                retries = Executors.newSingleThreadScheduledExecutor(r -> {
                    Thread t = new Thread(r, "slack-socket-mode-retry");
                    t.setDaemon(true);
                    return t;
                });
            }
            Duration next = wait.multipliedBy(2).compareTo(MAX_RETRY) > 0 ? MAX_RETRY : wait.multipliedBy(2);
            retries.schedule(() -> attempt(appToken, apiUrl, httpTimeoutMillis, next), wait.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    /** Asks Slack (at {@code apiUrl}) for a WebSocket address with the app token and connects to it. */
    public synchronized void connect(String appToken, String apiUrl, int httpTimeoutMillis)
            throws IOException, SlackApiException, URISyntaxException {
        com.slack.api.SlackConfig config = new com.slack.api.SlackConfig();
        config.setMethodsEndpointUrlPrefix(apiUrl.endsWith("/") ? apiUrl : apiUrl + "/");
        config.setHttpClientReadTimeoutMillis(httpTimeoutMillis);
        config.setHttpClientWriteTimeoutMillis(httpTimeoutMillis);
        config.setHttpClientCallTimeoutMillis(httpTimeoutMillis);
        // the listeners are in place before the connection opens, so no envelope arrives unheard
        SocketModeClient c = new SocketModeClientJavaWSImpl(Slack.getInstance(config), appToken);
        c.addEventsApiEnvelopeListener(envelope -> onEvent(c, envelope.getEnvelopeId(), envelope.getPayload()));
        c.addSlashCommandsEnvelopeListener(envelope -> onCommand(c, envelope.getEnvelopeId(), envelope.getPayload()));
        c.addInteractiveEnvelopeListener(envelope -> ack(c, envelope.getEnvelopeId(), null));
        c.addWebSocketErrorListener(error -> LOG.warnf("Slack Socket Mode: %s", error.getMessage()));
        c.connect();
        client = c;
        LOG.info("connected to Slack in Socket Mode");
    }

    /** The acknowledgement goes back after the bot has taken the event on (or refused it as a repeat). */
    private void onEvent(SocketModeClient c, String envelopeId, JsonElement payload) {
        try {
            JsonNode callback = payload == null ? null : json.readTree(payload.toString());
            if (callback != null && "event_callback".equals(callback.path("type").asText(""))) {
                bot.event(callback);
            }
        } catch (JsonProcessingException | RuntimeException e) {
            LOG.warnf("a Slack Socket Mode event could not be read: %s", e.getMessage());
        } finally {
            ack(c, envelopeId, null);
        }
    }

    /** A slash command's answer (or its "looking it up", within Slack's 3 s) is the acknowledgement's payload. */
    private void onCommand(SocketModeClient c, String envelopeId, JsonElement payload) {
        executor.execute(() -> {
            SlashCommandResponse response = null;
            try {
                SlashCommandPayload command = payload == null || !payload.isJsonObject() ? null
                        : slackJson.fromJson(payload, SlashCommandPayload.class);
                if (command != null) {
                    response = bot.command(command);
                }
            } catch (RuntimeException e) {
                LOG.warnf("a Slack Socket Mode slash command could not be answered: %s", e.getMessage());
            } finally {
                ack(c, envelopeId, response);
            }
        });
    }

    private void ack(SocketModeClient c, String envelopeId, SlashCommandResponse response) {
        if (envelopeId == null || envelopeId.isBlank()) {
            return;
        }
        JsonObject ack = new JsonObject();
        ack.addProperty("envelope_id", envelopeId);
        if (response != null) {
            ack.add("payload", slackJson.toJsonTree(response));
        }
        try {
            c.sendSocketModeResponse(ack.toString());
        } catch (RuntimeException e) {
            LOG.warnf("could not acknowledge Slack envelope %s: %s", envelopeId, e.getMessage());
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (retries != null) {
            retries.shutdownNow();
        }
        if (client != null) {
            try {
                client.close();
            } catch (IOException e) {
                LOG.debugf("closing the Slack Socket Mode connection: %s", e.getMessage());
            }
            client = null;
        }
    }
}
