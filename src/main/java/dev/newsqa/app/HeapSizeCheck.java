package dev.newsqa.app;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.util.Optional;

/**
 * Says at start-up, once, when the JVM was started without the production heap options: its heap may then grow
 * with the machine's memory (a quarter of it by default) and the process outgrow the 768 Mi the Kubernetes
 * manifest allows (issue #24 measured 834 MiB after a minute of load on a 24 GB machine).
 */
@ApplicationScoped
public class HeapSizeCheck {

    private static final Logger LOG = Logger.getLogger(HeapSizeCheck.class);
    /** Above this a heap is not the production one (256 MB) and leaves the manifest's limit no room. */
    static final long MAX_EXPECTED_HEAP = 512L * 1024 * 1024;

    void onStart(@Observes StartupEvent event) {
        warning(Runtime.getRuntime().maxMemory()).ifPresent(LOG::warn);
    }

    static Optional<String> warning(long maxHeapBytes) {
        if (maxHeapBytes <= MAX_EXPECTED_HEAP) {
            return Optional.empty();
        }
        return Optional.of("the JVM may grow its heap to " + maxHeapBytes / (1024 * 1024) + " MiB: resident memory can "
                + "then pass the 768 Mi of the Kubernetes manifest; start with -XX:+UseSerialGC -Xms256m -Xmx256m "
                + "(or JAVA_TOOL_OPTIONS) as the README's production command does");
    }
}
