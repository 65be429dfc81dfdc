package dev.newsqa.corpus;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where the precomputed embeddings live ({@code qa.embeddings.*}). */
@ConfigMapping(prefix = "qa.embeddings")
public interface EmbeddingsConfig {

    @WithDefault("embeddings")
    String dir();

    /**
     * ONNX Runtime threads per all-MiniLM-L6-v2 inference, not spinning; 0 for the runtime's default (all cores,
     * spinning). Questions run one inference per core at once whatever this is, and a corpus is embedded one per core:
     * the runs share the session's helper threads, so a lone question has the idle core. 2 against 1, alternated over
     * 5,025 passages in four runs (medians of twelve rounds): a lone question's p50 5.87 → 4.36 ms, 16 concurrent
     * 427 → 412 req/s (less than the rounds' spread; see src/docs/performance.md). bge-small-zh always runs one
     * thread per inference.
     */
    @WithDefault("2")
    int onnxThreads();

    /** Questions of concurrent requests embedded in one inference at most. See QuestionBatcher. */
    @WithDefault("16")
    int questionBatch();
}
