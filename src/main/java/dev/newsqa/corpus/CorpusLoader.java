package dev.newsqa.corpus;

import dev.newsqa.index.EmbeddedArticle;
import dev.newsqa.index.VectorSpace;
import dev.newsqa.model.BgeSmallZhEmbeddingModel;
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
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the corpus: reads the documents folder, parses each article ({@code ingest}), brings the precomputed
 * embeddings of each vector space up to date ({@link EmbeddingsSynchronizer}) and builds the index: the whole path from files to a
 * servable {@link CorpusIndex}, in that order and in one place.
 */
public final class CorpusLoader {

    private static final Logger LOG = Logger.getLogger(CorpusLoader.class);

    /** The index and what loading it took. */
    public record Loaded(CorpusIndex index, EmbeddingsSynchronizer.Result sync) {
    }

    private final EmbeddingModel model;
    /** Null when Chinese questions are not given their own space. */
    private final EmbeddingModel chinese;
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
        this(model, null, split, analyzers, vectorSearch, reader);
    }

    /**
     * @param model   all-MiniLM-L6-v2, the space of every article; its {@code modelName()} names the build, and so the
     *                folder its vectors are kept in ({@link #miniLmFolder})
     * @param chinese bge-small-zh-v1.5 for the second space ({@link VectorSpace#BGE_ZH}), or null for none; its
     *                vectors are kept in the embeddings folder's folder named after its {@code modelName()}, a folder
     *                of the same layout, so that each space is brought up to date on its own (and a service without
     *                the Chinese space, or with the other build of the model, leaves it alone)
     */
    public CorpusLoader(EmbeddingModel model, EmbeddingModel chinese, SplitSettings split, LanguageAnalyzers analyzers,
                        VectorSearch vectorSearch, DocumentFolderReader reader) {
        this.reader = reader;
        this.model = model;
        this.chinese = chinese;
        this.split = split;
        this.analyzers = analyzers;
        this.vectorSearch = vectorSearch;
    }

    public Loaded load(Path documents, Path embeddings) {
        // 1. read the folder, 2. parse each article, 3. bring the embeddings cache up to date, 4. build the index
        List<SourceFile> files = reader.read(documents);
        ArticleParser parser = new ArticleParser(split);
        List<Article> articles = files.stream().map(f -> parser.parse(f.source(), f.text(), f.sha256())).toList();
        EmbeddingsSynchronizer sync = new EmbeddingsSynchronizer(new EmbeddingsFolder(miniLmFolder(embeddings, model)),
                split, new ArticleEmbedder(model), model.modelName(), MiniLmEmbeddingModel.DIMENSION);
        EmbeddingsSynchronizer.Result result = sync.synchronize(articles);
        Map<VectorSpace, List<EmbeddedArticle>> spaces = new EnumMap<>(VectorSpace.class);
        spaces.put(VectorSpace.MINILM, result.articles());
        if (chinese != null) {
            EmbeddingsSynchronizer chineseSync = new EmbeddingsSynchronizer(
                    new EmbeddingsFolder(embeddings.resolve(chinese.modelName())), split,
                    new ArticleEmbedder(chinese, false), chinese.modelName(), BgeSmallZhEmbeddingModel.DIMENSION);
            EmbeddingsSynchronizer.Result chineseResult = chineseSync.synchronize(articles);
            spaces.put(VectorSpace.BGE_ZH, chineseResult.articles());
            // a change of the Chinese model's build embeds every passage once more: the log says which build and what
            LOG.infof("Chinese space (%s): embeddings reused for %d, computed for %d, dropped for %d", chinese.modelName(),
                    chineseResult.reused(), chineseResult.embedded(), chineseResult.removed());
        }
        CorpusIndex index = CorpusIndex.build(spaces, analyzers, vectorSearch);
        LOG.infof("index ready: %d article(s), %d passage(s); embeddings reused for %d, computed for %d, dropped for %d",
                result.articles().size(), index.passageCount(), result.reused(), result.embedded(), result.removed());
        return new Loaded(index, result);
    }

    /**
     * Where a build of all-MiniLM-L6-v2 keeps its vectors: the full build at the top of the embeddings folder (where
     * they have always been), any other in its folder named after it, so that switching builds and back re-embeds
     * nothing twice.
     */
    static Path miniLmFolder(Path embeddings, EmbeddingModel model) {
        return model.modelName().equals(MiniLmEmbeddingModel.NAME) ? embeddings : embeddings.resolve(model.modelName());
    }
}
