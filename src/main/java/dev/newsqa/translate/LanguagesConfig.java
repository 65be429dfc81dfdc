package dev.newsqa.translate;

import dev.newsqa.model.BgeSmallZhEmbeddingModel;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

/** How questions in one language meet articles in another ({@code qa.languages.*}). */
@ConfigMapping(prefix = "qa.languages")
public interface LanguagesConfig {

    /**
     * Whether articles are also embedded with bge-small-zh-v1.5 (passage vectors, kept in the embeddings folder's
     * folder named after the model build, {@code bge-small-zh-v1.5/}), so that Chinese questions are compared with articles
     * of every language in a space that reads Chinese. Off, Chinese questions are compared in MiniLM's space like every
     * other (Chinese questions over English articles then find almost nothing) and the process holds one model less.
     */
    @WithDefault("true")
    boolean chineseSpace();

    /**
     * Which build of bge-small-zh-v1.5 makes the Chinese space: {@code full} (32-bit weights) or {@code quantized}
     * (8-bit weights: passages embedded about 2.2× as fast and a process about 65 MiB smaller, but on XQuAD's Chinese
     * questions over its English articles 1.2 points fewer answered right, and a few more Chinese questions over the
     * seeds refused). Each keeps its vectors in its own folder, so a change embeds every passage once in the new one
     * and a change back finds the old vectors still there.
     */
    @WithDefault("full")
    BgeSmallZhEmbeddingModel.Variant chineseModel();

    /**
     * Chinese questions of concurrent requests embedded by bge-small-zh in one inference at most (one inference per
     * core at once, as for MiniLM's {@code qa.embeddings.question-batch}). Smaller than MiniLM's: measured on 300
     * passages, up to 16 left 741 MiB resident after a Chinese load, up to four 634–658 MiB, and four already reached
     * 97 % of the limit the bare models allow (src/docs/performance.md).
     */
    @WithDefault("4")
    int chineseQuestionBatch();

    /**
     * The Ding German-English dictionary as Debian's {@code trans-de-en} installs it ({@code /usr/share/trans/de-en};
     * GPL-2+, so never bundled): German questions over English articles, and English ones over German articles, are
     * then also searched with the dictionary's translations of their words. Unset: names and numbers are all such a
     * question shares with the articles' words.
     */
    Optional<String> germanEnglishDictionary();
}
