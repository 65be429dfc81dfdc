package dev.newsqa.openai;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.List;
import java.util.Optional;

/**
 * The OpenAI-compatible API ({@code qa.openai.*}). The keys come from the environment only
 * ({@code QA_API_KEYS}, comma-separated, or {@code QA_OPENAI_API_KEYS}); without any, {@code /v1} is open like
 * {@code /api/ask}.
 */
@ConfigMapping(prefix = "qa.openai")
public interface OpenAiConfig {

    /** Bearer keys a client must send as {@code Authorization: Bearer <key>}; none means no key is asked for. */
    Optional<List<String>> apiKeys();

    /** The one model id {@code /v1/models} lists and chat completions accept. */
    @WithDefault("news-qa")
    String model();
}
