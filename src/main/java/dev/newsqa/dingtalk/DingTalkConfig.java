package dev.newsqa.dingtalk;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/**
 * The DingTalk enterprise robot ({@code qa.dingtalk.*}). Secrets come from the environment only
 * ({@code QA_DINGTALK_APP_SECRET}, {@code QA_DINGTALK_CLIENT_SECRET}); without the app secret
 * {@code /dingtalk/robot} answers 404; with a client id and secret the robot also listens in Stream mode.
 */
@ConfigMapping(prefix = "qa.dingtalk")
public interface DingTalkConfig {

    /** The robot's AppSecret, which signs every callback. */
    Optional<String> appSecret();

    /** The app's Client ID (AppKey): with the client secret, the service connects to DingTalk in Stream mode. */
    Optional<String> clientId();

    /** The app's Client Secret (AppSecret) for Stream mode. */
    Optional<String> clientSecret();

    /** An answer not ready within this is sent through the message's sessionWebhook instead of the HTTP reply. */
    @WithDefault("3s")
    Duration replyWithin();

    /** Only sessionWebhook addresses under this prefix are ever called; a test points it at a stand-in. */
    @WithDefault("https://oapi.dingtalk.com/")
    String webhookUrlPrefix();

    @WithDefault("3")
    int citations();

    /** DingTalk's limit on a message is about 5,000 characters; replies are cut to stay within it. */
    @WithDefault("4500")
    int maxMessageChars();

    /** Timeout of every call to a sessionWebhook. */
    @WithDefault("10s")
    Duration httpTimeout();
}
