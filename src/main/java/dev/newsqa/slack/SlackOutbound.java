package dev.newsqa.slack;

import com.slack.api.Slack;
import com.slack.api.app_backend.slash_commands.SlashCommandResponseSender;
import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.model.block.LayoutBlock;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.util.List;

/**
 * The two calls the bot makes to Slack, through the SDK: chat.postMessage with the bot token,
 * and a POST to a slash command's response_url. Base URL and timeouts come from configuration.
 */
public class SlackOutbound {

    private static final Logger LOG = Logger.getLogger(SlackOutbound.class);

    private final Slack slack;
    private final SlackConfig settings;

    public SlackOutbound(SlackConfig settings) {
        com.slack.api.SlackConfig config = new com.slack.api.SlackConfig();
        String api = settings.apiUrl().endsWith("/") ? settings.apiUrl() : settings.apiUrl() + "/";
        config.setMethodsEndpointUrlPrefix(api);
        int timeout = (int) settings.httpTimeout().toMillis();
        config.setHttpClientReadTimeoutMillis(timeout);
        config.setHttpClientWriteTimeoutMillis(timeout);
        config.setHttpClientCallTimeoutMillis(timeout);
        this.slack = Slack.getInstance(config);
        this.settings = settings;
    }

    /** Posts into a thread; returns false (and logs why) when Slack refuses or cannot be reached. */
    public boolean postInThread(String channel, String threadTs, String text, List<LayoutBlock> blocks) {
        String token = settings.botToken().orElse(null);
        if (token == null) {
            LOG.warn("cannot answer a Slack event: QA_SLACK_BOT_TOKEN is not set");
            return false;
        }
        try {
            ChatPostMessageResponse r = slack.methods(token).chatPostMessage(req -> req
                    .channel(channel).threadTs(threadTs).text(text).blocks(blocks).unfurlLinks(false));
            if (!r.isOk()) {
                LOG.warnf("Slack refused chat.postMessage to %s: %s", channel, r.getError());
            }
            return r.isOk();
        } catch (IOException | SlackApiException e) {
            LOG.warnf("chat.postMessage to %s failed: %s", channel, e.getMessage());
            return false;
        }
    }

    public boolean respond(String responseUrl, SlashCommandResponse response) {
        if (responseUrl == null || !responseUrl.startsWith(settings.responseUrlPrefix())) {
            LOG.warnf("not calling response_url outside %s: %s", settings.responseUrlPrefix(), responseUrl);
            return false;
        }
        try {
            int status = new SlashCommandResponseSender(slack).send(responseUrl, response).getCode();
            if (status != 200) {
                LOG.warnf("response_url answered %d", status);
            }
            return status == 200;
        } catch (IOException e) {
            LOG.warnf("posting to response_url failed: %s", e.getMessage());
            return false;
        }
    }
}
