package org.merlab.eval;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything measured about one set of predictions, at segment level and, given track ids, at track level
 * (mean segment probability per track, argmax). Predicted class = argmax of the probabilities, ties to the lower
 * class index. Confidence intervals come from {@link Bootstrap#byTrack}, resampling tracks when track ids are given.
 * Track ids are taken as given: each SMOTE row's tag counts as a track of its own, so score a published-protocol
 * test part on {@link org.merlab.prep.Samples#realRows()} when only real tracks should count.
 *
 * @param classes     class names, {@code [classes]}
 * @param truth       true class per row, {@code [rows]}
 * @param predicted   argmax class per row, {@code [rows]}
 * @param confusion   counts {@code [true][predicted]}
 * @param perClass    one-vs-rest metrics per class, {@code [classes]}
 * @param accuracy    share of rows predicted right
 * @param macroF1     unweighted mean F1
 * @param weightedF1  support-weighted mean F1
 * @param mcc         multiclass Matthews correlation (Gorodkin)
 * @param roc         one-vs-rest ROC curve per class
 * @param pr          one-vs-rest precision-recall curve per class
 * @param confidence  95% percentile intervals per metric (empty if the bootstrap was off)
 * @param trackLevel  the same evaluation over tracks, when track ids were given
 */
public record Evaluation(List<String> classes, int[] truth, int[] predicted, ConfusionMatrix confusion,
                         List<ClassMetrics> perClass, double accuracy, double macroF1, double weightedF1, double mcc,
                         List<RocCurve> roc, List<PrCurve> pr, Map<Metric, Interval> confidence,
                         Optional<Evaluation> trackLevel) {

    public Evaluation {
        classes = List.copyOf(classes);
        truth = truth.clone();
        predicted = predicted.clone();
        perClass = List.copyOf(perClass);
        roc = List.copyOf(roc);
        pr = List.copyOf(pr);
        confidence = confidence.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(confidence));
    }

    /** Segment-level evaluation without track ids; intervals resample rows with {@link BootstrapOptions#DEFAULT}. */
    public static Evaluation of(int[] truth, double[][] probabilities, List<String> classes) {
        return of(truth, probabilities, classes, null, BootstrapOptions.DEFAULT);
    }

    /**
     * Segment-level evaluation and, if {@code groups} is given, track-level evaluation; intervals resample tracks.
     *
     * @param truth         true class per row, {@code [rows]}
     * @param probabilities class probabilities per row, {@code [rows][classes]}, each row summing to 1
     * @param groups        track id per row, {@code [rows]}, or {@code null}
     */
    public static Evaluation of(int[] truth, double[][] probabilities, List<String> classes, String[] groups,
                                BootstrapOptions options) {
        return of(truth, probabilities, classes, groups, groups, options);
    }

    /**
     * {@link #of(int[], double[][], List, String[], BootstrapOptions)} with intervals that resample {@code clusters}
     * (e.g. the artists or pieces cross-validation grouped by) instead of tracks, at segment and track level.
     *
     * @param clusters resampling unit per row, {@code [rows]}, constant within a track; {@code null} resamples rows
     */
    public static Evaluation of(int[] truth, double[][] probabilities, List<String> classes, String[] groups,
                                String[] clusters, BootstrapOptions options) {
        int k = classes.size();
        Probabilities.check(probabilities, truth.length, k, "probability");
        int[] predicted = Probabilities.argmax(probabilities);
        ConfusionMatrix confusion = ConfusionMatrix.of(truth, predicted, k);
        List<ClassMetrics> perClass = new ArrayList<>(k);
        List<RocCurve> roc = new ArrayList<>(k);
        List<PrCurve> pr = new ArrayList<>(k);
        for (int c = 0; c < k; c++) {
            boolean[] positive = new boolean[truth.length];
            double[] score = new double[truth.length];
            for (int i = 0; i < truth.length; i++) {
                positive[i] = truth[i] == c;
                score[i] = probabilities[i][c];
            }
            roc.add(RocCurve.of(positive, score));
            pr.add(PrCurve.of(positive, score));
            perClass.add(new ClassMetrics(classes.get(c), confusion.precision(c), confusion.recall(c),
                    confusion.f1(c), confusion.support(c), roc.get(c).auc(), pr.get(c).averagePrecision()));
        }
        Optional<Evaluation> trackLevel = Optional.empty();
        if (groups != null) {
            TrackLevel tracks = TrackLevel.of(truth, probabilities, groups, clusters == null ? groups : clusters, k);
            trackLevel = Optional.of(of(tracks.truth(), tracks.probabilities(), classes, null,
                    clusters == null ? null : tracks.clusters(), options));
        }
        return new Evaluation(classes, truth, predicted, confusion, perClass, confusion.accuracy(),
                confusion.macroF1(), confusion.weightedF1(), confusion.mcc(), roc, pr,
                Bootstrap.byTrack(truth, predicted, clusters, k, options), trackLevel);
    }

    @Override
    public int[] truth() {
        return truth.clone();
    }

    @Override
    public int[] predicted() {
        return predicted.clone();
    }

    /** Rows: class, precision, recall, f1, support, rocAuc, averagePrecision. */
    public Table perClassTable() {
        return Tables.fourDecimals(Table.create("per-class metrics",
                StringColumn.create("class", perClass.stream().map(ClassMetrics::name).toList()),
                DoubleColumn.create("precision", perClass.stream().mapToDouble(ClassMetrics::precision).toArray()),
                DoubleColumn.create("recall", perClass.stream().mapToDouble(ClassMetrics::recall).toArray()),
                DoubleColumn.create("f1", perClass.stream().mapToDouble(ClassMetrics::f1).toArray()),
                IntColumn.create("support", perClass.stream().mapToInt(ClassMetrics::support).toArray()),
                DoubleColumn.create("rocAuc", perClass.stream().mapToDouble(ClassMetrics::rocAuc).toArray()),
                DoubleColumn.create("averagePrecision",
                        perClass.stream().mapToDouble(ClassMetrics::averagePrecision).toArray())));
    }

    /** One line: rows, accuracy, macro-F1, weighted-F1 and MCC, each with its interval if there is one. */
    public String summary() {
        return String.format("%d rows: accuracy %.4f%s, macro-F1 %.4f%s, weighted-F1 %.4f%s, MCC %.4f%s",
                truth.length, accuracy, interval(Metric.ACCURACY), macroF1, interval(Metric.MACRO_F1), weightedF1,
                interval(Metric.WEIGHTED_F1), mcc, interval(Metric.MCC));
    }

    private String interval(Metric metric) {
        Interval ci = confidence.get(metric);
        return ci == null ? "" : " " + ci;
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("Evaluation, segments: ").append(summary()).append('\n');
        trackLevel.ifPresent(t -> s.append("Evaluation, tracks: ").append(t.summary()).append('\n'));
        s.append(perClassTable().print()).append('\n');
        s.append("confusion (rows true, columns predicted) ").append(classes).append('\n');
        for (int[] row : confusion.counts()) {
            s.append(Arrays.toString(row)).append('\n');
        }
        return s.toString();
    }
}
