package dev.newsqa.slack;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

import java.time.Duration;

/**
 * Opens the Socket Mode connection at start-up when {@code QA_SLACK_APP_TOKEN} is set, and closes it at shutdown.
 * A refused token or an unreachable Slack is logged, tried again in the background, and leaves the rest of the
 * service running.
 */
@ApplicationScoped
public class SlackSocketModeStarter {

    private static final Logger LOG = Logger.getLogger(SlackSocketModeStarter.class);

    private final SlackConfig settings;
    private final SlackSocketMode socketMode;

    SlackSocketModeStarter(SlackConfig settings, SlackBot bot, ManagedExecutor executor, ObjectMapper json) {
        this.settings = settings;
        this.socketMode = new SlackSocketMode(bot, executor, json);
    }

    void onStart(@Observes StartupEvent event) {
        String token = settings.appToken().map(String::strip).orElse("");
        if (token.isEmpty()) {
            return;
        }
        if (settings.botToken().isEmpty()) {
            LOG.warn("Slack Socket Mode without QA_SLACK_BOT_TOKEN: slash commands work, mentions cannot be answered");
        }
        socketMode.start(token, settings.apiUrl(), (int) settings.httpTimeout().toMillis(), Duration.ofSeconds(5));
    }

    void onStop(@Observes ShutdownEvent event) {
        socketMode.close();
    }
}
