package dev.newsqa.app;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A heap sized from a large machine is pointed out at start-up; the production heap is not. */
class HeapSizeCheckTest {

    @Test
    void onlyAHeapBeyondTheProductionOneIsWarnedAbout() {
        assertThat(HeapSizeCheck.warning(256L * 1024 * 1024)).isEmpty();
        assertThat(HeapSizeCheck.warning(192L * 1024 * 1024)).isEmpty(); // a bare JVM in a 768 Mi container
        assertThat(HeapSizeCheck.warning(6_024L * 1024 * 1024)).get().asString()
                .contains("6024 MiB", "-Xmx256m", "768 Mi");
    }
}
