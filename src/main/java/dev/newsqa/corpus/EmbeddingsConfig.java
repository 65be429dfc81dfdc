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
     * spinning). Questions run as many inferences at once as the cores hold at this many threads each (one per core
     * with 1; with 2 on two cores one at a time, which a lone question has both cores for); a corpus is embedded one
     * inference per core whatever this is. 2 against 1, alternated in one run over 5,025 passages (medians of three):
     * a lone question's p50 6.90 → 6.29 ms, 16 concurrent 385 → 328 req/s; cold ingestion 95 % of bare embedAll in
     * a benchmark run (98 % in the last with 1; see src/docs/performance.md). bge-small-zh always runs one thread per
     * inference.
     */
    @WithDefault("1")
    int onnxThreads();

    /** Questions of concurrent requests embedded in one inference at most. See QuestionBatcher. */
    @WithDefault("16")
    int questionBatch();
}
