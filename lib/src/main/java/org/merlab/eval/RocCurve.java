package org.merlab.eval;

/**
 * One-vs-rest ROC curve, as scikit-learn's {@code roc_curve(drop_intermediate=False)}: points at every distinct
 * score, highest first, after a first point (0, 0) at threshold +infinity. AUC by the trapezoid rule
 * ({@code roc_auc_score}); NaN when the class has no positives or no negatives.
 *
 * @param fpr        false positive rate {@code FP / N}, {@code [points]}
 * @param tpr        true positive rate {@code TP / P}, {@code [points]}
 * @param thresholds score thresholds, {@code [points]}
 * @param auc        area under the curve
 */
public record RocCurve(double[] fpr, double[] tpr, double[] thresholds, double auc) {

    /** The ROC curve of {@code score} for the rows where {@code positive} is true. */
    public static RocCurve of(boolean[] positive, double[] score) {
        Ranking ranking = Ranking.of(positive, score);
        int n = ranking.thresholds().length;
        double[] fpr = new double[n];
        double[] tpr = new double[n];
        for (int i = 0; i < n; i++) {
            fpr[i] = ranking.fps()[i] / (double) ranking.negatives();
            tpr[i] = ranking.tps()[i] / (double) ranking.positives();
        }
        fpr = Ranking.prepend(0, fpr);
        tpr = Ranking.prepend(0, tpr);
        double auc = Double.NaN;
        if (ranking.positives() > 0 && ranking.negatives() > 0) {
            auc = 0;
            for (int i = 1; i < fpr.length; i++) {
                auc += (fpr[i] - fpr[i - 1]) * (tpr[i] + tpr[i - 1]) / 2;
            }
        }
        return new RocCurve(fpr, tpr, Ranking.prepend(Double.POSITIVE_INFINITY, ranking.thresholds()), auc);
    }

    @Override
    public double[] fpr() {
        return fpr.clone();
    }

    @Override
    public double[] tpr() {
        return tpr.clone();
    }

    @Override
    public double[] thresholds() {
        return thresholds.clone();
    }
}
