package org.merlab.eval;

/**
 * One-vs-rest precision-recall curve, as scikit-learn's {@code precision_recall_curve} but ordered by descending
 * threshold: a first point (recall 0, precision 1) at threshold +infinity, then one per distinct score.
 * Average precision as {@code average_precision_score}: {@code AP = sum_n (R_n - R_{n-1}) P_n} (a step sum, not
 * a trapezoid); NaN when the class has no positives.
 *
 * @param recall           {@code TP / P}, {@code [points]}
 * @param precision        {@code TP / (TP + FP)}, {@code [points]}
 * @param thresholds       score thresholds, {@code [points]}
 * @param averagePrecision AP as above
 */
public record PrCurve(double[] recall, double[] precision, double[] thresholds, double averagePrecision) {

    /** The precision-recall curve of {@code score} for the rows where {@code positive} is true. */
    public static PrCurve of(boolean[] positive, double[] score) {
        Ranking ranking = Ranking.of(positive, score);
        int n = ranking.thresholds().length;
        double[] recall = new double[n];
        double[] precision = new double[n];
        for (int i = 0; i < n; i++) {
            recall[i] = ranking.tps()[i] / (double) ranking.positives();
            precision[i] = ranking.tps()[i] / (double) (ranking.tps()[i] + ranking.fps()[i]);
        }
        recall = Ranking.prepend(0, recall);
        precision = Ranking.prepend(1, precision);
        double ap = Double.NaN;
        if (ranking.positives() > 0) {
            ap = 0;
            for (int i = 1; i < recall.length; i++) {
                ap += (recall[i] - recall[i - 1]) * precision[i];
            }
        }
        return new PrCurve(recall, precision, Ranking.prepend(Double.POSITIVE_INFINITY, ranking.thresholds()), ap);
    }

    @Override
    public double[] recall() {
        return recall.clone();
    }

    @Override
    public double[] precision() {
        return precision.clone();
    }

    @Override
    public double[] thresholds() {
        return thresholds.clone();
    }
}
