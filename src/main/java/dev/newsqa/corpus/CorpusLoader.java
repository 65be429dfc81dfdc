package dev.newsqa.corpus;

import dev.newsqa.model.MiniLmEmbeddingModel;

import dev.newsqa.index.CorpusIndex;
import dev.newsqa.index.LanguageAnalyzers;
import dev.newsqa.index.VectorSearch;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.newsqa.ingest.Article;
import dev.newsqa.ingest.ArticleParser;
import dev.newsqa.ingest.DocumentFolderReader;
import dev.newsqa.ingest.SourceFile;
import dev.newsqa.ingest.SplitSettings;
import org.jboss.logging.Logger;

import java.nio.file.Path;
import java.util.List;

/**
 * Builds the corpus: reads the documents folder, parses each article ({@code ingest}), brings the precomputed
 * embeddings up to date ({@link EmbeddingsSynchronizer}) and builds the index: the whole path from files to a
 * servable {@link CorpusIndex}, in that order and in one place.
 */
public final class CorpusLoader {

    private static final Logger LOG = Logger.getLogger(CorpusLoader.class);

    /** The index and what loading it took. */
    public record Loaded(CorpusIndex index, EmbeddingsSynchronizer.Result sync) {
    }

    private final EmbeddingModel model;
    private final SplitSettings split;
    private final LanguageAnalyzers analyzers;
    private final VectorSearch vectorSearch;
    private final DocumentFolderReader reader;

    public CorpusLoader(EmbeddingModel model, SplitSettings split, LanguageAnalyzers analyzers) {
        this(model, split, analyzers, VectorSearch.LOCAL);
    }

    /** @param vectorSearch where vector searches go: the in-memory vectors, or a store the replicas share */
    public CorpusLoader(EmbeddingModel model, SplitSettings split, LanguageAnalyzers analyzers, VectorSearch vectorSearch) {
        this(model, split, analyzers, vectorSearch, new DocumentFolderReader());
    }

    /** @param reader how the documents folder is read (whether symbolic links are followed) */
    public CorpusLoader(EmbeddingModel model, SplitSettings split, LanguageAnalyzers analyzers, VectorSearch vectorSearch,
                        DocumentFolderReader reader) {
        this.reader = reader;
        this.model = model;
        this.split = split;
        this.analyzers = analyzers;
        this.vectorSearch = vectorSearch;
    }

    public Loaded load(Path documents, Path embeddings) {
        // 1. read the folder, 2. parse each article, 3. bring the embeddings cache up to date, 4. build the index
        List<SourceFile> files = reader.read(documents);
        ArticleParser parser = new ArticleParser(split);
        List<Article> articles = files.stream().map(f -> parser.parse(f.source(), f.text(), f.sha256())).toList();
        EmbeddingsSynchronizer sync = new EmbeddingsSynchronizer(new EmbeddingsFolder(embeddings), split,
                new ArticleEmbedder(model), MiniLmEmbeddingModel.NAME, MiniLmEmbeddingModel.DIMENSION);
        EmbeddingsSynchronizer.Result result = sync.synchronize(articles);
        CorpusIndex index = CorpusIndex.build(result.articles(), analyzers, vectorSearch);
        LOG.infof("index ready: %d article(s), %d passage(s); embeddings reused for %d, computed for %d, dropped for %d",
                result.articles().size(), index.passageCount(), result.reused(), result.embedded(), result.removed());
        return new Loaded(index, result);
    }
}
