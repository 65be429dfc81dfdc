package dev.newsqa.slack;

import com.slack.api.app_backend.SlackSignature;

import java.time.Clock;

/**
 * Checks Slack's request signature over the raw body with the SDK's verifier (HMAC-SHA256,
 * constant-time comparison), and rejects requests whose timestamp is more than five minutes
 * from now so that a captured request cannot be replayed.
 */
public final class SlackRequestVerifier {

    private static final long REPLAY_WINDOW_SECONDS = 5 * 60;

    private final SlackSignature.Verifier verifier;
    private final Clock clock;

    public SlackRequestVerifier(String signingSecret, Clock clock) {
        this.verifier = new SlackSignature.Verifier(new SlackSignature.Generator(signingSecret));
        this.clock = clock;
    }

    public boolean isValid(String timestamp, String signature, String rawBody) {
        if (timestamp == null || signature == null || rawBody == null) {
            return false;
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.strip());
        } catch (NumberFormatException e) {
            return false;
        }
        long now = clock.millis();
        if (Math.abs(now / 1000 - seconds) > REPLAY_WINDOW_SECONDS) {
            return false;
        }
        return verifier.isValid(timestamp, rawBody, signature, now);
    }
}
