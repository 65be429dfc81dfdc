package dev.newsqa.answer;

/**
 * Turns evidence into a confidence in 0..1 with a logistic model. The default weights were fitted
 * by the evaluation program ({@code Evaluation --fit}) on the project's question set, answerable
 * questions against off-topic ones.
 */
public record ConfidenceModel(double bias, double sentenceCosine, double passageCosine, double coverage,
                              double agreement, double passageCoverage) {

    public static final ConfidenceModel DEFAULT = new ConfidenceModel(-3.30, 1.86, 1.85, 1.98, 0.45, 2.09);

    public double confidence(Evidence e) {
        double z = bias + sentenceCosine * e.sentenceCosine() + passageCosine * e.passageCosine()
                + coverage * e.coverage() + agreement * e.agreement() + passageCoverage * e.passageCoverage();
        return 1.0 / (1.0 + Math.exp(-z));
    }
}
