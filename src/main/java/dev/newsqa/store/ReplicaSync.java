package dev.newsqa.store;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import org.jboss.logging.Logger;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * With a shared store, keeps this replica's articles in line with it: once at start-up, after the local index is
 * loaded and before the service takes requests, and then every {@code qa.elasticsearch.sync-interval}. A store
 * that cannot be reached is logged (once per outage) and tried again; the replica goes on serving its copy. A store
 * whose vectors another build of the model made ({@link IncompatibleStoreException}) stops the start-up when it is
 * found then; found later (the store was unreachable at start), it is logged as an error and this replica stops
 * synchronising and serves its own copy (its vector searches stay local, and article changes made on it are refused).
 */
@ApplicationScoped
public class ReplicaSync {

    private static final Logger LOG = Logger.getLogger(ReplicaSync.class);

    private final SharedLibrary shared;
    private final ReplicaCopy copy;
    private final ReplicaMirror mirror;
    private final StoreConfig config;
    private final MeterRegistry metrics;
    private ScheduledExecutorService timer;
    private volatile boolean failing;
    private volatile boolean incompatible;

    ReplicaSync(SharedLibrary shared, ReplicaCopy copy, StoreConfig config, MeterRegistry metrics) {
        this.shared = shared;
        this.copy = copy;
        this.mirror = new ReplicaMirror(shared, copy);
        this.config = config;
        this.metrics = metrics;
    }

    /** After the index holder has loaded the local articles (it observes at the default priority). */
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 1000) StartupEvent event) {
        if (!shared.enabled() || copy.index().isEmpty()) {
            return;
        }
        LOG.infof("articles shared through %s", shared.describe());
        try {
            round();
        } catch (IncompatibleStoreException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        long every = Math.max(100, config.elasticsearch().syncInterval().toMillis());
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "replica-sync");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::synchronizeNow, every, every, TimeUnit.MILLISECONDS);
    }

    /** One round; never throws (the timer would stop). */
    void synchronizeNow() {
        try {
            round();
        } catch (IncompatibleStoreException e) {
            incompatible = true;
            LOG.errorf("%s; this replica no longer synchronises with the shared store and serves its own copy",
                    e.getMessage());
            metrics.counter("qa.store.sync", "outcome", "incompatible").increment();
            if (timer != null) {
                timer.shutdown();
            }
        }
    }

    /** One round; throws only {@link IncompatibleStoreException}. */
    private void round() {
        if (incompatible) {
            return;
        }
        try {
            shared.prepare(); // once it has succeeded, it does nothing
            mirror.mirror();
            if (failing) {
                LOG.infof("the shared store is reachable again");
                failing = false;
            }
            metrics.counter("qa.store.sync", "outcome", "ok").increment();
        } catch (IncompatibleStoreException e) {
            throw e;
        } catch (RuntimeException e) {
            if (!failing) {
                LOG.warnf("cannot synchronise with the shared store (%s): serving this replica's articles, retrying", e.getMessage());
                failing = true;
            }
            metrics.counter("qa.store.sync", "outcome", "failed").increment();
        }
    }

    @PreDestroy
    void stop() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
