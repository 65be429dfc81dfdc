package dev.newsqa.model;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** How the in-process models' ONNX Runtime sessions and bulk-embedding threads are set up, the same for each. */
final class OnnxSessions {

    private OnnxSessions() {
    }

    /**
     * Every session pre-packs the weights of its matrix products and keeps ONNX Runtime's memory arena for what a run
     * computes, but takes its weights from the system allocator, not from the arena
     * ({@code session.use_device_allocator_for_initializers}). With the weights in the arena, the originals of the
     * weights it pre-packs were freed back into the arena and stayed resident for good, so pre-packing cost as much
     * again as the weights it packs. Measured on this project's machine, a JVM holding one session (src/docs/
     * performance.md, stop 49): MiniLM 279 MiB resident with its weights in the arena, 230 outside it; bge-small-zh
     * 185 outside it, and 182 without pre-packing or arena, as it was kept before (a Chinese question then took 10.1
     * instead of 7.6 ms).
     *
     * @param intraOpThreads threads per inference, not spinning; 0 leaves ONNX Runtime's default (all cores, spinning)
     */
    static OrtSession.SessionOptions options(int intraOpThreads) throws OrtException {
        OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        options.addConfigEntry("session.use_device_allocator_for_initializers", "1");
        if (intraOpThreads > 0) {
            options.setIntraOpNumThreads(intraOpThreads);
            options.setInterOpNumThreads(1);
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
        }
        return options;
    }

    /**
     * A session over a model file shipped in a jar. The file is read into memory outside the Java heap, in one
     * buffer of the file's size: bge-small-zh's 95 MB read into a growing byte array would need twice that on a
     * heap the service keeps small (256 MiB in its manifest), and the runtime needs the bytes only while it builds
     * the session.
     *
     * @param intraOpThreads threads per inference; 0 leaves ONNX Runtime's default (all cores, spinning)
     */
    static OrtSession session(OrtEnvironment environment, String resource, String shippedBy, int intraOpThreads) {
        URL url = OnnxSessions.class.getClassLoader().getResource(resource);
        if (url == null) {
            throw new IllegalStateException(resource + " is not on the classpath (" + shippedBy + ")");
        }
        try {
            return environment.createSession(read(url), options(intraOpThreads));
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime could not load " + resource, e);
        }
    }

    private static ByteBuffer read(URL url) {
        try {
            URLConnection connection = url.openConnection();
            long size = connection.getContentLengthLong();
            try (InputStream in = connection.getInputStream()) {
                if (size < 0 || size > Integer.MAX_VALUE) {
                    // a source that does not say how long it is: through the heap once
                    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                    in.transferTo(bytes);
                    byte[] all = bytes.toByteArray();
                    return ByteBuffer.allocateDirect(all.length).put(all).flip();
                }
                ByteBuffer buffer = ByteBuffer.allocateDirect((int) size);
                ReadableByteChannel channel = Channels.newChannel(in);
                while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
                    // fills the buffer
                }
                if (buffer.hasRemaining()) {
                    throw new IOException(url + " ended after " + buffer.position() + " of " + size + " bytes");
                }
                return buffer.flip();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A model's two encoders over one session: LangChain4j's, a text a run, and ours, several texts a run. */
    record Encoders(OnnxBertBiEncoder single, BatchedBertEncoder batched) {
    }

    /**
     * Both encoders of a session, each with its own tokenizer read from the same file: the batched one's without
     * padding, so that it tokenises a text as {@code OnnxBertBiEncoder} does and gives it the same ids.
     */
    static Encoders encoders(OrtEnvironment environment, OrtSession session, String tokenizerFile, String shippedBy,
                             PoolingMode pooling) {
        try (InputStream tokenizer = tokenizer(tokenizerFile, shippedBy);
             InputStream batchTokenizer = tokenizer(tokenizerFile, shippedBy)) {
            HuggingFaceTokenizer tokens = HuggingFaceTokenizer.newInstance(batchTokenizer, Map.of("padding", "false"));
            return new Encoders(new OnnxBertBiEncoder(environment, session, tokenizer, pooling),
                    new BatchedBertEncoder(environment, session, tokens, pooling));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime could not read the inputs of the model beside " + tokenizerFile,
                    e);
        }
    }

    /** A tokenizer file shipped in a model's jar, opened; the caller closes it. */
    static InputStream tokenizer(String resource, String shippedBy) {
        InputStream in = OnnxSessions.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + " is not on the classpath (" + shippedBy + ")");
        }
        return in;
    }

    /**
     * How many question inferences run at once: one per core, whatever the threads per inference (with 0, the
     * runtime's default, every inference takes all cores, so one). Runs of one session share its pool of helper
     * threads: a lone question has the idle cores, and under load each run keeps its own core. Measured against one
     * run at a time with two threads, which let the request threads' own work fight the inference for the cores
     * (src/docs/performance.md).
     */
    static int runsAtOnce(int intraOpThreads) {
        return intraOpThreads <= 0 ? 1 : Runtime.getRuntime().availableProcessors();
    }

    /**
     * One daemon thread per core for {@code embedAll}'s batches, whatever the threads per inference: a corpus is
     * embedded fastest by one inference per core (with two threads per inference, one at a time embedded short texts
     * 28 % slower than two at once of one thread, see the performance history).
     */
    static ExecutorService embedAllPool() {
        return Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), r -> {
            Thread t = new Thread(r, "embed-all");
            t.setDaemon(true);
            return t;
        });
    }
}
