package org.merlab.eval;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Two models compared on the same pooled out-of-fold rows, one metric at one level. The difference {@code a - b}
 * gets a paired bootstrap over groups: each resample draws groups with replacement and scores both models on the
 * same rows, so what the models share (hard tracks) cancels. The interval is the 95% percentile interval of the
 * resampled differences; the two-sided p-value tests "no difference" with the shifted bootstrap distribution
 * (Efron &amp; Tibshirani 1993, ch. 16): {@code (1 + #{|d*_b - d| >= |d|}) / (B + 1)}. At track level McNemar's test
 * on per-track correctness is given too (tracks as the independent items).
 *
 * @param modelA     first model
 * @param modelB     second model
 * @param level      {@link CvScores#SEGMENT} or {@link CvScores#TRACK}
 * @param metric     the metric compared
 * @param a          model A's value on the pooled rows
 * @param b          model B's value
 * @param difference {@code a - b}
 * @param interval   95% interval of the difference
 * @param pValue     paired-bootstrap p-value of "no difference"
 * @param resamples  B
 * @param mcnemar    McNemar's test at track level; empty at segment level, where segments are not independent
 */
public record PairedComparison(String modelA, String modelB, String level, Metric metric, double a, double b,
                               double difference, Interval interval, double pValue, int resamples,
                               Optional<McNemar> mcnemar) {

    /** Tolerance for "as far from the estimate as the estimate is from 0", against rounding in the metrics. */
    private static final double TIE = 1e-12;

    /**
     * Every metric at segment level, then at track level.
     *
     * @throws EvalException if the models were not scored on the same pooled rows, or {@code options} has no resamples
     */
    public static List<PairedComparison> of(OutOfFold a, OutOfFold b, BootstrapOptions options) {
        a.requireSameRows(b);
        if (options.resamples() == 0) {
            throw new EvalException("a paired bootstrap needs resamples > 0");
        }
        int k = a.classes().size();
        List<PairedComparison> out = new ArrayList<>();
        out.addAll(compare(a.model(), b.model(), CvScores.SEGMENT, a.truth(), a.predicted(), b.predicted(),
                a.clusters(), k, options, Optional.empty()));
        TrackLevel tracksA = TrackLevel.of(a.truth(), a.probabilities(), a.tracks(), a.clusters(), k);
        TrackLevel tracksB = TrackLevel.of(b.truth(), b.probabilities(), b.tracks(), b.clusters(), k);
        int[] truth = tracksA.truth();
        int[] predictedA = Probabilities.argmax(tracksA.probabilities());
        int[] predictedB = Probabilities.argmax(tracksB.probabilities());
        boolean[] rightA = new boolean[truth.length];
        boolean[] rightB = new boolean[truth.length];
        for (int t = 0; t < truth.length; t++) {
            rightA[t] = predictedA[t] == truth[t];
            rightB[t] = predictedB[t] == truth[t];
        }
        out.addAll(compare(a.model(), b.model(), CvScores.TRACK, truth, predictedA, predictedB, tracksA.clusters(), k,
                options, Optional.of(McNemar.of(rightA, rightB))));
        return out;
    }

    /** One row per comparison, McNemar columns empty at segment level. */
    public static Table table(List<PairedComparison> comparisons) {
        Table table = Table.create("paired-comparisons", StringColumn.create("modelA"), StringColumn.create("modelB"),
                StringColumn.create("level"), StringColumn.create("metric"), DoubleColumn.create("a"),
                DoubleColumn.create("b"), DoubleColumn.create("difference"), DoubleColumn.create("differenceLow"),
                DoubleColumn.create("differenceHigh"), DoubleColumn.create("pValue"), IntColumn.create("resamples"),
                IntColumn.create("mcnemarOnlyA"), IntColumn.create("mcnemarOnlyB"), DoubleColumn.create("mcnemarP"));
        for (PairedComparison c : comparisons) {
            table.stringColumn("modelA").append(c.modelA);
            table.stringColumn("modelB").append(c.modelB);
            table.stringColumn("level").append(c.level);
            table.stringColumn("metric").append(c.metric.column());
            table.doubleColumn("a").append(c.a);
            table.doubleColumn("b").append(c.b);
            table.doubleColumn("difference").append(c.difference);
            table.doubleColumn("differenceLow").append(c.interval.low());
            table.doubleColumn("differenceHigh").append(c.interval.high());
            table.doubleColumn("pValue").append(c.pValue);
            table.intColumn("resamples").append(c.resamples);
            if (c.mcnemar.isPresent()) {
                table.intColumn("mcnemarOnlyA").append(c.mcnemar.get().onlyA());
                table.intColumn("mcnemarOnlyB").append(c.mcnemar.get().onlyB());
                table.doubleColumn("mcnemarP").append(c.mcnemar.get().pValue());
            } else {
                table.intColumn("mcnemarOnlyA").appendMissing();
                table.intColumn("mcnemarOnlyB").appendMissing();
                table.doubleColumn("mcnemarP").appendMissing();
            }
        }
        return Tables.fourDecimals(table);
    }

    private static List<PairedComparison> compare(String modelA, String modelB, String level, int[] truth,
                                                  int[] predictedA, int[] predictedB, String[] clusters, int k,
                                                  BootstrapOptions options, Optional<McNemar> mcnemar) {
        Metric[] metrics = Metric.values();
        ConfusionMatrix wholeA = ConfusionMatrix.of(truth, predictedA, k);
        ConfusionMatrix wholeB = ConfusionMatrix.of(truth, predictedB, k);
        double[][] differences = new double[metrics.length][options.resamples()];
        Resampler resampler = Resampler.of(clusters, truth.length);
        SplittableRandom rng = new SplittableRandom(options.seed());
        for (int r = 0; r < options.resamples(); r++) {
            int[] rows = resampler.draw(rng);
            ConfusionMatrix confusionA = Resampler.confusion(truth, predictedA, rows, k);
            ConfusionMatrix confusionB = Resampler.confusion(truth, predictedB, rows, k);
            for (int m = 0; m < metrics.length; m++) {
                differences[m][r] = metrics[m].of(confusionA) - metrics[m].of(confusionB);
            }
        }
        List<PairedComparison> out = new ArrayList<>(metrics.length);
        for (int m = 0; m < metrics.length; m++) {
            double a = metrics[m].of(wholeA);
            double b = metrics[m].of(wholeB);
            double d = a - b;
            int asFar = 0;
            for (double resampled : differences[m]) {
                asFar += Math.abs(resampled - d) >= Math.abs(d) - TIE ? 1 : 0;
            }
            out.add(new PairedComparison(modelA, modelB, level, metrics[m], a, b, d,
                    Bootstrap.interval95(differences[m]), (1.0 + asFar) / (options.resamples() + 1),
                    options.resamples(), mcnemar));
        }
        return out;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s - %s, %s %s: %.4f - %.4f = %.4f %s, paired bootstrap p %.4g%s", modelA,
                modelB, level, metric.column(), a, b, difference, interval, pValue,
                mcnemar.map(m -> ", " + m).orElse(""));
    }
}
