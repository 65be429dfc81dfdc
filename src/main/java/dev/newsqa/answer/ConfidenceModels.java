package dev.newsqa.answer;

import dev.newsqa.ingest.Language;

import java.util.Map;

/**
 * The confidence model for each reading, a question's language over an extract's: the evidence of a German passage
 * (German analysis, compounds, a model trained mostly on English) runs lower for the same share of right answers
 * than an English one's, and a question's words translated by a dictionary match less than the asker's own, so each
 * reading the project has data for gets weights fitted on its own questions ({@code CalibrationFit}), and the
 * confidence from which it answers. A reading without its own uses the fallback (English over English, fitted on the
 * seeds) and the service's threshold.
 */
public record ConfidenceModels(Map<String, Calibration> byReading, ConfidenceModel fallback) {

    /**
     * A reading's fitted model and the confidence from which its top extract is an answer: the highest that refused at
     * most 8 % of the answerable questions it was fitted on, unless that answered more than one in ten of the
     * out-of-corpus ones (then the one that refuses nine in ten), never above the service's threshold.
     */
    public record Calibration(ConfidenceModel model, double answersFrom) {
    }

    /**
     * The fitted readings, each fitted on a quarter of its bench questions (or half, for CMRC) and reported on another
     * (figures in the README's Languages section). German over German replaces the model of the previous stop, which
     * answered from 0.5: on the report part hit@1 59.1 → 70.1 %, answerable refused 23.6 → 11.8 %, out-of-corpus
     * refused 99.4 → 96.3 %. German over German and German over English refitted when German questions began to search
     * word pieces too ({@code LanguageAnalyzers#WORD_PIECES}) and to choose sentences by them: 71.7 %, 13.4 %, 96.3 %
     * and 33.9 → 39.4 %, 32.3 → 30.7 %, 94.2 → 87.5 %; Chinese over English when its glosses began to choose English
     * sentences in MiniLM's space, their cosine with the sentence being its evidence: 45.7 → 54.3 %, 40.2 → 35.4 %,
     * 87.5 → 86.3 % (choosing alone, the bge passage cosine still the evidence: 47.2 %, 43.3 %, 86.9 %).
     */
    public static final ConfidenceModels DEFAULT = new ConfidenceModels(Map.of(
            reading(Language.GERMAN, Language.GERMAN),
            new Calibration(new ConfidenceModel(-3.36, 0.77, 0.62, 1.52, 0.78, 1.30, 1.30), 0.360),
            reading(Language.GERMAN, Language.ENGLISH),
            new Calibration(new ConfidenceModel(-2.38, 0.42, 0.08, 0.89, 1.29, 0.81, 1.60), 0.271),
            reading(Language.CHINESE, Language.ENGLISH),
            new Calibration(new ConfidenceModel(-3.24, 2.03, 0.68, 0.98, 0.98, 0.87, 1.17), 0.430),
            reading(Language.ENGLISH, Language.GERMAN),
            new Calibration(new ConfidenceModel(-3.81, 1.17, 1.02, 0.90, 1.56, 0.83, 1.78), 0.189),
            reading(Language.CHINESE, Language.CHINESE),
            new Calibration(new ConfidenceModel(-4.41, 0.86, 0.86, 2.14, 0.87, 2.19, 0.03), 0.494)),
            ConfidenceModel.DEFAULT);

    public ConfidenceModels {
        byReading = Map.copyOf(byReading);
    }

    /** The model for an extract of this language, to a question in that one. */
    public ConfidenceModel of(Language question, Language extract) {
        Calibration c = byReading.get(reading(question, extract));
        return c != null ? c.model() : fallback;
    }

    /** The least confidence at which an extract of this reading answers, given the service's threshold. */
    public double answersFrom(Language question, Language extract, double serviceThreshold) {
        Calibration c = byReading.get(reading(question, extract));
        return c != null ? Math.min(serviceThreshold, c.answersFrom()) : serviceThreshold;
    }

    /** The key of a reading: "de>en" for German questions over English extracts. */
    public static String reading(Language question, Language extract) {
        return question.code() + ">" + extract.code();
    }
}
