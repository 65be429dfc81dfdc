package dev.newsqa.index;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where the precomputed embeddings live ({@code qa.embeddings.*}). */
@ConfigMapping(prefix = "qa.embeddings")
public interface EmbeddingsConfig {

    @WithDefault("embeddings")
    String dir();

    /** ONNX Runtime threads per inference; 0 for the runtime's default (all cores). See MiniLmEmbeddingModel. */
    @WithDefault("1")
    int onnxThreads();

    /** Questions of concurrent requests embedded in one inference at most. See QuestionBatcher. */
    @WithDefault("16")
    int questionBatch();
}
