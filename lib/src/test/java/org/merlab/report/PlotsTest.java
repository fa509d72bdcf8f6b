package org.merlab.report;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.XYChart;
import org.merlab.eval.ConfusionMatrix;
import org.merlab.train.EpochStats;
import org.merlab.train.Metric;
import org.merlab.train.History;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlotsTest {

    @TempDir
    Path tmp;

    @Test
    void poolAveragesBlocksAndKeepsSmallMatrices() {
        float[][] m = {{1, 2, 3, 4}, {5, 6, 7, 8}};
        assertArrayEquals(m, Plots.pool(m, 2, 4));
        float[][] pooled = Plots.pool(m, 1, 2);
        assertArrayEquals(new float[] {(1 + 2 + 5 + 6) / 4f, (3 + 4 + 7 + 8) / 4f}, pooled[0]);
        float[][] uneven = Plots.pool(new float[][] {{1, 2, 3}}, 1, 2);
        assertArrayEquals(new float[] {1, 2.5f}, uneven[0], "blocks [0,1) and [1,3)");
        assertThrows(IllegalArgumentException.class, () -> Plots.pool(new float[][] {{1, 2}, {3}}, 2, 2));
        assertThrows(IllegalArgumentException.class, () -> Plots.pool(new float[0][], 2, 2));
    }

    @Test
    void envelopeKeepsShortSignalsAndBracketsLongOnes() {
        double[][] raw = Plots.envelope(new float[] {0.5f, -0.5f, 0.25f}, 2, 10);
        assertArrayEquals(new double[] {0, 0.5, 1}, raw[0]);
        assertArrayEquals(new double[] {0.5, -0.5, 0.25}, raw[1]);

        float[] y = new float[1000];
        for (int i = 0; i < y.length; i++) {
            y[i] = (float) Math.sin(i * 0.3) * (i < 500 ? 0.1f : 1f);
        }
        double[][] env = Plots.envelope(y, 100, 10);
        assertEquals(20, env[0].length);
        assertEquals(0.0, env[0][0]);
        assertEquals(1.0, env[0][2], "bucket 1 starts at sample 100 = 1 s");
        assertTrue(env[1][1] <= 0.1 && env[1][1] > 0.09, "quiet half peaks at 0.1: " + env[1][1]);
        assertTrue(env[1][19] > 0.99 && env[1][18] < -0.99, "loud half spans -1..1");
    }

    @Test
    void heatmapIsPooledToItsLimitsAndDraws() {
        float[][] m = new float[300][500];
        for (int r = 0; r < m.length; r++) {
            for (int c = 0; c < m[0].length; c++) {
                m[r][c] = r - c * 0.1f;
            }
        }
        HeatMapChart chart = Plots.heatmap("ramp", m, new Plots.Axis("time (s)", 0, 512 / 22050.0),
                Plots.Axis.index("bin"), Plots.ColourMap.MAGMA, "dB");
        var series = chart.getHeatMapSeries();
        assertEquals(Plots.MAX_HEATMAP_COLUMNS, series.getXData().size());
        assertEquals(Plots.MAX_HEATMAP_ROWS, series.getYData().size());
        assertEquals(Plots.MAX_HEATMAP_COLUMNS * Plots.MAX_HEATMAP_ROWS, series.getHeatData().size());
        BufferedImage image = BitmapEncoder.getBufferedImage(chart);
        assertEquals(900, image.getWidth());
    }

    @Test
    void barBoxAndWaveformDraw() throws Exception {
        var bar = Plots.bar("counts", List.of("a", "b"), List.of(3, 5), "class", "tracks");
        assertEquals(List.of("a", "b"), bar.getSeries("tracks").getXData());
        assertThrows(IllegalArgumentException.class,
                () -> Plots.bar("bad", List.of("a"), List.of(1, 2), "x", "y"));

        Map<String, double[]> groups = new LinkedHashMap<>();
        groups.put("calm", new double[] {0.1, 0.5, 0.7});
        groups.put("power", new double[] {0.2, 0.3});
        var box = Plots.box("shares", groups, "share");
        assertEquals(List.of("calm", "power"), box.getSeriesCollection().stream().map(s -> s.getName()).toList());
        groups.put("empty", new double[0]);
        assertThrows(IllegalArgumentException.class, () -> Plots.box("bad", groups, "share"));

        float[] y = new float[22050 * 3];
        XYChart wave = Plots.waveform("tone", y, 22050);
        assertEquals(2 * Plots.WAVEFORM_BUCKETS, wave.getSeries("y").getXData().length);
        for (var chart : List.of(bar, box, wave)) {
            assertTrue(BitmapEncoder.getBufferedImage(chart).getHeight() > 0);
        }
    }

    private static final History HISTORY = new History(List.of(
            new EpochStats(1, 3, Metric.ACCURACY, 1.2, 0.40, 1.3, 0.35, 1e-3, 1, 0.1),
            new EpochStats(2, 3, Metric.ACCURACY, 0.9, 0.60, 1.1, 0.50, 1e-3, 1, 0.1),
            new EpochStats(3, 3, Metric.ACCURACY, 0.7, 0.75, 1.2, 0.48, 5e-4, 1, 0.1)), 2, false);

    @Test
    void trainingCurvesPlotTrainingAndValidationPerEpoch() {
        XYChart accuracy = Plots.trainingCurves(HISTORY, Plots.Curve.ACCURACY, "acc");
        assertArrayEquals(new double[] {1, 2, 3}, accuracy.getSeries("training").getXData());
        assertArrayEquals(new double[] {0.40, 0.60, 0.75}, accuracy.getSeries("training").getYData());
        assertArrayEquals(new double[] {0.35, 0.50, 0.48}, accuracy.getSeries("validation").getYData());
        XYChart loss = Plots.trainingCurves(HISTORY, Plots.Curve.LOSS, "loss");
        assertArrayEquals(new double[] {1.3, 1.1, 1.2}, loss.getSeries("validation").getYData());
        assertEquals("loss", loss.getYAxisTitle());
        assertTrue(BitmapEncoder.getBufferedImage(loss).getWidth() > 0);
        XYChart mae = Plots.trainingCurves(HISTORY, Plots.Curve.MAE, "mae");
        assertArrayEquals(new double[] {0.40, 0.60, 0.75}, mae.getSeries("training").getYData());
        assertEquals("mean absolute error", mae.getYAxisTitle());
    }

    @Test
    void timelinesDrawTheAnnotatorBandAtStepCentres() {
        XYChart chart = Plots.timeline("t", "arousal", new double[] {0, 2, 3}, new double[] {0.5, -0.5},
                new double[] {0.1, 0.2}, Map.of("model", new double[] {0.4, -0.1}));
        assertArrayEquals(new double[] {1, 2.5}, chart.getSeries("annotated mean").getXData());
        assertArrayEquals(new double[] {0.6, -0.3}, chart.getSeries("annotators ± 1 sd").getYData(), 1e-12);
        assertArrayEquals(new double[] {0.4, -0.7}, chart.getSeries("annotators - 1 sd").getYData(), 1e-12);
        assertArrayEquals(new double[] {0.4, -0.1}, chart.getSeries("model").getYData());
        assertThrows(IllegalArgumentException.class, () -> Plots.timeline("t", "a", new double[] {0, 1},
                new double[] {0.5, -0.5}, new double[2], Map.of()));
        assertThrows(IllegalArgumentException.class, () -> Plots.timeline("t", "a", new double[] {0, 1, 2},
                new double[] {0.5, -0.5}, new double[2], Map.of("m", new double[1])));
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
    void everyFigureSharesOneWhiteColourBlindSafeStyleWithLegendsOutsideThePlot() {
        ConfusionMatrix matrix = new ConfusionMatrix(new int[][] {{3, 1}, {0, 4}});
        List<org.knowm.xchart.internal.chartpart.Chart<? extends org.knowm.xchart.style.AxesChartStyler, ?>> charts =
                List.of(Plots.heatmap("h", new float[][] {{1, 2}, {3, 4}}, Plots.Axis.index("x"), Plots.Axis.index("y"),
                                Plots.ColourMap.MAGMA, "dB"),
                        Plots.line("l", new double[] {0, 1}, new double[] {1, 0}, "x", "y"),
                        Plots.waveform("w", new float[] {0, 1, 0}, 22050),
                        Plots.bar("b", List.of("a"), List.of(1), "x", "y"),
                        Plots.box("x", Map.of("a", new double[] {1, 2, 3}), "y"),
                        Plots.trainingCurves(HISTORY, Plots.Curve.LOSS, "t"),
                        Plots.confusion(matrix, List.of("calm", "power"), "c"),
                        Plots.groupedBars("g", "rows", List.of("a"), List.of("s", "t"), new double[][] {{1}, {2}}));
        for (var chart : charts) {
            var styler = chart.getStyler();
            assertEquals(java.awt.Color.WHITE, styler.getChartBackgroundColor(), chart.getTitle());
            assertEquals(Plots.PALETTE.get(0), styler.getSeriesColors()[0], chart.getTitle());
            assertEquals(java.awt.Color.WHITE.getRGB(), BitmapEncoder.getBufferedImage(chart).getRGB(1, 1),
                    chart.getTitle() + ": the corner is white");
        }
        for (var chart : List.of(charts.get(5), charts.get(7))) {
            assertEquals(org.knowm.xchart.style.Styler.LegendPosition.OutsideS, chart.getStyler().getLegendPosition(),
                    chart.getTitle() + ": the legend sits below the plot, on no data");
        }
        assertTrue(!charts.get(1).getStyler().isLegendVisible() && !charts.get(4).getStyler().isLegendVisible(),
                "one series or labelled boxes need no legend");
    }

    @Test
    void confusionSharesRunFromWhiteToDarkBlue() {
        HeatMapChart chart = Plots.confusion(new ConfusionMatrix(new int[][] {{3, 1}, {0, 4}}), List.of("a", "b"), "c");
        java.awt.Color[] range = chart.getStyler().getRangeColors();
        assertEquals(java.awt.Color.WHITE, range[0], "a share of 0 is white");
        float[] last = java.awt.Color.RGBtoHSB(range[range.length - 1].getRed(), range[range.length - 1].getGreen(),
                range[range.length - 1].getBlue(), null);
        assertTrue(last[2] < 0.8 && last[0] > 0.5 && last[0] < 0.7, "a share of 1 is a dark blue: " + range[range.length - 1]);
        assertEquals(0, chart.getStyler().getMin());
        assertEquals(1, chart.getStyler().getMax());
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

    @Test
    void rocAndPrCurvesHaveALinePerClassLabelledWithTheirArea() {
        boolean[] positive = {true, false, true, false};
        var roc = org.merlab.eval.RocCurve.of(positive, new double[] {0.9, 0.8, 0.7, 0.1});
        var pr = org.merlab.eval.PrCurve.of(positive, new double[] {0.9, 0.8, 0.7, 0.1});
        XYChart rocChart = Plots.rocCurves(List.of(roc, roc), List.of("joy", "fear"), "roc");
        assertEquals(3, rocChart.getSeriesCollection().size(), "two classes and the chance line");
        assertArrayEquals(roc.fpr(), rocChart.getSeries("joy (AUC 0.750)").getXData());
        XYChart prChart = Plots.prCurves(List.of(pr), List.of("joy"), new int[] {2}, "pr");
        assertArrayEquals(pr.precision(), prChart.getSeries("joy (AP 0.833, chance 1.000)").getYData());
        assertTrue(BitmapEncoder.getBufferedImage(prChart).getWidth() > 0);
        assertThrows(IllegalArgumentException.class, () -> Plots.rocCurves(List.of(roc), List.of("a", "b"), "x"));
        assertThrows(IllegalArgumentException.class, () -> Plots.prCurves(List.of(pr), List.of("a"), new int[2], "x"));
    }

    @Test
    void linesPlotEachSeriesOverOneBasedX() {
        Map<String, double[]> series = new LinkedHashMap<>();
        series.put("s_valence", new double[] {0, -0.2, -0.5});
        series.put("s_arousal", new double[] {0, 0.1});
        XYChart chart = Plots.lines("s per epoch", "epoch", "s", series);
        assertArrayEquals(new double[] {1, 2, 3}, chart.getSeries("s_valence").getXData(), 0);
        assertEquals(2, chart.getSeriesCollection().size());
        assertThrows(IllegalArgumentException.class, () -> Plots.lines("t", "x", "y", Map.of("e", new double[0])));
    }

    @Test
    void histogramsCountIntoCommonBins() {
        Map<String, double[]> groups = new LinkedHashMap<>();
        groups.put("truth", new double[] {0, 1, 2, 3});
        groups.put("collapsed", new double[] {1.5, 1.5, 1.6, 1.4});
        CategoryChart chart = Plots.histograms("spread", "valence", groups, 2);
        assertArrayEquals(new double[] {2, 2}, chart.getSeries("truth").getYData(), 0);
        assertArrayEquals(new double[] {1, 3}, chart.getSeries("collapsed").getYData(), 0);
        assertThrows(IllegalArgumentException.class, () -> Plots.histograms("t", "x", groups, 0));
    }

    /** Notebook 08's spread figure had nine series whose one-row legend ran off the chart's right edge. */
    @Test
    void aLegendTooWideForOneRowGoesOneNameALineBelowATallerChart() {
        Map<String, double[]> few = new LinkedHashMap<>();
        few.put("targets", new double[] {0, 1});
        few.put("lstm mse", new double[] {0.5, 0.6});
        CategoryChart short_ = Plots.histograms("spread", "arousal", few, 4);
        assertEquals(org.knowm.xchart.style.Styler.LegendLayout.Horizontal, short_.getStyler().getLegendLayout());
        Map<String, double[]> many = new LinkedHashMap<>();
        many.put("targets", new double[] {0, 1});
        for (String net : List.of("lstm-fused-beat", "cnn-fused-beat")) {
            for (String loss : List.of("mse", "mse+spearman", "transfer", "multitask")) {
                many.put(net + " " + loss, new double[] {0.4, 0.7});
            }
        }
        CategoryChart tall = Plots.histograms("spread", "arousal", many, 4);
        assertEquals(org.knowm.xchart.style.Styler.LegendLayout.Vertical, tall.getStyler().getLegendLayout());
        assertTrue(tall.getHeight() >= short_.getHeight() + 20 * many.size(),
                tall.getHeight() + " px for " + many.size() + " series");
    }
}
