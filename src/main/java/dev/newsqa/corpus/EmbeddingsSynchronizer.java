package dev.newsqa.corpus;

import dev.newsqa.index.EmbeddedArticle;

import dev.newsqa.ingest.Article;
import dev.newsqa.ingest.ArticleParser;
import dev.newsqa.ingest.SplitSettings;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Brings the precomputed embeddings in line with the articles: reuses the vectors of unchanged
 * articles, embeds new and changed ones, drops removed ones, and rewrites the folder only when
 * something changed. A folder that cannot be written is logged; the service still runs from memory.
 */
public final class EmbeddingsSynchronizer {

    private static final Logger LOG = Logger.getLogger(EmbeddingsSynchronizer.class);

    /** What a synchronisation did, for logs and tests. */
    public record Result(List<EmbeddedArticle> articles, int reused, int embedded, int removed) {
    }

    private final EmbeddingsFolder folder;
    private final SplitSettings split;
    private final ArticleEmbedder embedder;
    private final String modelName;
    private final int dimension;

    /** @param split how the articles were split: vectors of other splitting are not reused */
    public EmbeddingsSynchronizer(EmbeddingsFolder folder, SplitSettings split, ArticleEmbedder embedder,
                                  String modelName, int dimension) {
        this.folder = folder;
        this.split = split;
        this.embedder = embedder;
        this.modelName = modelName;
        this.dimension = dimension;
    }

    /** @param articles the parsed articles, each with the SHA-256 of its file */
    public Result synchronize(List<Article> articles) {
        Map<String, EmbeddingsManifest.Entry> previous = folder.readManifest()
                .filter(m -> m.compatibleWith(modelName, dimension, split))
                .map(EmbeddingsManifest::articles)
                .orElse(Map.of());
        Map<String, EmbeddedArticle> reused = new HashMap<>();
        List<Article> toEmbed = new ArrayList<>();
        for (Article article : articles) {
            Optional<EmbeddedArticle> cached = cached(article, previous.get(article.source()));
            cached.ifPresentOrElse(e -> reused.put(article.source(), e), () -> toEmbed.add(article));
        }
        Map<String, EmbeddedArticle> fresh = new HashMap<>();
        if (!toEmbed.isEmpty()) {
            long t0 = System.nanoTime();
            embedder.embed(toEmbed).forEach(e -> fresh.put(e.article().source(), e));
            LOG.infof("embedded %d article(s) in %d ms", toEmbed.size(), (System.nanoTime() - t0) / 1_000_000);
        }
        Set<String> removed = new HashSet<>(previous.keySet());
        articles.forEach(a -> removed.remove(a.source()));

        List<EmbeddedArticle> all = new ArrayList<>();
        for (Article article : articles) {
            all.add(reused.containsKey(article.source()) ? reused.get(article.source()) : fresh.get(article.source()));
        }
        if (!fresh.isEmpty() || !removed.isEmpty() || previous.size() != reused.size()) {
            persist(all, previous, fresh.keySet());
        }
        return new Result(all, reused.size(), fresh.size(), removed.size());
    }

    private Optional<EmbeddedArticle> cached(Article article, EmbeddingsManifest.Entry entry) {
        if (entry == null || !entry.sha256().equals(article.sha256())
                || entry.passages() != article.passages().size() || entry.sentences() != embedder.sentenceVectors(article)) {
            return Optional.empty();
        }
        return folder.readVectors(entry, dimension).map(v -> {
            float[][] passages = new float[entry.passages()][];
            float[][] sentences = new float[entry.sentences()][];
            System.arraycopy(v, 0, passages, 0, passages.length);
            System.arraycopy(v, passages.length, sentences, 0, sentences.length);
            return new EmbeddedArticle(article, passages, sentences);
        });
    }

    private void persist(List<EmbeddedArticle> all, Map<String, EmbeddingsManifest.Entry> previous, Set<String> fresh) {
        try {
            Map<String, EmbeddingsManifest.Entry> entries = new LinkedHashMap<>();
            for (EmbeddedArticle e : all) {
                String source = e.article().source();
                entries.put(source, fresh.contains(source) ? folder.writeVectors(e) : previous.get(source));
            }
            folder.writeManifest(new EmbeddingsManifest(EmbeddingsManifest.FORMAT, modelName, dimension,
                    ArticleParser.VERSION, split, entries));
            Set<String> keep = new HashSet<>();
            entries.values().forEach(en -> keep.add(en.file()));
            folder.deleteAllBut(keep);
            LOG.infof("embeddings written to %s (%d article(s))", folder.dir(), entries.size());
        } catch (IOException e) {
            LOG.warnf("embeddings folder %s cannot be written (%s): serving from memory", folder.dir(), e.getMessage());
        }
    }
}
