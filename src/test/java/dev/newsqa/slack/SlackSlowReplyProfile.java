package dev.newsqa.slack;

import java.util.HashMap;
import java.util.Map;

/** Slack on, with a reply window too short for any answer: everything goes through response_url. */
public class SlackSlowReplyProfile extends SlackEnabledProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = new HashMap<>(super.getConfigOverrides());
        config.put("qa.slack.reply-within", "1ms");
        return config;
    }
}
