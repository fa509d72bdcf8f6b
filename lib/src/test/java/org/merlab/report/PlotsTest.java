package org.merlab.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.XYChart;
import org.merlab.eval.ConfusionMatrix;
import org.merlab.train.EpochStats;
import org.merlab.train.History;

class PlotsTest {

    private static final History HISTORY = new History(List.of(
            new EpochStats(1, 3, 1.2, 0.40, 1.3, 0.35, 1e-3, 1, 0.1),
            new EpochStats(2, 3, 0.9, 0.60, 1.1, 0.50, 1e-3, 1, 0.1),
            new EpochStats(3, 3, 0.7, 0.75, 1.2, 0.48, 5e-4, 1, 0.1)), 2, false);

    @Test
    void trainingCurvesPlotTrainingAndValidationPerEpoch() {
        XYChart accuracy = Plots.trainingCurves(HISTORY, Plots.Curve.ACCURACY, "acc");
        assertArrayEquals(new double[] {1, 2, 3}, accuracy.getSeries("training").getXData());
        assertArrayEquals(new double[] {0.40, 0.60, 0.75}, accuracy.getSeries("training").getYData());
        assertArrayEquals(new double[] {0.35, 0.50, 0.48}, accuracy.getSeries("validation").getYData());
        XYChart loss = Plots.trainingCurves(HISTORY, Plots.Curve.LOSS, "loss");
        assertArrayEquals(new double[] {1.3, 1.1, 1.2}, loss.getSeries("validation").getYData());
        assertEquals("loss", loss.getYAxisTitle());
        assertEquals(Plots.WIDTH, BitmapEncoder.getBufferedImage(loss).getWidth());
    }

    @Test
    void confusionIsRowNormalisedWithCountsInTheLabelsAndFirstClassOnTop() {
        ConfusionMatrix matrix = new ConfusionMatrix(new int[][] {{3, 1}, {0, 4}});
        HeatMapChart chart = Plots.confusion(matrix, List.of("calm", "power"), "c");
        var series = chart.getHeatMapSeries();
        assertEquals(List.of("power (n=4)", "calm (n=4)"), series.getYData());
        assertEquals(List.of("calm", "power"), series.getXData());
        // Row 1 of the chart (drawn on top) is true class 0: 3 of 4 right, 1 of 4 predicted as power.
        var cells = series.getHeatData();
        assertArrayEquals(new Number[] {0, 1, 0.75}, cells.get(2));
        assertArrayEquals(new Number[] {1, 1, 0.25}, cells.get(3));
        assertArrayEquals(new Number[] {1, 0, 1.0}, cells.get(1));
        assertEquals(1, chart.getStyler().getYAxisTickMarkSpacingHint(), "every class label is drawn");
        assertEquals(Plots.HEATMAP_SIZE, BitmapEncoder.getBufferedImage(chart).getHeight());
        assertThrows(IllegalArgumentException.class, () -> Plots.confusion(matrix, List.of("calm"), "c"));
    }

    @Test
    void groupedBarsHaveOneSeriesPerRowAndCheckShapes() {
        CategoryChart chart = Plots.groupedBars("counts", "rows", List.of("a", "b"), List.of("before", "after"),
                new double[][] {{1, 2}, {3, 3}});
        assertEquals(List.of("before", "after"), chart.getSeriesCollection().stream().map(s -> s.getName()).toList());
        var e = assertThrows(IllegalArgumentException.class, () -> Plots.groupedBars("c", "rows", List.of("a", "b"),
                List.of("before"), new double[][] {{1}}));
        assertEquals("series 'before' has 1 values for 2 categories", e.getMessage());
    }
}
