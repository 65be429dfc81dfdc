package dev.newsqa.corpus;

import dev.newsqa.ingest.ArticleParser;
import dev.newsqa.ingest.SplitSettings;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What {@code embeddings/manifest.json} records: the model, parser version and splitting that
 * produced the vectors, and per article the content hash it was computed from and its vector file.
 */
public record EmbeddingsManifest(int format, String model, int dimension, int parserVersion, SplitSettings split,
                                 Map<String, Entry> articles) {

    public static final int FORMAT = 1;

    /** One article's vectors: {@code passages + sentences} float32 vectors in {@code file}. */
    public record Entry(String sha256, String file, int passages, int sentences, String vectorsSha256) {
    }

    public EmbeddingsManifest {
        articles = Collections.unmodifiableMap(new TreeMap<>(articles)); // sorted: stable files, clean diffs
    }

    /** Whether vectors made under this manifest can be reused by a run with these settings. */
    public boolean compatibleWith(String model, int dimension, SplitSettings split) {
        return format == FORMAT && model.equals(this.model) && dimension == this.dimension
                && parserVersion == ArticleParser.VERSION && split.equals(this.split);
    }
}
