package dev.newsqa.app;

import dev.newsqa.index.CorpusIndex;
import dev.newsqa.corpus.CorpusLoader;
import dev.newsqa.corpus.EmbeddingsConfig;
import dev.newsqa.ingest.DocumentFolderReader;
import dev.newsqa.ingest.DocumentsConfig;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Holds the index the service answers from. It is built at start-up (start-up fails with one
 * clear message when there are no articles) and only ever replaced whole.
 */
@ApplicationScoped
public class IndexHolder {

    private static final Logger LOG = Logger.getLogger(IndexHolder.class);

    private final AtomicReference<CorpusIndex> current = new AtomicReference<>();
    private final CorpusLoader loader;
    private final DocumentsConfig documents;
    private final EmbeddingsConfig embeddings;

    IndexHolder(CorpusLoader loader, DocumentsConfig documents, EmbeddingsConfig embeddings) {
        this.loader = loader;
        this.documents = documents;
        this.embeddings = embeddings;
    }

    void onStart(@Observes StartupEvent event) {
        long t0 = System.nanoTime();
        try {
            current.set(loader.load(Path.of(documents.dir()), Path.of(embeddings.dir())).index());
        } catch (DocumentFolderReader.NoDocumentsException e) {
            // a configuration mistake, not a bug: one line that says what to fix, and no service without articles
            LOG.errorf("cannot start: %s", e.getMessage());
            Quarkus.asyncExit(1);
            return;
        }
        LOG.infof("loaded the index in %d ms", (System.nanoTime() - t0) / 1_000_000);
    }

    /**
     * Builds a new index from the documents folder beside the serving one (unchanged articles keep their
     * embeddings) and swaps it in; until then questions are answered from the old one.
     */
    public synchronized CorpusIndex reload() {
        long t0 = System.nanoTime();
        CorpusIndex fresh = loader.load(Path.of(documents.dir()), Path.of(embeddings.dir())).index();
        current.set(fresh);
        LOG.infof("re-indexed in %d ms", (System.nanoTime() - t0) / 1_000_000);
        return fresh;
    }

    public Optional<CorpusIndex> current() {
        return Optional.ofNullable(current.get());
    }

    /** The index, for callers that only run once start-up has finished. */
    public CorpusIndex get() {
        CorpusIndex index = current.get();
        if (index == null) {
            throw new IndexNotReadyException();
        }
        return index;
    }

    /** Asked before the index has been built. */
    public static final class IndexNotReadyException extends RuntimeException {
        IndexNotReadyException() {
            super("the index is still loading");
        }
    }
}
