package org.merlab.eval;

import java.util.Arrays;
import java.util.List;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Model A against model B on one target, paired on the same rows: the difference of Spearman's rho
 * {@code rho_A - rho_B} with a 95% cluster-bootstrap interval (each resample draws whole groups and scores both
 * models on the same rows) and a two-sided bootstrap p-value, {@code 2 min(P(d* <= 0), P(d* >= 0))} capped at 1.
 * Non-inferiority within a margin {@code m} holds when the interval's lower end is above {@code -m}.
 */
public record PairedCorrelation(String modelA, String modelB, String target, double difference, Interval interval,
                                double p) {

    public static PairedCorrelation of(String modelA, String modelB, String target, double[] truth, double[] a,
                                       double[] b, String[] groups, BootstrapOptions options) {
        TargetScores.requireFinite(truth, a);
        TargetScores.requireFinite(truth, b);
        if (options.resamples() == 0) {
            throw new EvalException("a paired bootstrap needs resamples, got 0");
        }
        double d = Correlation.spearman(truth, a) - Correlation.spearman(truth, b);
        double[] diffs = TargetScores.resampled(truth.length, groups, options, rows -> {
            double[] t = TargetScores.pick(truth, rows);
            return Correlation.spearman(t, TargetScores.pick(a, rows))
                    - Correlation.spearman(t, TargetScores.pick(b, rows));
        });
        long below = Arrays.stream(diffs).filter(v -> v <= 0).count();
        long above = Arrays.stream(diffs).filter(v -> v >= 0).count();
        double p = diffs.length == 0 ? Double.NaN : Math.min(1, 2.0 * Math.min(below, above) / diffs.length);
        return new PairedCorrelation(modelA, modelB, target, d, diffs.length == 0 ? null : Bootstrap.interval95(diffs),
                p);
    }

    /** Whether A is not worse than B by more than {@code margin} in rho (the interval's lower end above -margin). */
    public boolean notWorseThan(double margin) {
        return interval != null && interval.low() > -margin;
    }

    /** Rows: a, b, target, difference, its interval, p. */
    public static Table table(String name, List<PairedCorrelation> rows) {
        return Tables.fourDecimals(Table.create(name,
                StringColumn.create("model_a", rows.stream().map(PairedCorrelation::modelA).toList()),
                StringColumn.create("model_b", rows.stream().map(PairedCorrelation::modelB).toList()),
                StringColumn.create("target", rows.stream().map(PairedCorrelation::target).toList()),
                DoubleColumn.create("spearman_a_minus_b", rows.stream().mapToDouble(PairedCorrelation::difference)
                        .toArray()),
                DoubleColumn.create("low", rows.stream().mapToDouble(r -> r.interval() == null ? Double.NaN
                        : r.interval().low()).toArray()),
                DoubleColumn.create("high", rows.stream().mapToDouble(r -> r.interval() == null ? Double.NaN
                        : r.interval().high()).toArray()),
                DoubleColumn.create("p", rows.stream().mapToDouble(PairedCorrelation::p).toArray())));
    }
}
