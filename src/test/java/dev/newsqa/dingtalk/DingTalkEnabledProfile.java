package dev.newsqa.dingtalk;

import dev.newsqa.channel.RecordingExecutor;
import dev.newsqa.channel.StandInServer;
import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;
import java.util.Set;

/** DingTalk switched on, its sessionWebhooks pointing at the local stand-in. */
public class DingTalkEnabledProfile implements QuarkusTestProfile {

    static final String SECRET = "dingtalk-test-app-secret";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "qa.dingtalk.app-secret", SECRET,
                "qa.dingtalk.webhook-url-prefix", StandInServer.url() + "/robot/");
    }

    /** The bots' work runs on an executor the tests can wait on, so "once" and "never" are counted, not timed. */
    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(RecordingExecutor.class);
    }
}
