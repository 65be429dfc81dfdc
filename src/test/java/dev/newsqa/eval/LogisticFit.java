package dev.newsqa.eval;

import java.util.List;

/** Logistic regression by batch gradient descent with a small L2 penalty (not on the bias), for the confidence model. */
final class LogisticFit {

    private LogisticFit() {
    }

    /**
     * @param x        feature rows, the first column 1 (the bias)
     * @param y        0 or 1 per row
     * @param balanced whether each class weighs as much as the other in total
     */
    static double[] fit(List<double[]> x, List<Integer> y, boolean balanced) {
        int d = x.get(0).length;
        double[] w = new double[d];
        double rate = 0.1;
        double l2 = 0.01;
        long positives = y.stream().filter(v -> v == 1).count();
        double[] classWeight = balanced ? new double[] {x.size() / (2.0 * (x.size() - positives)), x.size() / (2.0 * positives)}
                : new double[] {1, 1};
        for (int epoch = 0; epoch < 20000; epoch++) {
            double[] grad = new double[d];
            for (int i = 0; i < x.size(); i++) {
                double z = 0;
                for (int j = 0; j < d; j++) {
                    z += w[j] * x.get(i)[j];
                }
                double err = 1 / (1 + Math.exp(-z)) - y.get(i);
                for (int j = 0; j < d; j++) {
                    grad[j] += classWeight[y.get(i)] * err * x.get(i)[j] / x.size();
                }
            }
            for (int j = 0; j < d; j++) {
                w[j] -= rate * (grad[j] + (j == 0 ? 0 : l2 * w[j]));
            }
        }
        return w;
    }
}
