package dev.newsqa.index;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.store.embedding.EmbeddingStore;
import dev.newsqa.ingest.ArticleParser;
import dev.newsqa.ingest.DocumentFolderReader;
import dev.newsqa.ingest.SourceFile;
import dev.newsqa.ingest.SplitSettings;
import org.jboss.logging.Logger;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Reads the documents folder, brings the precomputed embeddings up to date and builds the
 * index: the whole path from files to a servable {@link CorpusIndex}.
 */
public final class CorpusLoader {

    private static final Logger LOG = Logger.getLogger(CorpusLoader.class);
    public static final String MODEL_NAME = "all-MiniLM-L6-v2";
    public static final int DIMENSION = 384;

    /** The index and what loading it took. */
    public record Loaded(CorpusIndex index, EmbeddingsSynchronizer.Result sync) {
    }

    private final EmbeddingModel model;
    private final SplitSettings split;
    private final LanguageAnalyzers analyzers;
    private final Optional<EmbeddingStore<TextSegment>> shared;
    private final DocumentFolderReader reader;

    public CorpusLoader(EmbeddingModel model, SplitSettings split, LanguageAnalyzers analyzers) {
        this(model, split, analyzers, Optional.empty());
    }

    /** @param shared the vector store replicas share, where vector searches go (see {@link CorpusIndex}) */
    public CorpusLoader(EmbeddingModel model, SplitSettings split, LanguageAnalyzers analyzers,
                        Optional<EmbeddingStore<TextSegment>> shared) {
        this(model, split, analyzers, shared, new DocumentFolderReader());
    }

    /** @param reader how the documents folder is read (whether symbolic links are followed) */
    public CorpusLoader(EmbeddingModel model, SplitSettings split, LanguageAnalyzers analyzers,
                        Optional<EmbeddingStore<TextSegment>> shared, DocumentFolderReader reader) {
        this.reader = reader;
        this.model = model;
        this.split = split;
        this.analyzers = analyzers;
        this.shared = shared;
    }

    public Loaded load(Path documents, Path embeddings) {
        List<SourceFile> files = reader.read(documents);
        EmbeddingsSynchronizer sync = new EmbeddingsSynchronizer(new EmbeddingsFolder(embeddings),
                new ArticleParser(split), new ArticleEmbedder(model), MODEL_NAME, DIMENSION);
        EmbeddingsSynchronizer.Result result = sync.synchronize(files);
        CorpusIndex index = CorpusIndex.build(result.articles(), analyzers, shared);
        LOG.infof("index ready: %d article(s), %d passage(s); embeddings reused for %d, computed for %d, dropped for %d",
                result.articles().size(), index.passageCount(), result.reused(), result.embedded(), result.removed());
        return new Loaded(index, result);
    }
}
