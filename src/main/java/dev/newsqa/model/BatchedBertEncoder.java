package dev.newsqa.model;

import dev.newsqa.index.Vectors;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.PoolingMode;

import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Runs several short texts through the BERT encoder in one ONNX Runtime call: each text tokenised as
 * LangChain4j's {@code OnnxBertBiEncoder} tokenises it, the batch padded to its longest text and masked,
 * and each output pooled as the model was trained (the mean over its own tokens only, or its first token), so a text
 * gets the vector it gets alone (to float rounding). One call for many short texts costs less per text than one call
 * each: the matrix products get rows enough to run at speed, and the per-call overhead is paid once.
 */
final class BatchedBertEncoder {

    /** The model's window, special tokens included. */
    static final int MAX_TOKENS = 512;

    private final OrtEnvironment environment;
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final PoolingMode pooling;
    private final boolean typeIds;

    /** @param pooling MEAN (all-MiniLM-L6-v2) or CLS (bge-small-zh), as {@code OnnxBertBiEncoder} is given it */
    BatchedBertEncoder(OrtEnvironment environment, OrtSession session, HuggingFaceTokenizer tokenizer,
                       PoolingMode pooling) throws OrtException {
        this.environment = environment;
        this.session = session;
        this.tokenizer = tokenizer;
        this.pooling = pooling;
        this.typeIds = session.getInputNames().contains("token_type_ids");
    }

    /**
     * Each text's unit vector: those that fit the model's window (questions do) in a single inference, any longer one
     * by {@code alone} (the encoder's own parts). With {@code oneRunEach} (a quantized build) every text goes by
     * {@code alone}: such a build quantizes its activations with a scale taken from the whole input tensor, so in one
     * run a text's vector would depend on the texts beside it (cosine 0.9925 to the vector it gets alone, in
     * MiniLmEmbeddingModelTest). A question's answer must not depend on who else is asking.
     *
     * @throws IllegalArgumentException for a blank text (the others are lost with it: embed such a batch one text at
     *                                  a time to tell them apart)
     */
    List<float[]> embedEach(List<String> texts, boolean oneRunEach, Function<String, float[]> alone) {
        if (texts.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("a blank text has no embedding");
        }
        if (oneRunEach) {
            return texts.stream().map(alone).toList();
        }
        List<Integer> fitting = new ArrayList<>();
        List<long[]> fittingIds = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            long[] ids = tokenize(texts.get(i));
            if (fitsOnePart(ids)) {
                fitting.add(i);
                fittingIds.add(ids);
            }
        }
        float[][] out = new float[texts.size()][];
        if (!fitting.isEmpty()) {
            try {
                float[][] vectors = embed(fittingIds);
                for (int k = 0; k < vectors.length; k++) {
                    out[fitting.get(k)] = vectors[k];
                }
            } catch (OrtException e) {
                throw new IllegalStateException("ONNX Runtime failed to embed " + fitting.size() + " texts", e);
            }
        }
        for (int i = 0; i < out.length; i++) {
            if (out[i] == null) {
                out[i] = alone.apply(texts.get(i));
            }
        }
        return List.of(out);
    }

    /** Word-piece ids of a text with its special tokens. */
    long[] tokenize(String text) {
        return tokenizer.encode(text, true, false).getIds();
    }

    /** Whether {@link #embed} takes these ids: at least one token besides the special ones, and the window's width at most. */
    static boolean fitsOnePart(long[] ids) {
        return ids.length > 2 && ids.length <= MAX_TOKENS;
    }

    /**
     * @param ids each text's ids from {@link #tokenize}, each {@link #fitsOnePart}
     * @return each text's unit-length embedding, in order
     */
    float[][] embed(List<long[]> ids) throws OrtException {
        int batch = ids.size();
        int width = 0;
        for (long[] t : ids) {
            if (!fitsOnePart(t)) {
                throw new IllegalArgumentException("a text of " + t.length + " tokens cannot be embedded in one part");
            }
            width = Math.max(width, t.length);
        }
        long[] inputIds = new long[batch * width];
        long[] mask = new long[batch * width];
        for (int b = 0; b < batch; b++) {
            long[] t = ids.get(b);
            System.arraycopy(t, 0, inputIds, b * width, t.length);
            Arrays.fill(mask, b * width, b * width + t.length, 1L);
        }
        long[] shape = {batch, width};
        try (OnnxTensor idsTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(inputIds), shape);
             OnnxTensor maskTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(mask), shape);
             OnnxTensor typesTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(new long[batch * width]), shape)) {
            Map<String, OnnxTensor> inputs = new HashMap<>();
            inputs.put("input_ids", idsTensor);
            inputs.put("attention_mask", maskTensor);
            if (typeIds) {
                inputs.put("token_type_ids", typesTensor);
            }
            try (OrtSession.Result result = session.run(inputs)) {
                FloatBuffer hidden = ((OnnxTensor) result.get(0)).getFloatBuffer();
                int dimension = (int) (hidden.capacity() / ((long) batch * width));
                float[][] out = new float[batch][];
                for (int b = 0; b < batch; b++) {
                    out[b] = pooling == PoolingMode.CLS ? firstToken(hidden, b * width * dimension, dimension)
                            : meanOfTokens(hidden, b * width * dimension, ids.get(b).length, dimension);
                }
                return out;
            }
        }
    }

    private static float[] firstToken(FloatBuffer hidden, int offset, int dimension) {
        float[] first = new float[dimension];
        hidden.get(offset, first);
        return Vectors.unit(first);
    }

    private static float[] meanOfTokens(FloatBuffer hidden, int offset, int tokens, int dimension) {
        float[] sum = new float[dimension];
        for (int t = 0; t < tokens; t++) {
            int row = offset + t * dimension;
            for (int d = 0; d < dimension; d++) {
                sum[d] += hidden.get(row + d);
            }
        }
        for (int d = 0; d < dimension; d++) {
            sum[d] /= tokens;
        }
        return Vectors.unit(sum);
    }
}
