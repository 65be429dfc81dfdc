package dev.newsqa.feedback;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.nio.file.Path;

/** Where feedback on answers is kept ({@code qa.feedback.*}). */
@ConfigMapping(prefix = "qa.feedback")
public interface FeedbackConfig {

    /** Folder of the append-only {@code feedback.jsonl}; relative paths are inside the working directory. */
    @WithDefault("feedback")
    Path dir();

    @WithDefault("2000")
    int maxCommentChars();
}
