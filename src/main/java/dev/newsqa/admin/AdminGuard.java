package dev.newsqa.admin;

import dev.newsqa.api.ApiException;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** Lets a request change articles only with {@code Authorization: Bearer <QA_ADMIN_API_KEY>}, compared in constant time. */
@ApplicationScoped
public class AdminGuard {

    private final byte[] key;

    AdminGuard(AdminConfig config) {
        this.key = config.apiKey().filter(k -> !k.isBlank()).map(k -> k.getBytes(StandardCharsets.UTF_8)).orElse(null);
    }

    public void check(String authorization) {
        if (key == null) {
            throw new ApiException(403, "changing articles is off: the service runs without QA_ADMIN_API_KEY");
        }
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new ApiException(401, "an admin API key is required: Authorization: Bearer <key>");
        }
        byte[] given = authorization.substring(7).strip().getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(key, given)) {
            throw new ApiException(401, "the admin API key is wrong");
        }
    }
}
