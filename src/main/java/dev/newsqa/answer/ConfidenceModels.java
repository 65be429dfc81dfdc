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
     * 87.5 → 86.3 % (choosing alone, the bge passage cosine still the evidence: 47.2 %, 43.3 %, 86.9 %). All five
     * refitted when a single sentence under 270 characters began to take the sentence after it (stop 30; report part,
     * hit@1 / answerable refused / out-of-corpus refused, before → after): de>de 71.7 / 13.4 / 96.3 → 74.0 / 13.4 /
     * 95.6 %, de>en 39.4 / 30.7 / 87.5 → 41.7 / 30.7 / 87.5 %, zh>en 54.3 / 35.4 / 86.3 → 53.5 / 35.4 / 87.5 %, zh>zh
     * 77.9 / 8.2 / 92.5 → 79.4 / 7.9 / 92.5 %, en>de (new figures) 39.7 / 24.8 / 91.8 %.
     */
    public static final ConfidenceModels DEFAULT = new ConfidenceModels(Map.of(
            reading(Language.GERMAN, Language.GERMAN),
            new Calibration(new ConfidenceModel(-3.33, 0.79, 0.66, 1.53, 0.79, 1.30, 1.29), 0.370),
            reading(Language.GERMAN, Language.ENGLISH),
            new Calibration(new ConfidenceModel(-2.24, 0.47, 0.15, 0.88, 1.35, 0.81, 1.42), 0.316),
            reading(Language.CHINESE, Language.ENGLISH),
            new Calibration(new ConfidenceModel(-3.15, 2.03, 0.67, 0.97, 1.01, 0.85, 1.09), 0.452),
            reading(Language.ENGLISH, Language.GERMAN),
            new Calibration(new ConfidenceModel(-3.67, 1.20, 1.00, 0.84, 1.61, 0.77, 1.71), 0.203),
            reading(Language.CHINESE, Language.CHINESE),
            new Calibration(new ConfidenceModel(-4.46, 0.90, 0.90, 2.14, 0.89, 2.22, 0.04), 0.500)),
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
