package dev.newsqa.dingtalk;

import com.dingtalk.open.app.api.OpenDingTalkClient;
import com.dingtalk.open.app.api.OpenDingTalkStreamClientBuilder;
import com.dingtalk.open.app.api.callback.DingTalkStreamTopics;
import com.dingtalk.open.app.api.security.AuthClientCredential;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

/**
 * Connects to DingTalk in Stream mode at start-up when {@code QA_DINGTALK_CLIENT_ID} and
 * {@code QA_DINGTALK_CLIENT_SECRET} are set (the SDK opens the connection and reconnects by itself), and disconnects
 * at shutdown. A refused credential or an unreachable DingTalk is logged by the SDK, which keeps trying, and leaves
 * the rest of the service running.
 */
@ApplicationScoped
public class DingTalkStreamStarter {

    private static final Logger LOG = Logger.getLogger(DingTalkStreamStarter.class);

    private final DingTalkConfig settings;
    private final DingTalkStreamListener listener;
    private OpenDingTalkClient client;

    DingTalkStreamStarter(DingTalkConfig settings, DingTalkBot bot, ManagedExecutor executor, ObjectMapper json) {
        this.settings = settings;
        this.listener = new DingTalkStreamListener(bot, executor, json);
    }

    void onStart(@Observes StartupEvent event) {
        String id = settings.clientId().map(String::strip).orElse("");
        String secret = settings.clientSecret().map(String::strip).orElse("");
        if (id.isEmpty() || secret.isEmpty()) {
            if (!id.isEmpty() || !secret.isEmpty()) {
                LOG.warn("DingTalk Stream mode needs both QA_DINGTALK_CLIENT_ID and QA_DINGTALK_CLIENT_SECRET");
            }
            return;
        }
        try {
            OpenDingTalkClient c = OpenDingTalkStreamClientBuilder.custom()
                    .credential(new AuthClientCredential(id, secret))
                    .registerCallbackListener(DingTalkStreamTopics.BOT_MESSAGE_TOPIC, listener)
                    .build();
            c.start();
            synchronized (this) {
                client = c;
            }
            LOG.info("DingTalk Stream mode started: the SDK connects, and reconnects, in the background");
        } catch (Exception e) {
            LOG.errorf("could not connect to DingTalk in Stream mode (check QA_DINGTALK_CLIENT_ID/SECRET): %s",
                    e.getMessage());
        }
    }

    synchronized void onStop(@Observes ShutdownEvent event) {
        if (client != null) {
            try {
                client.stop();
            } catch (Exception e) {
                LOG.debugf("stopping the DingTalk Stream client: %s", e.getMessage());
            }
            client = null;
        }
    }
}
