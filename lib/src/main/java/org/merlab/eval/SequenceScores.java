package org.merlab.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Every {@link SequenceMetric} of one model on one dimension, each with a percentile bootstrap interval over pieces
 * (pieces are resampled with replacement and all their steps move together, since steps of one piece are not
 * independent), and paired differences between two models on the same pieces.
 *
 * @param values    the metrics on the pieces as given
 * @param intervals their 95% intervals; empty when {@code resamples} is 0
 */
public record SequenceScores(Map<SequenceMetric, Double> values, Map<SequenceMetric, Interval> intervals) {

    /**
     * Scores {@code predicted} against {@code truth}, piece by piece.
     *
     * @throws EvalException if the pieces do not pair up
     */
    public static SequenceScores of(List<double[]> truth, List<double[]> predicted, BootstrapOptions options) {
        Map<SequenceMetric, Double> values = new EnumMap<>(SequenceMetric.class);
        for (SequenceMetric m : SequenceMetric.values()) {
            values.put(m, m.of(truth, predicted));
        }
        Map<SequenceMetric, Interval> intervals = new EnumMap<>(SequenceMetric.class);
        if (options.resamples() > 0) {
            Map<SequenceMetric, double[]> draws = new EnumMap<>(SequenceMetric.class);
            for (SequenceMetric m : SequenceMetric.values()) {
                draws.put(m, new double[options.resamples()]);
            }
            resample(truth.size(), options, (b, rows) -> {
                List<double[]> y = pick(truth, rows);
                List<double[]> p = pick(predicted, rows);
                for (SequenceMetric m : SequenceMetric.values()) {
                    draws.get(m)[b] = m.of(y, p);
                }
            });
            draws.forEach((m, d) -> intervals.put(m, interval(d)));
        }
        return new SequenceScores(values, intervals);
    }

    /**
     * {@code metric(a) - metric(b)} on the same pieces, with a paired bootstrap interval (both models scored on each
     * resample), e.g. the RMSE of a model minus that of the mean baseline: an interval below zero says the model is
     * better on pieces like these.
     */
    public static Estimate difference(List<double[]> truth, List<double[]> a, List<double[]> b,
                                      SequenceMetric metric, BootstrapOptions options) {
        double value = metric.of(truth, a) - metric.of(truth, b);
        if (options.resamples() == 0) {
            return new Estimate(value, null);
        }
        double[] draws = new double[options.resamples()];
        resample(truth.size(), options, (i, rows) -> {
            List<double[]> y = pick(truth, rows);
            draws[i] = metric.of(y, pick(a, rows)) - metric.of(y, pick(b, rows));
        });
        return new Estimate(value, interval(draws));
    }

    /** A value and its interval (null when not bootstrapped). */
    public record Estimate(double value, Interval interval) {
    }

    public double value(SequenceMetric m) {
        return values.get(m);
    }

    public Interval interval(SequenceMetric m) {
        return intervals.get(m);
    }

    private interface Draw {
        void accept(int resample, int[] rows);
    }

    private static void resample(int pieces, BootstrapOptions options, Draw draw) {
        SplittableRandom rng = new SplittableRandom(options.seed());
        int[] rows = new int[pieces];
        for (int b = 0; b < options.resamples(); b++) {
            for (int i = 0; i < pieces; i++) {
                rows[i] = rng.nextInt(pieces);
            }
            draw.accept(b, rows);
        }
    }

    private static List<double[]> pick(List<double[]> pieces, int[] rows) {
        List<double[]> out = new ArrayList<>(rows.length);
        for (int r : rows) {
            out.add(pieces.get(r));
        }
        return out;
    }

    /** The 2.5th and 97.5th percentiles of the finite draws (a resample can lack a correlation). */
    private static Interval interval(double[] draws) {
        double[] finite = java.util.Arrays.stream(draws).filter(Double::isFinite).toArray();
        if (finite.length == 0) {
            return new Interval(Double.NaN, Double.NaN);
        }
        return new Interval(Bootstrap.percentile(finite, 2.5), Bootstrap.percentile(finite, 97.5));
    }
}
