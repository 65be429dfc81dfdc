package dev.newsqa.corpus;

import dev.newsqa.config.StandaloneConfig;
import dev.newsqa.index.LanguageAnalyzers;
import dev.newsqa.index.VectorSearch;
import dev.newsqa.ingest.DocumentFolderReader;
import dev.newsqa.model.BgeSmallZhEmbeddingModel;
import dev.newsqa.model.MiniLmEmbeddingModel;
import dev.newsqa.translate.LanguagesConfig;
import dev.newsqa.ingest.DocumentsConfig;
import dev.newsqa.ingest.SplitSettings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Rebuilds the precomputed embeddings from the articles, from scratch:
 * {@code ./mvnw -q compile exec:java -Dexec.mainClass=dev.newsqa.corpus.RebuildEmbeddings [-Dexec.args="seeds embeddings"]}.
 * The folders and the splitting settings are the service's own (defaults, environment, system properties).
 */
public final class RebuildEmbeddings {

    private RebuildEmbeddings() {
    }

    public static void main(String[] args) throws IOException {
        DocumentsConfig documentsConfig = StandaloneConfig.mapping(DocumentsConfig.class);
        Path documents = Path.of(args.length > 0 ? args[0] : documentsConfig.dir());
        EmbeddingsConfig embeddingsConfig = StandaloneConfig.mapping(EmbeddingsConfig.class);
        Path embeddings = Path.of(args.length > 1 ? args[1] : embeddingsConfig.dir());
        SplitSettings split = documentsConfig.splitSettings();
        if (Files.isDirectory(embeddings)) {
            try (Stream<Path> files = Files.walk(embeddings)) {
                for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                    if (!f.equals(embeddings)) {
                        Files.delete(f);
                    }
                }
            }
        }
        long t0 = System.nanoTime();
        LanguagesConfig languages = StandaloneConfig.mapping(LanguagesConfig.class);
        BgeSmallZhEmbeddingModel chinese = languages.chineseSpace()
                ? BgeSmallZhEmbeddingModel.load(languages.chineseModel(), 0) : null;
        CorpusLoader.Loaded loaded = new CorpusLoader(MiniLmEmbeddingModel.load(embeddingsConfig.model(), 0), chinese, split,
                new LanguageAnalyzers(), VectorSearch.LOCAL, new DocumentFolderReader()).load(documents, embeddings);
        System.out.printf("rebuilt %s from %s: %d articles, %d passages in %.1f s%n", embeddings, documents,
                loaded.sync().articles().size(), loaded.index().passageCount(), (System.nanoTime() - t0) / 1e9);
    }
}
