package org.merlab.report;

import java.util.ArrayList;
import java.util.List;

import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.merlab.eval.ConfusionMatrix;
import org.merlab.train.History;

/**
 * Chart builders for the paper's figures, as XChart charts that {@link ReportWriter#figure} writes and
 * {@code notebook.Show#chart} displays. Sizes are fixed so exported figures have stable dimensions.
 */
public final class Plots {

    public static final int WIDTH = 860;
    public static final int HEIGHT = 420;
    public static final int HEATMAP_SIZE = 860;

    private Plots() {
    }

    /** Which per-epoch curve pair a training figure shows. */
    public enum Curve {
        /** Figure 10 of the paper: training and validation accuracy. */
        ACCURACY("accuracy"),
        /** Figure 11 of the paper: training and validation categorical cross-entropy. */
        LOSS("loss");

        private final String axis;

        Curve(String axis) {
            this.axis = axis;
        }
    }

    /**
     * Training and validation {@code curve} per epoch (Keras' {@code history.history['acc']} / {@code 'val_acc'}
     * or {@code 'loss'} / {@code 'val_loss'}, as the paper's Figs 10-11), x = epoch 1..E.
     */
    public static XYChart trainingCurves(History history, Curve curve, String title) {
        double[] epochs = history.epochs().stream().mapToDouble(e -> e.epoch()).toArray();
        List<Double> train = curve == Curve.ACCURACY ? history.trainAccuracy() : history.trainLoss();
        List<Double> validation = curve == Curve.ACCURACY ? history.valAccuracy() : history.valLoss();
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title)
                .xAxisTitle("epoch").yAxisTitle(curve.axis).build();
        chart.addSeries("training", epochs, unbox(train)).setMarker(SeriesMarkers.CIRCLE);
        chart.addSeries("validation", epochs, unbox(validation)).setMarker(SeriesMarkers.DIAMOND);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
        chart.getStyler().setXAxisDecimalPattern("0");
        return chart;
    }

    /**
     * A confusion-matrix heat map as the paper's Fig 12, row-normalised (each true class's row sums to 1, the
     * diagonal is recall) with each cell's share printed; the true-class axis labels carry the row counts
     * ({@code "calmness (n=12)"}), so the shares can be turned back into counts. True class runs top to bottom
     * in class order (XChart draws row 0 at the bottom, so rows are added in reverse).
     *
     * @param classes class names, {@code [k]}, the matrix's index order
     */
    public static HeatMapChart confusion(ConfusionMatrix matrix, List<String> classes, String title) {
        int k = matrix.numClasses();
        if (classes.size() != k) {
            throw new IllegalArgumentException("got " + classes.size() + " class names for a " + k + "-class matrix");
        }
        double[][] shares = matrix.rowNormalized();
        List<String> predicted = new ArrayList<>(classes);
        List<String> truth = new ArrayList<>();
        List<Number[]> cells = new ArrayList<>();
        for (int row = 0; row < k; row++) {
            int t = k - 1 - row;
            truth.add(classes.get(t) + " (n=" + matrix.support(t) + ")");
            for (int p = 0; p < k; p++) {
                cells.add(new Number[] {p, row, shares[t][p]});
            }
        }
        HeatMapChart chart = new HeatMapChartBuilder().width(HEATMAP_SIZE).height(HEATMAP_SIZE).title(title)
                .xAxisTitle("predicted").yAxisTitle("true").build();
        chart.addSeries("share of true class", predicted, truth, cells);
        chart.getStyler().setMin(0).setMax(1).setShowValue(true).setHeatMapValueDecimalPattern("0.00");
        // XChart drops category labels closer than its default spacing hint; every class must be named.
        chart.getStyler().setXAxisTickMarkSpacingHint(1).setYAxisTickMarkSpacingHint(1).setXAxisLabelRotation(45);
        return chart;
    }

    /**
     * Grouped bars: one group per category, one bar per series, e.g. class counts before and after SMOTE.
     *
     * @param categories bar-group labels, {@code [c]}
     * @param series     series names, {@code [s]}
     * @param values     {@code [s][c]}
     */
    public static CategoryChart groupedBars(String title, String yAxis, List<String> categories, List<String> series,
                                            double[][] values) {
        if (values.length != series.size()) {
            throw new IllegalArgumentException("got " + values.length + " value rows for " + series.size()
                    + " series");
        }
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title(title)
                .yAxisTitle(yAxis).build();
        for (int s = 0; s < values.length; s++) {
            if (values[s].length != categories.size()) {
                throw new IllegalArgumentException("series '" + series.get(s) + "' has " + values[s].length
                        + " values for " + categories.size() + " categories");
            }
            chart.addSeries(series.get(s), categories, boxed(values[s]));
        }
        chart.getStyler().setXAxisTickMarkSpacingHint(1).setXAxisLabelRotation(45);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        return chart;
    }

    private static double[] unbox(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static List<Double> boxed(double[] values) {
        List<Double> list = new ArrayList<>(values.length);
        for (double v : values) {
            list.add(v);
        }
        return list;
    }
}
