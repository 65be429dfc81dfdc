package dev.newsqa.dingtalk;

import java.util.HashMap;
import java.util.Map;

/** DingTalk on, with a reply window too short for any answer: answers go through the sessionWebhook. */
public class DingTalkSlowReplyProfile extends DingTalkEnabledProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = new HashMap<>(super.getConfigOverrides());
        config.put("qa.dingtalk.reply-within", "1ms");
        return config;
    }
}
