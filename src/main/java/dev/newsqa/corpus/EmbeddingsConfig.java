package dev.newsqa.corpus;

import dev.newsqa.model.MiniLmEmbeddingModel;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where the precomputed embeddings live ({@code qa.embeddings.*}). */
@ConfigMapping(prefix = "qa.embeddings")
public interface EmbeddingsConfig {

    @WithDefault("embeddings")
    String dir();

    /**
     * Which build of all-MiniLM-L6-v2 embeds every question, passage and sentence: {@code full} (32-bit weights) or
     * {@code quantized} (8-bit: with {@code qa.languages.chinese-model=quantized} 2.1× the cold ingestion rate, and a
     * question's embedding 3.7× as fast, for slightly different answers: README, Performance). The full build's
     * vectors are kept at the top of the embeddings folder, the quantized build's in its folder named after it
     * ({@code all-MiniLM-L6-v2-q}); a shared store records the build its vectors were made with and a replica of the
     * other build does not join it.
     */
    @WithDefault("full")
    MiniLmEmbeddingModel.Variant model();

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
