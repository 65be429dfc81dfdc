package dev.newsqa.dingtalk;

import com.dingtalk.open.app.api.callback.OpenDingTalkCallbackListener;
import com.dingtalk.open.app.api.models.bot.ChatbotMessage;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jboss.logging.Logger;

import java.util.Map;
import java.util.concurrent.Executor;

/**
 * Robot messages in Stream mode (topic {@code /v1.0/im/bot/messages/get}), as the DingTalk SDK delivers them: each
 * is acknowledged at once and answered by the same {@link DingTalkBot} as the HTTP callback, the reply going
 * through the message's sessionWebhook.
 */
public class DingTalkStreamListener implements OpenDingTalkCallbackListener<ChatbotMessage, Map<String, Object>> {

    private static final Logger LOG = Logger.getLogger(DingTalkStreamListener.class);

    private final transient DingTalkBot bot;
    private final transient Executor executor;
    private final transient ObjectMapper json;

    public DingTalkStreamListener(DingTalkBot bot, Executor executor, ObjectMapper json) {
        this.bot = bot;
        this.executor = executor;
        this.json = json;
    }

    /** The acknowledgement DingTalk waits for; the answer follows through the sessionWebhook. */
    @Override
    public Map<String, Object> execute(ChatbotMessage received) {
        if (received == null) {
            return Map.of();
        }
        DingTalkMessage message;
        try {
            // the SDK's message has the callback's field names: read it as the callback's record
            message = json.convertValue(received, DingTalkMessage.class);
        } catch (IllegalArgumentException e) {
            LOG.warnf("a DingTalk Stream message could not be read: %s", e.getMessage());
            return Map.of();
        }
        executor.execute(() -> {
            try {
                bot.handleByWebhook(message);
            } catch (RuntimeException e) {
                LOG.error("answering a DingTalk Stream message failed", e);
            }
        });
        return Map.of();
    }
}
