package dev.newsqa.config;

import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/**
 * The service's settings for programs that run outside it (rebuilding the embeddings, the evaluations, the
 * benchmark): the same {@code @ConfigMapping} interfaces with their one default each, overridden by system
 * properties and the environment exactly as in the service ({@code QA_DOCUMENTS_DIR}, {@code -Dqa.answer.…}).
 */
public final class StandaloneConfig {

    private StandaloneConfig() {
    }

    /** The mapping's values: defaults, then the environment, then system properties. */
    public static <T> T mapping(Class<T> type) {
        SmallRyeConfig config = new SmallRyeConfigBuilder().addDefaultSources().withMapping(type).build();
        return config.getConfigMapping(type);
    }
}
