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
        Map<Metric, Interval> intervals = new EnumMap<>(Metric.class);
        List<ConfusionMatrix> resamples = resample(truth, predicted, groups, numClasses, options);
        if (resamples.isEmpty()) {
            return intervals;
        }
        for (Metric m : Metric.values()) {
            intervals.put(m, interval(resamples.stream().mapToDouble(m::of).toArray()));
        }
        return intervals;
    }

    /**
     * 95% intervals of each class's F1, from the same resamples as {@link #byTrack} with the same options (so the
     * intervals of one evaluation agree with each other): a rare class's F1 moves most.
     *
     * @return one interval per class, {@code [numClasses]}; empty when {@code options.resamples()} is 0
     */
    public static List<Interval> perClassF1(int[] truth, int[] predicted, String[] groups, int numClasses,
                                            BootstrapOptions options) {
        List<ConfusionMatrix> resamples = resample(truth, predicted, groups, numClasses, options);
        List<Interval> intervals = new ArrayList<>();
        for (int c = 0; c < numClasses && !resamples.isEmpty(); c++) {
            int k = c;
            intervals.add(interval(resamples.stream().mapToDouble(m -> m.f1(k)).toArray()));
        }
        return intervals;
    }

    /** B confusion matrices, each of one resample of whole tracks (rows when {@code groups} is null). */
    private static List<ConfusionMatrix> resample(int[] truth, int[] predicted, String[] groups, int numClasses,
                                                  BootstrapOptions options) {
        ConfusionMatrix.of(truth, predicted, numClasses);
        if (options.resamples() == 0 || truth.length == 0) {
            return List.of();
        }
        List<int[]> tracks = rowsByGroup(groups, truth.length);
        SplittableRandom rng = new SplittableRandom(options.seed());
        List<ConfusionMatrix> out = new ArrayList<>(options.resamples());
        for (int b = 0; b < options.resamples(); b++) {
            int[][] counts = new int[numClasses][numClasses];
            for (int t = 0; t < tracks.size(); t++) {
                for (int row : tracks.get(rng.nextInt(tracks.size()))) {
                    counts[truth[row]][predicted[row]]++;
                }
            }
            out.add(new ConfusionMatrix(counts));
        }
        return out;
    }

    private static Interval interval(double[] values) {
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
