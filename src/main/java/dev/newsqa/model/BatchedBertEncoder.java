package dev.newsqa.model;

import dev.newsqa.index.Vectors;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs several short texts through the BERT encoder in one ONNX Runtime call: each text tokenised as
 * LangChain4j's {@code OnnxBertBiEncoder} tokenises it, the batch padded to its longest text and masked,
 * and each output mean-pooled over its own tokens only, so a text gets the vector it gets alone (to float
 * rounding). One call for many short texts costs less per text than one call each: the matrix products
 * get rows enough to run at speed, and the per-call overhead is paid once.
 */
final class BatchedBertEncoder {

    /** The model's window, special tokens included. */
    static final int MAX_TOKENS = 512;

    private final OrtEnvironment environment;
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final boolean typeIds;

    BatchedBertEncoder(OrtEnvironment environment, OrtSession session, HuggingFaceTokenizer tokenizer) throws OrtException {
        this.environment = environment;
        this.session = session;
        this.tokenizer = tokenizer;
        this.typeIds = session.getInputNames().contains("token_type_ids");
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
                    out[b] = meanOfTokens(hidden, b * width * dimension, ids.get(b).length, dimension);
                }
                return out;
            }
        }
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
