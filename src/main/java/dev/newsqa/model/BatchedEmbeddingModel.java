package dev.newsqa.model;

import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.newsqa.index.Vectors;

import java.util.List;

/**
 * An in-process BERT model over one ONNX Runtime session with both encoders ({@link OnnxSessions#encoders}):
 * LangChain4j's for {@code embed} and {@code embedAll} (a text a run, {@code embedAll}'s batches one per core), and
 * ours for {@link #embedEach}, which runs the questions of concurrent requests in one inference.
 */
public abstract class BatchedEmbeddingModel extends AbstractInProcessEmbeddingModel {

    private final OnnxBertBiEncoder encoder;
    private final BatchedBertEncoder batched;
    private final int runsAtOnce;
    private final boolean oneRunEach;

    /**
     * @param runsAtOnce question inferences at once, see {@link OnnxSessions#runsAtOnce}
     * @param oneRunEach a quantized build: {@link #embedEach} runs each text alone (see
     *                   {@link BatchedBertEncoder#embedEach})
     */
    BatchedEmbeddingModel(OnnxSessions.Encoders encoders, int runsAtOnce, boolean oneRunEach) {
        super(OnnxSessions.embedAllPool());
        this.encoder = encoders.single();
        this.batched = encoders.batched();
        this.runsAtOnce = runsAtOnce;
        this.oneRunEach = oneRunEach;
    }

    /** How many question inferences run at once (a question batcher's runners): one per core. */
    public int runsAtOnce() {
        return runsAtOnce;
    }

    /**
     * Embeds each text as {@link #embed(String)} does, those that fit the model's window (questions do) in a single
     * inference, any longer one in parts through the encoder; with a quantized build, each in a run of its own.
     *
     * @return unit vectors, in the order of the texts
     * @throws IllegalArgumentException for a text with nothing to embed (the others are lost with it: embed such
     *                                  a batch one text at a time to tell them apart)
     */
    public List<float[]> embedEach(List<String> texts) {
        return batched.embedEach(texts, oneRunEach, text -> Vectors.unit(embed(text).content().vector()));
    }

    @Override
    protected OnnxBertBiEncoder model() {
        return encoder;
    }
}
