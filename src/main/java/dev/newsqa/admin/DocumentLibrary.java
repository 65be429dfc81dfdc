package dev.newsqa.admin;

import dev.newsqa.api.ApiException;
import dev.newsqa.api.DocumentSummary;
import dev.newsqa.app.IndexHolder;
import dev.newsqa.ingest.Article;
import dev.newsqa.ingest.ArticleParser;
import dev.newsqa.ingest.DocumentsConfig;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.UUID;

/**
 * Adds, replaces and removes articles while the service runs. The file is written to the documents folder
 * atomically, then a new index is built beside the serving one (reusing the embeddings of every unchanged
 * article, updating {@code embeddings/}) and swapped in whole, so questions never see a half-built index and a
 * restart keeps the change. One change at a time; if indexing fails the file is put back as it was.
 */
@ApplicationScoped
public class DocumentLibrary {

    private static final Logger LOG = Logger.getLogger(DocumentLibrary.class);

    private final IndexHolder index;
    private final Path folder;
    private final ArticleParser parser;
    private final MeterRegistry metrics;

    DocumentLibrary(IndexHolder index, DocumentsConfig documents, MeterRegistry metrics) {
        this.index = index;
        this.folder = Path.of(documents.dir());
        this.parser = new ArticleParser(documents.splitSettings());
        this.metrics = metrics;
    }

    public synchronized DocumentSummary put(DocumentUpload upload, boolean replace) {
        Path file = folder.resolve(upload.name());
        boolean exists = Files.exists(file);
        if (!replace && exists) {
            throw new ApiException(409, "an article named '" + upload.name() + "' exists; PUT /api/documents/"
                    + upload.name() + " replaces it");
        }
        if (replace && !exists) {
            throw new ApiException(404, "no article named '" + upload.name() + "'");
        }
        if (parser.parse(upload.name(), upload.text(), "").passages().isEmpty()) {
            throw new ApiException(400, "no article text is left once boilerplate is removed");
        }
        Optional<byte[]> previous = read(file);
        write(file, upload.text().getBytes(StandardCharsets.UTF_8));
        reindexOrRestore(file, previous);
        metrics.counter("qa.documents.changes", "action", replace ? "replace" : "add").increment();
        Article article = index.get().article(upload.name()).orElseThrow();
        LOG.infof("%s article %s (%d passages)", replace ? "replaced" : "added", upload.name(), article.passages().size());
        return DocumentSummary.of(article);
    }

    public synchronized void delete(String name) {
        DocumentUpload.checkName(name);
        Path file = folder.resolve(name);
        if (!Files.exists(file)) {
            throw new ApiException(404, "no article named '" + name + "'");
        }
        if (index.get().articles().size() <= 1 && index.get().article(name).isPresent()) {
            throw new ApiException(409, "'" + name + "' is the last article; the service needs at least one");
        }
        Optional<byte[]> previous = read(file);
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new ApiException(500, "could not remove '" + name + "': " + e.getMessage());
        }
        reindexOrRestore(file, previous);
        metrics.counter("qa.documents.changes", "action", "delete").increment();
        LOG.infof("removed article %s", name);
    }

    private void reindexOrRestore(Path file, Optional<byte[]> previous) {
        try {
            index.reload();
        } catch (RuntimeException e) {
            LOG.errorf(e, "re-indexing after a change to %s failed; putting the file back", file.getFileName());
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
            throw new ApiException(500, "the article could not be indexed; nothing was changed");
        }
    }

    private static Optional<byte[]> read(Path file) {
        try {
            return Files.exists(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
        } catch (IOException e) {
            throw new ApiException(500, "could not read '" + file.getFileName() + "': " + e.getMessage());
        }
    }

    /** A hidden temporary file beside the target (the folder reader skips it), then an atomic rename. */
    private static void write(Path file, byte[] bytes) {
        Path tmp = file.resolveSibling("." + file.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            Files.write(tmp, bytes);
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // the original error is the one to report
            }
            throw new ApiException(500, "could not write '" + file.getFileName() + "': " + e.getMessage());
        }
    }
}
