package dev.newsqa.model;

import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How both models' sessions are set up. What the settings save is measured by {@code bench.MemoryProbe} and the
 * benchmark, not here: this pins the settings those figures were measured with.
 */
class OnnxSessionsTest {

    @Test
    void weightsComeFromTheSystemAllocatorAndArePrePacked() throws OrtException {
        try (OrtSession.SessionOptions options = OnnxSessions.options(2)) {
            // in the arena, the originals of the pre-packed weights would stay resident after packing
            assertThat(options.getConfigEntries())
                    .containsEntry("session.use_device_allocator_for_initializers", "1")
                    .doesNotContainKey("session.disable_prepacking");
        }
    }

    @Test
    void eachInferenceRunsOnTheGivenThreadsWithoutSpinning() throws OrtException {
        try (OrtSession.SessionOptions options = OnnxSessions.options(2)) {
            assertThat(options.getConfigEntries()).containsEntry("session.intra_op.allow_spinning", "0");
        }
        try (OrtSession.SessionOptions runtimeDefault = OnnxSessions.options(0)) {
            assertThat(runtimeDefault.getConfigEntries()).doesNotContainKey("session.intra_op.allow_spinning");
        }
    }
}
