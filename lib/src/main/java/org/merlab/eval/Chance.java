package org.merlab.eval;

import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The stratified-chance guesser (scikit-learn's {@code DummyClassifier(strategy="stratified")}): each row's label is
 * drawn at random from its fold's training class shares. Its score is an expectation over draws, and its interval
 * covers both the draw and the resampled groups.
 */
final class Chance {

    /** Draws averaged for the point estimate; its Monte Carlo error is below 0.001 for any metric here. */
    static final int DRAWS = 1000;

    private Chance() {
    }

    /** Each metric's mean over {@link #DRAWS} draws on all rows. */
    static Map<Metric, Double> expected(int[] truth, double[][] shares, int numClasses, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        Map<Metric, Double> mean = new EnumMap<>(Metric.class);
        for (Metric m : Metric.values()) {
            mean.put(m, 0.0);
        }
        for (int d = 0; d < DRAWS; d++) {
            ConfusionMatrix confusion = ConfusionMatrix.of(truth, draw(shares, rng), numClasses);
            for (Metric m : Metric.values()) {
                mean.merge(m, m.of(confusion) / DRAWS, Double::sum);
            }
        }
        return mean;
    }

    /** 95% percentile intervals; each resample redraws the guesses, then resamples the clusters. */
    static Map<Metric, Interval> intervals(int[] truth, double[][] shares, String[] clusters, int numClasses,
                                           BootstrapOptions options) {
        if (truth.length == 0) {
            return new EnumMap<>(Metric.class);
        }
        Resampler resampler = Resampler.of(clusters, truth.length);
        return Bootstrap.intervals(options,
                rng -> Resampler.confusion(truth, draw(shares, rng), resampler.draw(rng), numClasses));
    }

    /** One label per row, drawn from the row's class shares by inverse CDF. */
    static int[] draw(double[][] shares, SplittableRandom rng) {
        int[] labels = new int[shares.length];
        for (int i = 0; i < shares.length; i++) {
            double u = rng.nextDouble();
            double cumulative = 0;
            int c = 0;
            while (c < shares[i].length - 1 && u >= (cumulative += shares[i][c])) {
                c++;
            }
            labels[i] = c;
        }
        return labels;
    }
}
