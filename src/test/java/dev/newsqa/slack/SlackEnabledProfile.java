package dev.newsqa.slack;

import dev.newsqa.channel.StandInServer;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/** Slack switched on, talking to the local stand-in. */
public class SlackEnabledProfile implements QuarkusTestProfile {

    static final String SECRET = "test-signing-secret";
    static final String TOKEN = "xoxb-test-token";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "qa.slack.signing-secret", SECRET,
                "qa.slack.bot-token", TOKEN,
                "qa.slack.api-url", StandInServer.INSTANCE.url() + "/slack-api/",
                "qa.slack.response-url-prefix", StandInServer.INSTANCE.url() + "/");
    }
}
