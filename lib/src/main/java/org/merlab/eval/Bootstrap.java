package org.merlab.eval;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * Percentile bootstrap confidence intervals (Efron &amp; Tibshirani 1993, ch. 13) that resample whole tracks (or
 * any groups): each of B resamples draws as many groups as there are, with replacement, and pools all their
 * segments, so segments of one track, which are not independent, move together ({@link Resampler}).
 */
public final class Bootstrap {

    private Bootstrap() {
    }

    /**
     * 95% intervals {@code [q2.5, q97.5]} (numpy's linear percentile) of every {@link Metric}.
     *
     * @param groups track (or coarser group) of each row; {@code null} resamples rows
     * @return empty when {@code options.resamples()} is 0
     */
    public static Map<Metric, Interval> byTrack(int[] truth, int[] predicted, String[] groups, int numClasses,
                                                BootstrapOptions options) {
        ConfusionMatrix.of(truth, predicted, numClasses);
        if (truth.length == 0) {
            return new EnumMap<>(Metric.class);
        }
        Resampler resampler = Resampler.of(groups, truth.length);
        return intervals(options, rng -> Resampler.confusion(truth, predicted, resampler.draw(rng), numClasses));
    }

    /**
     * 95% intervals of every metric over {@code options.resamples()} confusion matrices, each made by
     * {@code resample} from one generator seeded with {@code options.seed()}; empty for 0 resamples.
     */
    static Map<Metric, Interval> intervals(BootstrapOptions options,
                                           Function<SplittableRandom, ConfusionMatrix> resample) {
        Map<Metric, Interval> intervals = new EnumMap<>(Metric.class);
        if (options.resamples() == 0) {
            return intervals;
        }
        SplittableRandom rng = new SplittableRandom(options.seed());
        Map<Metric, double[]> values = new EnumMap<>(Metric.class);
        for (Metric m : Metric.values()) {
            values.put(m, new double[options.resamples()]);
        }
        for (int b = 0; b < options.resamples(); b++) {
            ConfusionMatrix confusion = resample.apply(rng);
            for (Metric m : Metric.values()) {
                values.get(m)[b] = m.of(confusion);
            }
        }
        values.forEach((m, v) -> intervals.put(m, interval95(v)));
        return intervals;
    }

    /** The 95% percentile interval of bootstrap values. */
    static Interval interval95(double[] values) {
        return new Interval(percentile(values, 2.5), percentile(values, 97.5));
    }

    /** numpy's {@code percentile(values, q)} with linear interpolation between order statistics. */
    static double percentile(double[] values, double q) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double position = q / 100 * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }
}
