package dev.newsqa.corpus;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where the precomputed embeddings live ({@code qa.embeddings.*}). */
@ConfigMapping(prefix = "qa.embeddings")
public interface EmbeddingsConfig {

    @WithDefault("embeddings")
    String dir();

    /**
     * ONNX Runtime threads per inference, not spinning; 0 for the runtime's default (all cores, spinning). With 1,
     * concurrent questions are batched and each core runs its own batch: 180-200 req/s at 16 concurrent against
     * 147-170 with 2 threads; 2 lowers a lone question's latency (8.6-11.7 ms against 11.4-11.9 ms) by using the idle
     * core and costs bulk embedding 4-14 % (see the README's performance history).
     */
    @WithDefault("1")
    int onnxThreads();

    /** Questions of concurrent requests embedded in one inference at most. See QuestionBatcher. */
    @WithDefault("16")
    int questionBatch();
}
