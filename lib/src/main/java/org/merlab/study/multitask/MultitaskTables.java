package org.merlab.study.multitask;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.XYChart;
import org.merlab.eval.BootstrapOptions;
import org.merlab.eval.Interval;
import org.merlab.eval.Metric;
import org.merlab.eval.PairedCorrelation;
import org.merlab.eval.TargetScores;
import org.merlab.eval.Tables;
import org.merlab.report.Plots;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** The tables and figures of notebook 08, assembled from {@link CrossFit} results. */
public final class MultitaskTables {

    private MultitaskTables() {
    }

    /** One row per variant: accuracy and macro-/weighted-F1 with their intervals, epochs and seconds per epoch. */
    public static Table classification(List<CrossFit.Classified> runs) {
        Table t = Table.create("genre classification, out-of-fold",
                StringColumn.create("variant", runs.stream().map(r -> r.variant().name()).toList()));
        for (Metric m : List.of(Metric.ACCURACY, Metric.MACRO_F1, Metric.WEIGHTED_F1)) {
            String key = m.name().toLowerCase(Locale.ROOT);
            t.addColumns(DoubleColumn.create(key, runs.stream().mapToDouble(r -> value(r, m)).toArray()),
                    DoubleColumn.create(key + "_low", runs.stream().mapToDouble(r -> bound(r, m, true)).toArray()),
                    DoubleColumn.create(key + "_high", runs.stream().mapToDouble(r -> bound(r, m, false)).toArray()));
        }
        t.addColumns(IntColumn.create("epochs", runs.stream().mapToInt(r -> r.cost().epochs()).toArray()),
                DoubleColumn.create("seconds_per_epoch", runs.stream().mapToDouble(r -> r.cost().secondsPerEpoch())
                        .toArray()));
        return Tables.fourDecimals(t);
    }

    private static double value(CrossFit.Classified r, Metric m) {
        return m.of(r.evaluation().confusion());
    }

    private static double bound(CrossFit.Classified r, Metric m, boolean low) {
        Interval ci = r.evaluation().confidence().get(m);
        return ci == null ? Double.NaN : low ? ci.low() : ci.high();
    }

    /** Column {@code k} of {@code rows}. */
    static double[] column(double[][] rows, int k) {
        double[] c = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            c[i] = rows[i][k];
        }
        return c;
    }

    /** Spearman, Pearson (with intervals over the fold groups), MSE and spread of every regressor and target. */
    public static List<TargetScores> scores(Clips clips, List<CrossFit.Regressed> runs, BootstrapOptions options) {
        String[] groups = clips.groups().toArray(String[]::new);
        List<TargetScores> out = new ArrayList<>();
        for (var r : runs) {
            for (int k = 0; k < clips.targetNames().size(); k++) {
                out.add(TargetScores.of(r.name(), clips.targetNames().get(k), column(clips.targets(), k),
                        column(r.predictions(), k), groups, options));
            }
        }
        return out;
    }

    /** {@code a} against {@code b} on every target, paired on the clips. */
    public static List<PairedCorrelation> paired(Clips clips, CrossFit.Regressed a, CrossFit.Regressed b,
                                                 BootstrapOptions options) {
        String[] groups = clips.groups().toArray(String[]::new);
        List<PairedCorrelation> out = new ArrayList<>();
        for (int k = 0; k < clips.targetNames().size(); k++) {
            out.add(PairedCorrelation.of(a.name(), b.name(), clips.targetNames().get(k), column(clips.targets(), k),
                    column(a.predictions(), k), column(b.predictions(), k), groups, options));
        }
        return out;
    }

    /** The multitask network's {@code s_k} and weights {@code exp(-s_k)} after every epoch, fold by fold. */
    public static Table logVariances(Clips clips, CrossFit.Regressed multitask) {
        List<Integer> folds = new ArrayList<>();
        List<Integer> epochs = new ArrayList<>();
        List<double[]> values = new ArrayList<>();
        for (int f = 0; f < multitask.logVariances().size(); f++) {
            var log = multitask.logVariances().get(f);
            for (int e = 0; e < log.size(); e++) {
                folds.add(f);
                epochs.add(e + 1);
                values.add(log.get(e));
            }
        }
        Table t = Table.create("learned log-variances s_k and weights exp(-s_k)",
                IntColumn.create("fold", folds.stream().mapToInt(Integer::intValue).toArray()),
                IntColumn.create("epoch", epochs.stream().mapToInt(Integer::intValue).toArray()));
        double[][] v = values.toArray(double[][]::new);
        for (int k = 0; k < clips.targetNames().size(); k++) {
            double[] s = column(v, k);
            t.addColumns(DoubleColumn.create("s_" + clips.targetNames().get(k), s),
                    DoubleColumn.create("w_" + clips.targetNames().get(k),
                            Arrays.stream(s).map(x -> Math.exp(-x)).toArray()));
        }
        return Tables.fourDecimals(t);
    }

    /** {@code s_k} per epoch in fold 0, one line per target. */
    public static XYChart logVarianceChart(Clips clips, CrossFit.Regressed multitask) {
        double[][] log = multitask.logVariances().get(0).toArray(double[][]::new);
        Map<String, double[]> series = new LinkedHashMap<>();
        for (int k = 0; k < clips.targetNames().size(); k++) {
            series.put("s_" + clips.targetNames().get(k), column(log, k));
        }
        return Plots.lines("Learned s_k per epoch (fold 0)", "epoch", "s_k", series);
    }

    /** Targets and each regressor's predictions of target {@code k}, overlaid: does a model collapse to the mean? */
    public static CategoryChart spread(Clips clips, List<CrossFit.Regressed> runs, int k) {
        Map<String, double[]> groups = new LinkedHashMap<>();
        groups.put("targets", column(clips.targets(), k));
        runs.forEach(r -> groups.put(r.name(), column(r.predictions(), k)));
        return Plots.histograms("Spread of predictions: " + clips.targetNames().get(k), clips.targetNames().get(k),
                groups, 20);
    }
}
