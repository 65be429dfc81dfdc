package dev.newsqa.answer;

/**
 * Turns evidence into a confidence in 0..1 with a logistic model. The default weights were fitted
 * by the evaluation program ({@code Evaluation --fit}) on the project's question set, answerable
 * questions against off-topic ones with both classes weighing the same; the held-out question set
 * checks them on questions they were not fitted on.
 */
public record ConfidenceModel(double bias, double sentenceCosine, double passageCosine, double coverage,
                              double agreement, double passageCoverage, double severalWords) {

    public static final ConfidenceModel DEFAULT = new ConfidenceModel(-5.09, 1.27, 1.30, 1.75, 1.11, 1.85, 1.70);

    /** Words the extract shares with the question count up to this many; one shared word is weak evidence. */
    static final int SEVERAL_WORDS = 2;

    public double confidence(Evidence e) {
        double z = bias + sentenceCosine * e.sentenceCosine() + passageCosine * e.passageCosine()
                + coverage * e.coverage() + agreement * e.agreement() + passageCoverage * e.passageCoverage()
                + severalWords * severalWords(e);
        return 1.0 / (1.0 + Math.exp(-z));
    }

    /** 0..1: the share of {@link #SEVERAL_WORDS} question words the extract contains. */
    public static double severalWords(Evidence e) {
        return Math.min(e.matchedWords(), SEVERAL_WORDS) / (double) SEVERAL_WORDS;
    }
}
