package org.merlab.report;

import java.awt.Color;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.knowm.xchart.BoxChart;
import org.knowm.xchart.BoxChartBuilder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.merlab.eval.ConfusionMatrix;
import org.merlab.eval.PrCurve;
import org.merlab.eval.RocCurve;
import org.merlab.train.History;

/**
 * Reusable XChart figures for the notebooks: a heatmap of a matrix (spectrograms, MFCCs, as
 * {@code librosa.display.specshow} draws them), a line, a waveform ({@code librosa.display.waveshow}), a bar chart
 * and a box plot; and the CNN-LSTM study's figures: training curves per epoch (the paper's Figs 10-11), a
 * row-normalised confusion matrix (Fig 12) and grouped bars. Each returns the chart, for {@code Show.chart} inline
 * and {@link ReportWriter#figure} on disk (which adds the dataset to the title).
 *
 * <p>One style for every figure ({@link #style}): white background, light grey grid, black text, series in
 * {@link #PALETTE} (Okabe and Ito's colour-blind-safe set), and a legend only where there are several series, below
 * the plot, where it covers no data.
 */
public final class Plots {

    /** Heatmaps are averaged down to at most this many columns: enough for the eye, and SVGs stay near 2 MB. */
    public static final int MAX_HEATMAP_COLUMNS = 200;
    /** ... and rows. */
    public static final int MAX_HEATMAP_ROWS = 128;
    /** Waveforms longer than twice this are drawn as a min/max envelope over this many buckets. */
    public static final int WAVEFORM_BUCKETS = 1000;

    private static final int WIDTH = 900;
    private static final int HEIGHT = 400;
    /** Legend metrics of the common style, in pixels, for {@link #fitsOneLegendRow}. */
    private static final int LEGEND_BOX = 40;
    private static final int LEGEND_CHAR = 8;
    private static final int LEGEND_LINE = 20;
    /** Side of a confusion-matrix figure: room for nine class names on both axes. */
    public static final int HEATMAP_SIZE = 860;

    /**
     * Series colours: Okabe &amp; Ito (2008), "Color Universal Design", distinguishable with every common colour
     * vision deficiency; blue, orange and bluish green first, yellow (faint on white) last.
     */
    public static final List<Color> PALETTE = List.of(new Color(0, 114, 178), new Color(230, 159, 0),
            new Color(0, 158, 115), new Color(213, 94, 0), new Color(86, 180, 233), new Color(204, 121, 167),
            new Color(0, 0, 0), new Color(240, 228, 66));
    /** Grid lines and plot border: visible, never louder than the data. */
    static final Color GRID = new Color(220, 220, 220);

    /**
     * Colour maps as a few anchor colours XChart interpolates between (approximations of matplotlib's), and the plot
     * background: cells are rounded to whole pixels, and the hairline gaps between them show it, so it matches the
     * map's low end, or its neutral middle for a diverging map.
     */
    public enum ColourMap {
        /** Black to purple to orange to light yellow: matplotlib's magma, librosa's default for spectrograms. */
        MAGMA(0, new Color(0, 0, 4), new Color(81, 18, 124), new Color(183, 55, 121), new Color(252, 137, 97),
                new Color(252, 253, 191)),
        /** Dark blue to green to yellow: matplotlib's viridis. */
        VIRIDIS(0, new Color(68, 1, 84), new Color(59, 82, 139), new Color(33, 145, 140), new Color(94, 201, 98),
                new Color(253, 231, 37)),
        /** Blue through light grey to red, for signed values (MFCCs): matplotlib's coolwarm. */
        COOLWARM(1, new Color(59, 76, 192), new Color(221, 221, 221), new Color(180, 4, 38)),
        /**
         * White to blue, for shares in [0, 1] (confusion matrices): matplotlib's Blues up to its mid-dark #3182BD,
         * so black values printed on the darkest cells still read (contrast about 5:1).
         */
        BLUES(0, Color.WHITE, new Color(198, 219, 239), new Color(107, 174, 214), new Color(49, 130, 189));

        private final Color[] anchors;
        private final int background;

        ColourMap(int background, Color... anchors) {
            this.background = background;
            this.anchors = anchors;
        }

        Color[] anchors() {
            return anchors.clone();
        }

        Color background() {
            return anchors[background];
        }
    }

    /**
     * Coordinates of a matrix axis: index {@code i} sits at {@code start + i * step} (e.g. frame times
     * {@code i * 512 / 22050} s, or FFT bin frequencies {@code i * 22050 / 2048} Hz).
     */
    public record Axis(String label, double start, double step) {

        /** Plain indices 0, 1, 2, ... */
        public static Axis index(String label) {
            return new Axis(label, 0, 1);
        }
    }

    private Plots() {
    }

    /**
     * A heatmap of {@code matrix[rows][cols]}: columns along x, row 0 at the bottom (as specshow puts low frequencies),
     * colour by value on {@code colours}. Larger matrices are first averaged over blocks of adjacent rows and columns
     * ({@link #pool}) to at most {@value #MAX_HEATMAP_ROWS} x {@value #MAX_HEATMAP_COLUMNS}; tick values are the
     * blocks' centre coordinates.
     *
     * @param valueLabel what the colour shows, e.g. "dB"
     * @throws IllegalArgumentException if the matrix is empty or ragged
     */
    public static HeatMapChart heatmap(String title, float[][] matrix, Axis x, Axis y, ColourMap colours,
                                       String valueLabel) {
        float[][] m = pool(matrix, MAX_HEATMAP_ROWS, MAX_HEATMAP_COLUMNS);
        double colStep = x.step() * matrix[0].length / m[0].length;
        double rowStep = y.step() * matrix.length / m.length;
        List<String> xs = new ArrayList<>();
        for (int c = 0; c < m[0].length; c++) {
            xs.add(tick(x.start() + (c + 0.5) * colStep - x.step() / 2));
        }
        List<String> ys = new ArrayList<>();
        for (int r = 0; r < m.length; r++) {
            ys.add(tick(y.start() + (r + 0.5) * rowStep - y.step() / 2));
        }
        List<Number[]> cells = new ArrayList<>(m.length * m[0].length);
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < m[0].length; c++) {
            for (int r = 0; r < m.length; r++) {
                cells.add(new Number[] {c, r, m[r][c]});
                min = Math.min(min, m[r][c]);
                max = Math.max(max, m[r][c]);
            }
        }
        HeatMapChart chart = new HeatMapChartBuilder().width(WIDTH).height(HEIGHT).title(title)
                .xAxisTitle(x.label()).yAxisTitle(y.label()).build();
        var styler = style(chart.getStyler());
        styler.setRangeColors(colours.anchors());
        styler.setShowValue(false);
        styler.setDrawBorder(false);
        styler.setHeatMapDecimalValueFormatter(Plots::tick);
        styler.setHeatMapValueDecimalPattern("0.#");
        styler.setPlotGridLinesVisible(false);
        styler.setPlotBackgroundColor(colours.background());
        // The colour bar prints its ends in full; whole numbers read better and widen the range by under 1.
        styler.setMin(Math.floor(min));
        styler.setMax(Math.ceil(max));
        styler.setXAxisTickMarkSpacingHint(80);
        styler.setYAxisTickMarkSpacingHint(40);
        chart.addSeries(valueLabel, xs, ys, cells);
        return chart;
    }

    /**
     * The signal against time in seconds. Longer than {@code 2 x} {@value #WAVEFORM_BUCKETS} samples, it is drawn as
     * the min/max envelope of {@value #WAVEFORM_BUCKETS} equal buckets, as waveshow does when zoomed out, so a minute
     * of audio stays a few thousand points.
     */
    public static XYChart waveform(String title, float[] y, double sr) {
        double[][] xy = envelope(y, sr, WAVEFORM_BUCKETS);
        XYChart chart = line(title, xy[0], xy[1], "time (s)", "amplitude");
        chart.getStyler().setXAxisDecimalPattern("0.#");
        return chart;
    }

    /** One line through {@code (x[i], y[i])}, without markers or legend. */
    public static XYChart line(String title, double[] x, double[] y, String xLabel, String yLabel) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("need one y per x, got " + x.length + " x and " + y.length + " y");
        }
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT / 2 + 50).title(title)
                .xAxisTitle(xLabel).yAxisTitle(yLabel).build();
        style(chart.getStyler()).setLegendVisible(false);
        chart.addSeries("y", x, y).setMarker(SeriesMarkers.NONE);
        return chart;
    }

    /**
     * Label probabilities over time, one line per label: each segment's probabilities drawn as a flat step from its
     * start to its end, so overlapping or uneven segments stay readable.
     *
     * @param starts        segment starts in seconds, {@code [segments]}
     * @param ends          segment ends in seconds, {@code [segments]}
     * @param probabilities {@code [segments][labels]}
     */
    public static XYChart probabilityTimeline(String title, double[] starts, double[] ends,
                                              List<String> labels, double[][] probabilities) {
        if (starts.length != ends.length || starts.length != probabilities.length || starts.length == 0) {
            throw new IllegalArgumentException("need one start, end and probability row per segment, got "
                    + starts.length + ", " + ends.length + " and " + probabilities.length);
        }
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title).xAxisTitle("time (s)")
                .yAxisTitle("probability").build();
        for (int c = 0; c < labels.size(); c++) {
            double[] x = new double[2 * starts.length];
            double[] y = new double[2 * starts.length];
            for (int i = 0; i < starts.length; i++) {
                x[2 * i] = starts[i];
                x[2 * i + 1] = ends[i];
                y[2 * i] = probabilities[i][c];
                y[2 * i + 1] = probabilities[i][c];
            }
            chart.addSeries(labels.get(c), x, y).setMarker(SeriesMarkers.NONE);
        }
        legendBelow(style(chart.getStyler())).setYAxisMin(0.0).setYAxisMax(1.0);
        chart.getStyler().setXAxisDecimalPattern("0.#");
        return chart;
    }

    /** Vertical bars, one per category, in the given order. */
    public static CategoryChart bar(String title, List<String> categories, List<? extends Number> values,
                                    String xLabel, String yLabel) {
        if (categories.size() != values.size()) {
            throw new IllegalArgumentException("need one value per category, got " + categories.size()
                    + " categories and " + values.size() + " values");
        }
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title(title)
                .xAxisTitle(xLabel).yAxisTitle(yLabel).build();
        chart.addSeries(yLabel, categories, values);
        style(chart.getStyler()).setXAxisLabelRotation(30);
        chart.getStyler().setLegendVisible(false);
        return chart;
    }

    /** One box (quartiles, whiskers at 1.5 IQR, XChart's default) per group, in map order. */
    public static BoxChart box(String title, Map<String, double[]> groups, String yLabel) {
        BoxChart chart = new BoxChartBuilder().width(WIDTH).height(HEIGHT).title(title).yAxisTitle(yLabel).build();
        // Each box is labelled on the x axis; a legend would repeat the labels.
        style(chart.getStyler()).setLegendVisible(false);
        groups.forEach((name, values) -> {
            if (values.length == 0) {
                throw new IllegalArgumentException("box '" + name + "' has no values");
            }
            chart.addSeries(name, values);
        });
        return chart;
    }

    /** Which per-epoch curve pair a training figure shows. */
    public enum Curve {
        /** Figure 10 of the paper: training and validation accuracy. */
        ACCURACY("accuracy"),
        /** Figure 11 of the paper: training and validation categorical cross-entropy (or the network's own loss). */
        LOSS("loss"),
        /** The regression metric of per-step targets: training and validation mean absolute error. */
        MAE("mean absolute error");

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
        // The history's accuracy lists hold whatever its metric is: accuracy for classes, MAE for real targets.
        List<Double> train = curve == Curve.LOSS ? history.trainLoss() : history.trainAccuracy();
        List<Double> validation = curve == Curve.LOSS ? history.valLoss() : history.valAccuracy();
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title)
                .xAxisTitle("epoch").yAxisTitle(curve.axis).build();
        chart.addSeries("training", epochs, unbox(train)).setMarker(SeriesMarkers.CIRCLE);
        chart.addSeries("validation", epochs, unbox(validation)).setMarker(SeriesMarkers.DIAMOND);
        legendBelow(style(chart.getStyler())).setXAxisDecimalPattern("0");
        return chart;
    }

    /**
     * A valence or arousal curve over a piece's time: the annotators' mean per step, a band of one standard
     * deviation either side (two thin lines), and each prediction, all drawn at the steps' centres.
     *
     * @param boundaries  {@code steps + 1} times in seconds
     * @param predictions name to per-step values, drawn in the map's order
     */
    public static XYChart timeline(String title, String yLabel, double[] boundaries, double[] mean, double[] sd,
                                   Map<String, double[]> predictions) {
        int n = mean.length;
        if (boundaries.length != n + 1 || sd.length != n) {
            throw new IllegalArgumentException(n + " steps need " + (n + 1) + " boundaries and " + n
                    + " spreads, got " + boundaries.length + " and " + sd.length);
        }
        double[] t = new double[n];
        double[] low = new double[n];
        double[] high = new double[n];
        for (int k = 0; k < n; k++) {
            t[k] = (boundaries[k] + boundaries[k + 1]) / 2;
            low[k] = mean[k] - sd[k];
            high[k] = mean[k] + sd[k];
        }
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title)
                .xAxisTitle("time (s)").yAxisTitle(yLabel).build();
        Color band = new Color(150, 150, 150);
        chart.addSeries("annotators ± 1 sd", t, high).setMarker(SeriesMarkers.NONE).setLineColor(band)
                .setLineWidth(1f);
        chart.addSeries("annotators - 1 sd", t, low).setMarker(SeriesMarkers.NONE).setLineColor(band)
                .setLineWidth(1f).setShowInLegend(false);
        chart.addSeries("annotated mean", t, mean).setMarker(SeriesMarkers.CIRCLE).setLineColor(Color.BLACK)
                .setFillColor(Color.BLACK);
        predictions.forEach((name, values) -> {
            if (values.length != n) {
                throw new IllegalArgumentException(name + ": " + values.length + " predicted steps for " + n);
            }
            chart.addSeries(name, t, values).setMarker(SeriesMarkers.NONE).setLineWidth(2f);
        });
        legendBelow(style(chart.getStyler()));
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
        style(chart.getStyler()).setRangeColors(ColourMap.BLUES.anchors()).setMin(0).setMax(1).setShowValue(true)
                .setValueFontColor(Color.BLACK).setHeatMapValueDecimalPattern("0.00");
        chart.getStyler().setPlotBackgroundColor(ColourMap.BLUES.background());
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
        legendBelow(style(chart.getStyler())).setXAxisTickMarkSpacingHint(1).setXAxisLabelRotation(45);
        return chart;
    }

    /**
     * One-vs-rest ROC curves, a line per class labelled with its AUC, and the chance diagonal (scikit-learn's
     * {@code RocCurveDisplay} per class).
     *
     * @param classes class names, {@code [k]}, in the curves' order
     */
    public static XYChart rocCurves(List<RocCurve> curves, List<String> classes, String title) {
        XYChart chart = curveChart(title, "false positive rate", "true positive rate", curves.size(), classes);
        for (int c = 0; c < curves.size(); c++) {
            RocCurve roc = curves.get(c);
            chart.addSeries(String.format(Locale.ROOT, "%s (AUC %.3f)", classes.get(c), roc.auc()), roc.fpr(),
                    roc.tpr()).setMarker(SeriesMarkers.NONE);
        }
        chart.addSeries("chance", new double[] {0, 1}, new double[] {0, 1}).setMarker(SeriesMarkers.NONE)
                .setLineColor(Color.GRAY);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideSE);
        return chart;
    }

    /**
     * One-vs-rest precision-recall curves, a line per class labelled with its average precision and its share of
     * the rows (the precision of a random ranking).
     *
     * @param classes class names, {@code [k]}, in the curves' order
     * @param support true rows per class, {@code [k]}, for the chance level in the legend
     */
    public static XYChart prCurves(List<PrCurve> curves, List<String> classes, int[] support, String title) {
        XYChart chart = curveChart(title, "recall", "precision", curves.size(), classes);
        if (support.length != curves.size()) {
            throw new IllegalArgumentException("got " + support.length + " supports for " + curves.size()
                    + " curves");
        }
        double total = Arrays.stream(support).sum();
        for (int c = 0; c < curves.size(); c++) {
            PrCurve pr = curves.get(c);
            chart.addSeries(String.format(Locale.ROOT, "%s (AP %.3f, chance %.3f)", classes.get(c),
                    pr.averagePrecision(), support[c] / total), pr.recall(), pr.precision())
                    .setMarker(SeriesMarkers.NONE);
        }
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideSW);
        return chart;
    }

    private static XYChart curveChart(String title, String x, String y, int curves, List<String> classes) {
        if (classes.size() != curves) {
            throw new IllegalArgumentException("got " + classes.size() + " class names for " + curves + " curves");
        }
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEATMAP_SIZE * 3 / 4).title(title)
                .xAxisTitle(x).yAxisTitle(y).build();
        chart.getStyler().setXAxisMin(0.0).setXAxisMax(1.0).setYAxisMin(0.0).setYAxisMax(1.0);
        chart.getStyler().setXAxisDecimalPattern("0.0").setYAxisDecimalPattern("0.0");
        style(chart.getStyler());
        return chart;
    }

    /**
     * The style every figure shares: white chart and plot, light grey grid and border, black text,
     * {@link #PALETTE} for series, a white borderless legend.
     */
    static <S extends AxesChartStyler> S style(S styler) {
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setPlotBorderColor(GRID);
        styler.setPlotGridLinesColor(GRID);
        styler.setChartFontColor(Color.BLACK);
        styler.setAxisTickLabelsColor(Color.BLACK);
        styler.setLegendBackgroundColor(Color.WHITE);
        styler.setLegendBorderColor(Color.WHITE);
        styler.setSeriesColors(PALETTE.toArray(Color[]::new));
        return styler;
    }

    /** The legend in one row under the plot, where it hides no data point. */
    private static <S extends AxesChartStyler> S legendBelow(S styler) {
        styler.setLegendPosition(Styler.LegendPosition.OutsideS);
        styler.setLegendLayout(Styler.LegendLayout.Horizontal);
        return styler;
    }

    /** One line per series over x = 1..n (e.g. a parameter per epoch), in map order. */
    public static XYChart lines(String title, String xLabel, String yLabel, Map<String, double[]> series) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title).xAxisTitle(xLabel)
                .yAxisTitle(yLabel).build();
        series.forEach((name, y) -> {
            if (y.length == 0) {
                throw new IllegalArgumentException("series '" + name + "' has no values");
            }
            double[] x = new double[y.length];
            for (int i = 0; i < y.length; i++) {
                x[i] = i + 1;
            }
            chart.addSeries(name, x, y).setMarker(SeriesMarkers.CIRCLE);
        });
        legendBelow(style(chart.getStyler())).setXAxisDecimalPattern("0");
        return chart;
    }

    /**
     * Overlaid histograms of each group over one common range split into {@code bins} equal bins (counts), so the
     * spreads of several groups (e.g. targets and each model's predictions) compare at a glance.
     */
    public static CategoryChart histograms(String title, String xLabel, Map<String, double[]> groups, int bins) {
        if (bins < 1 || groups.isEmpty()) {
            throw new IllegalArgumentException("histograms need groups and at least one bin, got " + groups.size()
                    + " groups, " + bins + " bins");
        }
        double min = groups.values().stream().flatMapToDouble(Arrays::stream).min().orElseThrow();
        double max = groups.values().stream().flatMapToDouble(Arrays::stream).max().orElseThrow();
        double width = max > min ? (max - min) / bins : 1;
        List<String> centres = new ArrayList<>();
        for (int b = 0; b < bins; b++) {
            centres.add(String.format(Locale.ROOT, "%.2f", min + (b + 0.5) * width));
        }
        boolean oneRow = fitsOneLegendRow(groups.keySet());
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH)
                .height(oneRow ? HEIGHT : HEIGHT + LEGEND_LINE * groups.size()).title(title).xAxisTitle(xLabel)
                .yAxisTitle("count").build();
        groups.forEach((name, values) -> {
            double[] counts = new double[bins];
            for (double v : values) {
                counts[Math.min(bins - 1, (int) ((v - min) / width))]++;
            }
            chart.addSeries(name, centres, boxed(counts));
        });
        legendBelow(style(chart.getStyler())).setOverlapped(true).setXAxisLabelRotation(45);
        if (!oneRow) {
            chart.getStyler().setLegendLayout(Styler.LegendLayout.Vertical);
        }
        return chart;
    }

    /**
     * Whether a horizontal legend of these series names fits the chart's width. XChart does not wrap a horizontal
     * legend: names past the edge are cut off, so a longer legend goes one name a line below a taller chart.
     * The estimate takes the legend font's average character width and the colour box beside each name.
     */
    static boolean fitsOneLegendRow(Collection<String> names) {
        int width = names.stream().mapToInt(n -> LEGEND_BOX + LEGEND_CHAR * n.length()).sum();
        return width <= WIDTH - 2 * LEGEND_BOX;
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

    /**
     * Block means of {@code m} so it has at most {@code maxRows x maxCols} cells: rows are split into
     * {@code min(rows, maxRows)} blocks of near-equal size ({@code [floor(i R / n), floor((i+1) R / n))}), and
     * columns likewise.
     */
    static float[][] pool(float[][] m, int maxRows, int maxCols) {
        if (m.length == 0 || m[0].length == 0) {
            throw new IllegalArgumentException("cannot plot an empty matrix");
        }
        for (float[] row : m) {
            if (row.length != m[0].length) {
                throw new IllegalArgumentException("matrix rows differ in length: " + m[0].length + " and "
                        + row.length);
            }
        }
        int rows = Math.min(m.length, maxRows);
        int cols = Math.min(m[0].length, maxCols);
        float[][] out = new float[rows][cols];
        for (int i = 0; i < rows; i++) {
            int r0 = (int) ((long) i * m.length / rows);
            int r1 = (int) ((long) (i + 1) * m.length / rows);
            for (int j = 0; j < cols; j++) {
                int c0 = (int) ((long) j * m[0].length / cols);
                int c1 = (int) ((long) (j + 1) * m[0].length / cols);
                double sum = 0;
                for (int r = r0; r < r1; r++) {
                    for (int c = c0; c < c1; c++) {
                        sum += m[r][c];
                    }
                }
                out[i][j] = (float) (sum / ((r1 - r0) * (c1 - c0)));
            }
        }
        return out;
    }

    /**
     * {@code [times, values]}: every sample when there are at most {@code 2 buckets}, else for each bucket its start
     * time twice, with its minimum then its maximum.
     */
    static double[][] envelope(float[] y, double sr, int buckets) {
        if (y.length == 0) {
            throw new IllegalArgumentException("cannot plot an empty signal");
        }
        if (y.length <= 2 * buckets) {
            double[] t = new double[y.length];
            double[] v = new double[y.length];
            for (int i = 0; i < y.length; i++) {
                t[i] = i / sr;
                v[i] = y[i];
            }
            return new double[][] {t, v};
        }
        double[] t = new double[2 * buckets];
        double[] v = new double[2 * buckets];
        for (int b = 0; b < buckets; b++) {
            int from = (int) ((long) b * y.length / buckets);
            int to = (int) ((long) (b + 1) * y.length / buckets);
            float min = y[from];
            float max = y[from];
            for (int i = from + 1; i < to; i++) {
                min = Math.min(min, y[i]);
                max = Math.max(max, y[i]);
            }
            t[2 * b] = t[2 * b + 1] = from / sr;
            v[2 * b] = min;
            v[2 * b + 1] = max;
        }
        return new double[][] {t, v};
    }

    /** Three significant digits, no exponent for plot-sized numbers: 0.0232, 1.5, 86.1, 11025. */
    private static String tick(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e7) {
            return Long.toString((long) v);
        }
        return new BigDecimal(v).round(new MathContext(3)).stripTrailingZeros().toPlainString();
    }
}
