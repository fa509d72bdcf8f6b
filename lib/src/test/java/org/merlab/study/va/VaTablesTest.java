package org.merlab.study.va;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.merlab.eval.BootstrapOptions;
import org.merlab.eval.SequenceMetric;

class VaTablesTest {

    static final VaRun RUN = VaCrossValidation.run(VaFixtures.built(12, 4, 2),
            new VaSettings(2, 0.25, 2, 2, 6, List.of(VaModel.LSTM), 3), line -> { });

    @Test
    void scoresEveryModelAndTheMeanOnEveryMetricWithIntervals() {
        var t = VaTables.scores(RUN, VaGrid.STEP, new BootstrapOptions(50, 1));
        assertEquals(2 * 2 * SequenceMetric.values().length, t.rowCount());
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
    }

    @Test
    void theDifferenceFromTheMeanIsModelMinusMean() {
        var scores = VaTables.scores(RUN, VaGrid.HALF_SECOND, BootstrapOptions.NONE);
        var diff = VaTables.versusMean(RUN, VaGrid.HALF_SECOND, BootstrapOptions.NONE);
        assertEquals(2 * VaTables.PAIRED.size(), diff.rowCount());
        double model = value(scores, "lstm", "arousal", "rmse");
        double mean = value(scores, VaRun.MEAN, "arousal", "rmse");
        assertEquals(model - mean, value(diff, "lstm", "arousal", "rmse"), 1e-12);
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
