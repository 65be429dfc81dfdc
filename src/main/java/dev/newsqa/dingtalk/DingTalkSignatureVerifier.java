package dev.newsqa.dingtalk;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Base64;

/**
 * Checks the {@code timestamp} and {@code sign} headers of a DingTalk callback:
 * sign = Base64(HMAC-SHA256(key = app secret, message = timestamp + "\n" + app secret)), compared in
 * constant time, with the timestamp (epoch milliseconds) no more than an hour from now.
 */
public final class DingTalkSignatureVerifier {

    private static final long WINDOW_MILLIS = 60 * 60 * 1000L;

    private final byte[] secret;
    private final String secretText;
    private final Clock clock;

    public DingTalkSignatureVerifier(String appSecret, Clock clock) {
        this.secretText = appSecret;
        this.secret = appSecret.getBytes(StandardCharsets.UTF_8);
        this.clock = clock;
    }

    public boolean isValid(String timestamp, String sign) {
        if (timestamp == null || sign == null) {
            return false;
        }
        long millis;
        try {
            millis = Long.parseLong(timestamp.strip());
        } catch (NumberFormatException e) {
            return false;
        }
        if (Math.abs(clock.millis() - millis) > WINDOW_MILLIS) {
            return false;
        }
        byte[] given;
        try {
            given = Base64.getDecoder().decode(sign.strip());
        } catch (IllegalArgumentException e) {
            return false;
        }
        return MessageDigest.isEqual(expected(timestamp.strip()), given);
    }

    private byte[] expected(String timestamp) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal((timestamp + "\n" + secretText).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
