package dev.newsqa.slack;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/** A local Slack of the test class's own, started before the service so that its address is in the configuration. */
public class SlackSocketModeResource implements QuarkusTestResourceLifecycleManager {

    static final String APP_TOKEN = "xapp-1-configured";
    static final String BOT_TOKEN = "xoxb-configured";

    private SlackSocketStandIn slack;

    @Override
    public Map<String, String> start() {
        try {
            slack = new SlackSocketStandIn();
        } catch (Exception e) {
            throw new IllegalStateException("the Slack stand-in did not start", e);
        }
        return Map.of("qa.slack.app-token", APP_TOKEN, "qa.slack.bot-token", BOT_TOKEN,
                "qa.slack.api-url", slack.apiUrl());
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(slack, new TestInjector.MatchesType(SlackSocketStandIn.class));
    }

    @Override
    public void stop() {
        try {
            slack.close();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
