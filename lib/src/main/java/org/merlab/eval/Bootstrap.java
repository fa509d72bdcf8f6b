package org.merlab.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Percentile bootstrap confidence intervals (Efron &amp; Tibshirani 1993, ch. 13) that resample whole tracks:
 * each of B resamples draws as many tracks as there are, with replacement, and pools all their segments, so
 * segments of one track, which are not independent, move together.
 */
public final class Bootstrap {

    private Bootstrap() {
    }

    /**
     * 95% intervals {@code [q2.5, q97.5]} (numpy's linear percentile) of every {@link Metric}.
     *
     * @param groups track of each row; {@code null} resamples rows
     * @return empty when {@code options.resamples()} is 0
     */
    public static Map<Metric, Interval> byTrack(int[] truth, int[] predicted, String[] groups, int numClasses,
                                                BootstrapOptions options) {
        ConfusionMatrix.of(truth, predicted, numClasses);
        Map<Metric, Interval> intervals = new EnumMap<>(Metric.class);
        if (options.resamples() == 0 || truth.length == 0) {
            return intervals;
        }
        List<int[]> tracks = rowsByGroup(groups, truth.length);
        SplittableRandom rng = new SplittableRandom(options.seed());
        Map<Metric, double[]> values = new EnumMap<>(Metric.class);
        for (Metric m : Metric.values()) {
            values.put(m, new double[options.resamples()]);
        }
        for (int b = 0; b < options.resamples(); b++) {
            int[][] counts = new int[numClasses][numClasses];
            for (int t = 0; t < tracks.size(); t++) {
                for (int row : tracks.get(rng.nextInt(tracks.size()))) {
                    counts[truth[row]][predicted[row]]++;
                }
            }
            ConfusionMatrix confusion = new ConfusionMatrix(counts);
            for (Metric m : Metric.values()) {
                values.get(m)[b] = m.of(confusion);
            }
        }
        values.forEach((m, v) -> intervals.put(m, new Interval(percentile(v, 2.5), percentile(v, 97.5))));
        return intervals;
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

    private static List<int[]> rowsByGroup(String[] groups, int rows) {
        if (groups == null) {
            List<int[]> single = new ArrayList<>(rows);
            for (int i = 0; i < rows; i++) {
                single.add(new int[] {i});
            }
            return single;
        }
        if (groups.length != rows) {
            throw new EvalException("got " + groups.length + " groups for " + rows + " rows");
        }
        Map<String, List<Integer>> byGroup = new LinkedHashMap<>();
        for (int i = 0; i < rows; i++) {
            byGroup.computeIfAbsent(groups[i], g -> new ArrayList<>()).add(i);
        }
        return byGroup.values().stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toList();
    }
}
