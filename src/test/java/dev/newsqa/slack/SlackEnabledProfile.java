package dev.newsqa.slack;

import dev.newsqa.channel.RecordingExecutor;
import dev.newsqa.channel.StandInServer;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;
import java.util.Set;

/** Slack switched on, talking to the local stand-in, its work on the tests' {@link RecordingExecutor}. */
public class SlackEnabledProfile implements QuarkusTestProfile {

    static final String SECRET = "test-signing-secret";
    static final String TOKEN = "xoxb-test-token";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "qa.slack.signing-secret", SECRET,
                "qa.slack.bot-token", TOKEN,
                "qa.slack.api-url", StandInServer.url() + "/slack-api/",
                "qa.slack.response-url-prefix", StandInServer.url() + "/");
    }

    /** The bots' work runs on an executor the tests can wait on, so "once" and "never" are counted, not timed. */
    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(RecordingExecutor.class);
    }
}
