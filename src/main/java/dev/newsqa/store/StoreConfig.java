package dev.newsqa.store;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.time.Duration;
import java.util.Optional;

/**
 * Where the passage vectors live ({@code qa.store=memory|elasticsearch}) and, for a shared store, how to reach
 * it ({@code qa.elasticsearch.*}). In memory, every replica holds only its own articles; on Elasticsearch,
 * replicas share the articles added and removed at run time.
 */
@ConfigMapping(prefix = "qa")
public interface StoreConfig {

    enum Kind { MEMORY, ELASTICSEARCH }

    @WithName("store")
    @WithDefault("memory")
    Kind kind();

    Elasticsearch elasticsearch();

    interface Elasticsearch {

        /** The cluster's HTTP address, e.g. {@code http://localhost:9200}; required with {@code qa.store=elasticsearch}. */
        Optional<String> url();

        /** An API key (the encoded form Elasticsearch returns), sent as {@code Authorization: ApiKey ...}. */
        Optional<String> apiKey();

        /** The indices are {@code <prefix>-articles} (the article texts) and {@code <prefix>-passages} (vectors). */
        @WithDefault("news-qa")
        String indexPrefix();

        /** How often a replica picks up the articles other replicas added, replaced or removed. */
        @WithDefault("5s")
        Duration syncInterval();

        /** Connect and socket timeout of each call to the cluster. */
        @WithDefault("5s")
        Duration timeout();

        /** Candidates each shard considers for a vector search (HNSW); more is slower and closer to exact. */
        @WithDefault("100")
        int numCandidates();
    }
}
