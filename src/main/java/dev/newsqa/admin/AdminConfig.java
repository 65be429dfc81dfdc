package dev.newsqa.admin;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

/**
 * Live changes to the articles ({@code qa.admin.*}). The key comes from the environment only
 * ({@code QA_ADMIN_API_KEY}); without it the endpoints that change articles are off.
 */
@ConfigMapping(prefix = "qa.admin")
public interface AdminConfig {

    Optional<String> apiKey();

    /** Largest article accepted, in bytes of UTF-8. */
    @WithDefault("1048576")
    long maxDocumentBytes();
}
