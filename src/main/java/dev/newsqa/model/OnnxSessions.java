package dev.newsqa.model;

import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** How the in-process models' ONNX Runtime sessions and bulk-embedding threads are set up, the same for each. */
final class OnnxSessions {

    private OnnxSessions() {
    }

    /**
     * @param intraOpThreads threads per inference, not spinning; 0 leaves ONNX Runtime's default (all cores, spinning)
     */
    static OrtSession.SessionOptions options(int intraOpThreads) throws OrtException {
        OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        if (intraOpThreads > 0) {
            options.setIntraOpNumThreads(intraOpThreads);
            options.setInterOpNumThreads(1);
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
        }
        return options;
    }

    /** One daemon thread per core for {@code embedAll}'s batches. */
    static ExecutorService embedAllPool() {
        return Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), r -> {
            Thread t = new Thread(r, "embed-all");
            t.setDaemon(true);
            return t;
        });
    }
}
