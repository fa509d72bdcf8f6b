package org.merlab.eval;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleBiFunction;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * How well one model predicts one continuous target over pooled out-of-fold predictions: Spearman's rho and Pearson's
 * r with 95% cluster-bootstrap intervals (whole groups, e.g. artists, resampled; {@link Resampler}), the mean
 * squared error, and the spread {@code SD(predicted) / SD(truth)}, which is near 0 when a regressor collapses to the
 * mean. A constant predictor (the training mean) has NaN correlations and spread 0.
 *
 * @param model  the model's name
 * @param target the target's name
 */
public record TargetScores(String model, String target, int n, double spearman, Interval spearmanCi, double pearson,
                           Interval pearsonCi, double mse, double spread) {

    /**
     * @param groups cluster of each row ({@code null}: rows)
     * @throws EvalException if lengths differ or a value is not finite
     */
    public static TargetScores of(String model, String target, double[] truth, double[] predicted, String[] groups,
                                  BootstrapOptions options) {
        requireFinite(truth, predicted);
        double mse = 0;
        for (int i = 0; i < truth.length; i++) {
            mse += (predicted[i] - truth[i]) * (predicted[i] - truth[i]) / truth.length;
        }
        return new TargetScores(model, target, truth.length, Correlation.spearman(truth, predicted),
                interval(truth, predicted, groups, options, Correlation::spearman),
                Regression.pearson(truth, predicted), interval(truth, predicted, groups, options, Regression::pearson),
                mse, Correlation.sd(predicted) / Correlation.sd(truth));
    }

    static void requireFinite(double[] truth, double[] predicted) {
        if (truth.length != predicted.length) {
            throw new EvalException(truth.length + " targets but " + predicted.length + " predictions");
        }
        for (int i = 0; i < truth.length; i++) {
            if (!Double.isFinite(truth[i]) || !Double.isFinite(predicted[i])) {
                throw new EvalException("row " + i + ": target " + truth[i] + ", prediction " + predicted[i]);
            }
        }
    }

    /** The 95% percentile interval of {@code stat} over cluster resamples; null without resamples or if undefined. */
    private static Interval interval(double[] truth, double[] predicted, String[] groups, BootstrapOptions options,
                                     ToDoubleBiFunction<double[], double[]> stat) {
        if (options.resamples() == 0 || Double.isNaN(stat.applyAsDouble(truth, predicted))) {
            return null;
        }
        double[] values = resampled(truth.length, groups, options, rows -> stat.applyAsDouble(pick(truth, rows),
                pick(predicted, rows)));
        return values.length == 0 ? null : Bootstrap.interval95(values);
    }

    /** {@code stat} of each of B cluster resamples, the undefined ones (NaN, e.g. a constant resample) left out. */
    static double[] resampled(int rows, String[] groups, BootstrapOptions options,
                              ToDoubleFunction<int[]> stat) {
        Resampler resampler = Resampler.of(groups, rows);
        SplittableRandom rng = new SplittableRandom(options.seed());
        return IntStream.range(0, options.resamples())
                .mapToDouble(b -> stat.applyAsDouble(resampler.draw(rng)))
                .filter(v -> !Double.isNaN(v)).toArray();
    }

    static double[] pick(double[] x, int[] rows) {
        double[] out = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = x[rows[i]];
        }
        return out;
    }

    /** Rows: model, target, n, spearman, its interval, pearson, its interval, mse, spread. */
    public static Table table(String name, List<TargetScores> scores) {
        return Tables.fourDecimals(Table.create(name,
                StringColumn.create("model", scores.stream().map(TargetScores::model).toList()),
                StringColumn.create("target", scores.stream().map(TargetScores::target).toList()),
                IntColumn.create("n", scores.stream().mapToInt(TargetScores::n).toArray()),
                DoubleColumn.create("spearman", scores.stream().mapToDouble(TargetScores::spearman).toArray()),
                DoubleColumn.create("spearman_low", scores.stream().mapToDouble(s -> low(s.spearmanCi())).toArray()),
                DoubleColumn.create("spearman_high", scores.stream().mapToDouble(s -> high(s.spearmanCi())).toArray()),
                DoubleColumn.create("pearson", scores.stream().mapToDouble(TargetScores::pearson).toArray()),
                DoubleColumn.create("pearson_low", scores.stream().mapToDouble(s -> low(s.pearsonCi())).toArray()),
                DoubleColumn.create("pearson_high", scores.stream().mapToDouble(s -> high(s.pearsonCi())).toArray()),
                DoubleColumn.create("mse", scores.stream().mapToDouble(TargetScores::mse).toArray()),
                DoubleColumn.create("spread", scores.stream().mapToDouble(TargetScores::spread).toArray())));
    }

    private static double low(Interval i) {
        return i == null ? Double.NaN : i.low();
    }

    private static double high(Interval i) {
        return i == null ? Double.NaN : i.high();
    }
}
