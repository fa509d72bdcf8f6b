package org.merlab.eval;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Cumulative true and false positives at each distinct score, highest first: scikit-learn's
 * {@code _binary_clf_curve}, the common ground of the ROC and precision-recall curves.
 *
 * @param thresholds distinct scores, descending, {@code [n]}
 * @param tps        positives with score >= threshold, {@code [n]}
 * @param fps        negatives with score >= threshold, {@code [n]}
 */
record Ranking(double[] thresholds, int[] tps, int[] fps) {

    static Ranking of(boolean[] positive, double[] score) {
        if (positive.length != score.length) {
            throw new EvalException("got " + positive.length + " labels but " + score.length + " scores");
        }
        Integer[] order = new Integer[score.length];
        for (int i = 0; i < order.length; i++) {
            if (Double.isNaN(score[i])) {
                throw new EvalException("score at row " + i + " is NaN");
            }
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> score[i]).reversed());
        double[] thresholds = new double[score.length];
        int[] tps = new int[score.length];
        int[] fps = new int[score.length];
        int n = 0;
        int tp = 0;
        int fp = 0;
        for (int r = 0; r < order.length; r++) {
            int i = order[r];
            tp += positive[i] ? 1 : 0;
            fp += positive[i] ? 0 : 1;
            // ties form one threshold: record only after the last row of a run of equal scores
            if (r == order.length - 1 || score[order[r + 1]] != score[i]) {
                thresholds[n] = score[i];
                tps[n] = tp;
                fps[n] = fp;
                n++;
            }
        }
        return new Ranking(Arrays.copyOf(thresholds, n), Arrays.copyOf(tps, n), Arrays.copyOf(fps, n));
    }

    int positives() {
        return tps.length == 0 ? 0 : tps[tps.length - 1];
    }

    int negatives() {
        return fps.length == 0 ? 0 : fps[fps.length - 1];
    }

    /** {@code value} followed by {@code rest}: the curves' extra first point at threshold +infinity. */
    static double[] prepend(double value, double[] rest) {
        double[] out = new double[rest.length + 1];
        out[0] = value;
        System.arraycopy(rest, 0, out, 1, rest.length);
        return out;
    }
}
