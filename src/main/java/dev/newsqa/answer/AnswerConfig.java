package dev.newsqa.answer;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.OptionalDouble;

/** Answer tuning and request limits ({@code qa.answer.*}). */
@ConfigMapping(prefix = "qa.answer")
public interface AnswerConfig {

    /** Citations returned when a request does not say. */
    @WithDefault("3")
    int defaultCitations();

    @WithDefault("10")
    int maxCitations();

    @WithDefault("1000")
    int maxQuestionChars();

    @WithDefault("12")
    int candidatePassages();

    @WithDefault("400")
    int maxExtractChars();

    @WithDefault("0.5")
    double minConfidence();

    /**
     * A citation after the first is given when its own confidence that it holds the answer is at least this; unset,
     * the floor chosen with each later-citation model ({@link LaterCitationModel#floor()}: 0.04, Chinese extracts 0.03).
     */
    OptionalDouble laterMinConfidence();

    /** Questions whose embeddings are kept for repeats. */
    @WithDefault("10000")
    int questionCacheSize();

    default AnswerSettings settings() {
        return new AnswerSettings(candidatePassages(), maxExtractChars(), minConfidence(), laterMinConfidence());
    }
}
