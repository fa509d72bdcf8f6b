package org.merlab.study.va;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.merlab.data.Quadrant;
import org.merlab.eval.BootstrapOptions;
import org.merlab.eval.SequenceMetric;

class VaTablesTest {

    static final VaRun RUN = VaCrossValidation.run(VaFixtures.built(12, 4, 2), VaFixtures.clips(8, 3),
            new VaSettings(2, 0.25, 2, 2, 6, List.of(VaModel.LSTM), 3), line -> { });

    static final List<Quadrant> LABELS = java.util.stream.IntStream.range(0, 8).mapToObj(VaFixtures::clipQuadrant)
            .toList();

    @Test
    void scoresEveryModelAndBothBaselinesOnEveryMetricWithIntervals() {
        var t = VaTables.scores(RUN, VaGrid.STEP, new BootstrapOptions(50, 1));
        assertEquals(3 * 2 * SequenceMetric.values().length, t.rowCount());
        for (int r = 0; r < t.rowCount(); r++) {
            double v = t.doubleColumn("value").getDouble(r);
            if (Double.isFinite(v) && t.stringColumn("metric").get(r).equals("rmse")) {
                assertTrue(t.doubleColumn("low").getDouble(r) <= v && v <= t.doubleColumn("high").getDouble(r), "row " + r);
            }
        }
        // The mean has no correlation.
        var meanR = t.where(t.stringColumn("model").isEqualTo(VaRun.MEAN).and(t.stringColumn("metric")
                .isEqualTo("r")));
        assertTrue(Double.isNaN(meanR.doubleColumn("value").getDouble(0)));
        // A constant per piece has no per-piece or within-piece correlation; the static baseline keeps its pooled r.
        for (String name : VaRun.CONSTANT_PER_PIECE) {
            for (String metric : List.of("piece_r", "piece_ccc", "within_r")) {
                assertTrue(Double.isNaN(value(t, name, "valence", metric)), name + " " + metric);
            }
            assertTrue(Double.isFinite(value(t, name, "arousal", "rmse")), name);
        }
        assertTrue(Double.isFinite(value(t, VaRun.STATIC, "arousal", "r")));
        assertTrue(Double.isFinite(value(t, "lstm", "arousal", "piece_ccc")));
    }

    @Test
    void theDifferenceFromEachBaselineIsModelMinusBaseline() {
        var scores = VaTables.scores(RUN, VaGrid.HALF_SECOND, BootstrapOptions.NONE);
        for (String baseline : VaRun.CONSTANT_PER_PIECE) {
            var diff = VaTables.versus(RUN, baseline, VaGrid.HALF_SECOND, BootstrapOptions.NONE);
            assertEquals(2 * VaTables.PAIRED.size(), diff.rowCount());
            for (String metric : List.of("rmse", "ccc")) {
                double model = value(scores, "lstm", "arousal", metric);
                double base = value(scores, baseline, "arousal", metric);
                assertEquals(model - base, value(diff, "lstm", "arousal", metric), 1e-12, baseline + " " + metric);
            }
        }
    }

    @Test
    void theQuadrantCheckScoresEveryModelPerCentreAndItsConfusionAddsUp() {
        var t = VaTables.quadrants(RUN, LABELS, new BootstrapOptions(50, 2));
        assertEquals(VaTables.Centre.values().length, t.rowCount());
        for (int r = 0; r < t.rowCount(); r++) {
            assertEquals(8, t.intColumn("clips").get(r));
            assertEquals(0.25, t.doubleColumn("majority").get(r), 1e-12);
            double acc = t.doubleColumn("accuracy").get(r);
            assertTrue(t.doubleColumn("low").get(r) <= acc && acc <= t.doubleColumn("high").get(r), "row " + r);
        }
        var confusion = VaTables.confusion(RUN, VaModel.LSTM, LABELS, VaTables.Centre.MIDPOINT);
        int total = 0;
        int diagonal = 0;
        for (int r = 0; r < 4; r++) {
            for (int c = 0; c < 4; c++) {
                int n = confusion.intColumn(c + 1).get(r);
                total += n;
                diagonal += r == c ? n : 0;
            }
        }
        assertEquals(8, total);
        assertEquals(diagonal / 8.0, t.doubleColumn("accuracy").get(0), 1e-12);
        // The midpoint is (0, 0); the training-mean centre is the pieces' mean annotation.
        assertEquals(VaCrossValidation.trainingMean(RUN.pieces(),
                java.util.stream.IntStream.range(0, RUN.pieces().size()).toArray(), 1),
                VaTables.Centre.TRAINING_MEAN.of(RUN)[1], 1e-12);
        assertEquals(0, VaTables.quadrants(RUN, List.of(), BootstrapOptions.NONE).rowCount());
    }

    @Test
    void predictionsHaveOneRowPerStepAndHistoriesOnePerEpoch() {
        int steps = RUN.pieces().stream().mapToInt(p -> p.steps()).sum();
        var p = VaTables.predictions(RUN);
        assertEquals(steps, p.rowCount());
        assertEquals(RUN.predicted("lstm")[0][1][0], p.doubleColumn("lstm_arousal").get(0));
        int epochs = RUN.histories().stream().mapToInt(h -> h.history().epochs().size()).sum();
        assertEquals(epochs, VaTables.histories(RUN).rowCount());
    }

    static double value(tech.tablesaw.api.Table t, String model, String dimension, String metric) {
        for (int r = 0; r < t.rowCount(); r++) {
            if (t.stringColumn("model").get(r).equals(model) && t.stringColumn("dimension").get(r).equals(dimension)
                    && t.stringColumn("metric").get(r).equals(metric)) {
                return t.doubleColumn(4).getDouble(r);
            }
        }
        throw new AssertionError("no row " + model + " " + dimension + " " + metric);
    }
}
