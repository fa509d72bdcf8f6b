package org.merlab.study.text;

import java.util.List;

import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.XYChart;
import org.merlab.report.Plots;

import tech.tablesaw.api.Table;

/** The study's figures, one per slide figure plus the data views; every title names the model. */
public final class TextFigures {

    private TextFigures() {
    }

    /** Share of each label per split (the imbalance: joy about 33%, surprise 4%). */
    public static CategoryChart labelBalance(TextCorpusChoice choice) {
        Table balance = choice.balance();
        List<String> splits = List.of("train", "val", "test");
        double[][] shares = new double[splits.size()][];
        for (int s = 0; s < splits.size(); s++) {
            double total = balance.intColumn(splits.get(s)).sum();
            shares[s] = java.util.Arrays.stream(balance.intColumn(splits.get(s)).asDoubleArray()).map(v -> v / total).toArray();
        }
        return Plots.groupedBars("Label shares per split", "share of texts", TextCorpusChoice.classes(), splits,
                shares);
    }

    /** Training texts per length in tokens, the chosen maximum length in the title. */
    public static CategoryChart lengths(TextStudy study) {
        Table histogram = study.lengths().histogram();
        int maxLength = study.encoder().maxLength();
        return Plots.bar(String.format("Training text lengths; max length %d keeps %.1f%% untruncated", maxLength,
                        100 * study.lengths().coverage(maxLength)),
                histogram.intColumn("tokens").asList().stream().map(String::valueOf).toList(),
                histogram.intColumn("texts").asList(), "tokens", "training texts");
    }

    /** Loss per epoch, training and validation (the slides' curves, top panel). */
    public static XYChart loss(TextRun run) {
        return Plots.trainingCurves(run.history().orElseThrow(), Plots.Curve.LOSS, run.label() + ": loss per epoch");
    }

    /** Accuracy per epoch, training and validation. */
    public static XYChart accuracy(TextRun run) {
        return Plots.trainingCurves(run.history().orElseThrow(), Plots.Curve.ACCURACY,
                run.label() + ": accuracy per epoch");
    }

    /** F1 per class, a bar per model. */
    public static CategoryChart f1PerClass(List<TextRun> runs) {
        double[][] f1 = runs.stream().map(r -> r.evaluation().perClass().stream().mapToDouble(m -> m.f1()).toArray())
                .toArray(double[][]::new);
        return Plots.groupedBars("F1 per class on the test split", "F1", TextCorpusChoice.classes(),
                runs.stream().map(TextRun::label).toList(), f1);
    }

    /** The row-normalised confusion matrix. */
    public static HeatMapChart confusion(TextRun run) {
        return Plots.confusion(run.evaluation().confusion(), TextCorpusChoice.classes(),
                run.label() + ": normalised confusion, test split");
    }

    /** One-vs-rest ROC curves per class. */
    public static XYChart roc(TextRun run) {
        return Plots.rocCurves(run.evaluation().roc(), TextCorpusChoice.classes(),
                run.label() + ": ROC per class, test split");
    }

    /** One-vs-rest precision-recall curves per class. */
    public static XYChart pr(TextRun run) {
        int[] support = run.evaluation().perClass().stream().mapToInt(m -> m.support()).toArray();
        return Plots.prCurves(run.evaluation().pr(), TextCorpusChoice.classes(), support,
                run.label() + ": precision-recall per class, test split");
    }
}
