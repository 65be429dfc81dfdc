package dev.newsqa.answer;

import dev.newsqa.ingest.Language;

import java.util.Map;

/**
 * The confidence model for each language an extract can be in: the evidence of a German passage (German analysis,
 * compounds, a model trained mostly on English) runs lower for the same share of right answers than an English
 * one's, so each language the project has data for gets weights fitted on its own questions; the others use the
 * fallback.
 */
public record ConfidenceModels(Map<Language, ConfidenceModel> byLanguage, ConfidenceModel fallback) {

    /** The fitted models: English (the fallback) and German; see {@link ConfidenceModel}. */
    public static final ConfidenceModels DEFAULT = new ConfidenceModels(Map.of(Language.GERMAN, ConfidenceModel.GERMAN),
            ConfidenceModel.DEFAULT);

    public ConfidenceModels {
        byLanguage = Map.copyOf(byLanguage);
    }

    /** The model for an extract of this language. */
    public ConfidenceModel of(Language language) {
        return byLanguage.getOrDefault(language, fallback);
    }
}
