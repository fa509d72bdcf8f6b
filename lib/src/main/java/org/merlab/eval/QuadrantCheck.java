package org.merlab.eval;

import java.util.List;

import org.merlab.data.Quadrant;

/**
 * A clip-level check of valence/arousal predictions against quadrant labels (4Q): each clip's mean predicted
 * valence and arousal is placed in a quadrant around a centre ({@link Quadrant#of}) and compared with its label.
 *
 * @param confusion  true quadrant (rows, Q1..Q4) by predicted quadrant (columns)
 * @param accuracy   share of clips in their labelled quadrant
 * @param interval   its 95% percentile bootstrap interval over clips; null when not bootstrapped
 * @param majority   the accuracy of always answering the most frequent label
 * @param chance     the accuracy of a uniform random guess, 1/4
 */
public record QuadrantCheck(ConfusionMatrix confusion, double accuracy, Interval interval, double majority,
                            double chance) {

    /**
     * Scores clips whose mean predictions are {@code valence[i]}, {@code arousal[i]} and labels {@code truth.get(i)}.
     *
     * @throws EvalException if the arrays do not pair with the labels, or there are no clips
     */
    public static QuadrantCheck of(List<Quadrant> truth, double[] valence, double[] arousal, double centreValence,
                                   double centreArousal, BootstrapOptions options) {
        if (truth.isEmpty() || valence.length != truth.size() || arousal.length != truth.size()) {
            throw new EvalException("need one valence and one arousal per labelled clip, at least one; got "
                    + valence.length + " and " + arousal.length + " for " + truth.size());
        }
        int k = Quadrant.values().length;
        int[] y = truth.stream().mapToInt(Quadrant::ordinal).toArray();
        int[] p = new int[y.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = Quadrant.of(valence[i], arousal[i], centreValence, centreArousal).ordinal();
        }
        ConfusionMatrix confusion = ConfusionMatrix.of(y, p, k);
        int most = 0;
        for (int c = 0; c < k; c++) {
            most = Math.max(most, confusion.support(c));
        }
        Interval interval = options.resamples() == 0 ? null
                : Bootstrap.byTrack(y, p, null, k, options).get(Metric.ACCURACY);
        return new QuadrantCheck(confusion, confusion.accuracy(), interval, (double) most / y.length, 1.0 / k);
    }
}
