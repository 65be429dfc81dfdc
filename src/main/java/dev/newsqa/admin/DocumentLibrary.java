package dev.newsqa.admin;

import dev.newsqa.api.DocumentSummary;
import dev.newsqa.app.IndexHolder;
import dev.newsqa.ingest.Article;
import dev.newsqa.ingest.ArticleParser;
import dev.newsqa.index.CorpusIndex;
import dev.newsqa.ingest.AtomicFiles;
import dev.newsqa.ingest.DocumentsConfig;
import dev.newsqa.store.IncompatibleStoreException;
import dev.newsqa.store.ReplicaCopy;
import dev.newsqa.store.ReplicaMirror;
import dev.newsqa.store.SharedLibrary;
import dev.newsqa.store.SharedStoreException;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Adds, replaces and removes articles while the service runs. The file is written to the documents folder
 * atomically, then a new index is built beside the serving one (reusing the embeddings of every unchanged
 * article, updating {@code embeddings/}) and swapped in whole, so questions never see a half-built index and a
 * restart keeps the change. One change at a time; if indexing fails the file is put back as it was.
 * <p>
 * With a shared store, a change is published to it once indexed here (and undone here if that fails, so that the
 * replicas never disagree for good); as this replica's {@link ReplicaCopy} it takes in the changes made on other
 * replicas ({@code store.ReplicaSync}).
 */
@ApplicationScoped
public class DocumentLibrary implements ReplicaCopy {

    private static final Logger LOG = Logger.getLogger(DocumentLibrary.class);

    private final IndexHolder index;
    private final Path folder;
    private final ArticleParser parser;
    private final MeterRegistry metrics;
    private final SharedLibrary shared;

    DocumentLibrary(IndexHolder index, DocumentsConfig documents, MeterRegistry metrics, SharedLibrary shared) {
        this.index = index;
        this.folder = Path.of(documents.dir());
        this.parser = new ArticleParser(documents.splitSettings());
        this.metrics = metrics;
        this.shared = shared;
    }

    public synchronized DocumentSummary put(DocumentUpload upload, boolean replace) {
        Path file = folder.resolve(upload.name());
        boolean exists = Files.exists(file);
        if (!replace && exists) {
            throw new DocumentChangeException(DocumentChangeException.Reason.EXISTS, "an article named '" + upload.name()
                    + "' exists; PUT /api/documents/" + upload.name() + " replaces it");
        }
        if (replace && !exists) {
            throw new DocumentChangeException(DocumentChangeException.Reason.NOT_FOUND, "no article named '" + upload.name()
                    + "'");
        }
        if (parser.parse(upload.name(), upload.text(), "").passages().isEmpty()) {
            throw new DocumentChangeException(DocumentChangeException.Reason.NOTHING_TO_INDEX,
                    "no article text is left once boilerplate is removed");
        }
        Optional<byte[]> previous = read(file);
        write(file, upload.text().getBytes(StandardCharsets.UTF_8));
        reindexOrRestore(file, previous, () -> ReplicaMirror.publish(shared, index.get(), upload.name()));
        metrics.counter("qa.documents.changes", "action", replace ? "replace" : "add").increment();
        Article article = index.get().article(upload.name()).orElseThrow();
        LOG.infof("%s article %s (%d passages)", replace ? "replaced" : "added", upload.name(), article.passages().size());
        return DocumentSummary.of(article);
    }

    public synchronized void delete(String name) {
        DocumentUpload.checkName(name);
        Path file = folder.resolve(name);
        if (!Files.exists(file)) {
            throw new DocumentChangeException(DocumentChangeException.Reason.NOT_FOUND, "no article named '" + name + "'");
        }
        if (index.get().articles().size() <= 1 && index.get().article(name).isPresent()) {
            throw new DocumentChangeException(DocumentChangeException.Reason.LAST_ARTICLE,
                    "'" + name + "' is the last article; the service needs at least one");
        }
        Optional<byte[]> previous = read(file);
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw failure("remove", name, e);
        }
        reindexOrRestore(file, previous, () -> shared.remove(name));
        metrics.counter("qa.documents.changes", "action", "delete").increment();
        LOG.infof("removed article %s", name);
    }

    @Override
    public Optional<CorpusIndex> index() {
        return index.current();
    }

    @Override
    public synchronized <T> T exclusively(Supplier<T> work) {
        return work.get();
    }

    @Override
    public boolean acceptsName(String source) {
        return DocumentUpload.isAcceptedName(source);
    }

    /** Articles changed on another replica, written here and indexed once (see {@link ReplicaMirror}). */
    @Override
    public synchronized void replace(Map<String, String> fetched, Set<String> removed) {
        fetched.forEach((source, text) -> write(folder.resolve(source), text.getBytes(StandardCharsets.UTF_8)));
        for (String source : removed) {
            try {
                Files.deleteIfExists(folder.resolve(source));
            } catch (IOException e) {
                LOG.warnf("could not remove %s (removed on another replica): %s", source, e.getMessage());
            }
        }
        index.reload();
        metrics.counter("qa.documents.changes", "action", "sync").increment(fetched.size() + removed.size());
    }

    private void reindexOrRestore(Path file, Optional<byte[]> previous, Runnable share) {
        try {
            index.reload();
            share.run();
        } catch (SharedStoreException e) {
            LOG.errorf("%s; undoing the change to %s", e.getMessage(), file.getFileName());
            restore(file, previous);
            throw new DocumentChangeException(DocumentChangeException.Reason.SHARED_STORE_UNREACHABLE,
                    (e instanceof IncompatibleStoreException ? "the shared store holds another model build's vectors"
                            : "the shared store cannot be reached") + ", so the change was not made: " + e.getMessage());
        } catch (RuntimeException e) {
            LOG.errorf(e, "re-indexing after a change to %s failed; putting the file back", file.getFileName());
            restore(file, previous);
            throw new DocumentChangeException(DocumentChangeException.Reason.FAILED,
                    "the article could not be indexed; nothing was changed");
        }
    }

    private void restore(Path file, Optional<byte[]> previous) {
        try {
            if (previous.isPresent()) {
                write(file, previous.get());
            } else {
                Files.deleteIfExists(file);
            }
            index.reload();
        } catch (IOException | RuntimeException again) {
            LOG.errorf(again, "restoring %s failed", file.getFileName());
        }
    }

    private static Optional<byte[]> read(Path file) {
        try {
            return Files.exists(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
        } catch (IOException e) {
            throw failure("read", file.getFileName().toString(), e);
        }
    }

    private static void write(Path file, byte[] bytes) {
        try {
            AtomicFiles.write(file, bytes);
        } catch (IOException e) {
            throw failure("write", file.getFileName().toString(), e);
        }
    }

    /** The whole failure in the log; to the client, the article and the kind of failure, never a server path. */
    static DocumentChangeException failure(String action, String name, IOException e) {
        LOG.errorf("could not %s article %s: %s", action, name, e.toString());
        String reason = e instanceof AccessDeniedException ? "the documents folder does not allow it"
                : e instanceof FileSystemException f && f.getReason() != null && !f.getReason().contains("/")
                ? f.getReason() : "a file system error";
        return new DocumentChangeException(DocumentChangeException.Reason.FAILED,
                "could not " + action + " '" + name + "': " + reason);
    }
}
