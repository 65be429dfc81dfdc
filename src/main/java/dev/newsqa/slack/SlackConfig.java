package dev.newsqa.slack;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/**
 * The Slack app ({@code qa.slack.*}). Secrets come from the environment only:
 * {@code QA_SLACK_SIGNING_SECRET}, {@code QA_SLACK_BOT_TOKEN}, {@code QA_SLACK_APP_TOKEN}. Without a signing
 * secret the Slack endpoints answer 404; with an app token the service also connects to Slack in Socket Mode.
 */
@ConfigMapping(prefix = "qa.slack")
public interface SlackConfig {

    Optional<String> signingSecret();

    /** Bot token ({@code xoxb-…}) for chat.postMessage; needed for @-mentions and direct messages. */
    Optional<String> botToken();

    /** App-level token ({@code xapp-…}, scope connections:write): with it the service opens a Socket Mode connection. */
    Optional<String> appToken();

    /** Base of the Web API; a test points it at a local stand-in. */
    @WithDefault("https://slack.com/api/")
    String apiUrl();

    /** Only response_url values under this prefix are ever called. */
    @WithDefault("https://hooks.slack.com/")
    String responseUrlPrefix();

    /** {@code in_channel} (everyone sees the answer) or {@code ephemeral} (only the asker). */
    @WithDefault("in_channel")
    String responseType();

    /** A slash command not answered within this is acknowledged at once and answered via response_url. */
    @WithDefault("2500ms")
    Duration replyWithin();

    @WithDefault("3")
    int citations();

    /** Timeout of every outbound call to Slack. */
    @WithDefault("10s")
    Duration httpTimeout();
}
