package org.merlab.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class SequenceMetricTest {

    /** Two pieces at different levels; the prediction gets the levels right and the shapes inverted. */
    private static final List<double[]> TRUTH = List.of(new double[] {0, 1, 2}, new double[] {10, 11, 12});
    private static final List<double[]> LEVELS = List.of(new double[] {2, 1, 0}, new double[] {12, 11, 10});

    @Test
    void pooledMetricsSeeTheLevelsWithinPieceMetricsTheShapes() {
        assertTrue(SequenceMetric.PEARSON.of(TRUTH, LEVELS) > 0.9, "levels dominate the pooled r");
        assertEquals(-1, SequenceMetric.PIECE_PEARSON.of(TRUTH, LEVELS), 1e-12);
        assertEquals(-1, SequenceMetric.WITHIN_PEARSON.of(TRUTH, LEVELS), 1e-12);
    }

    @Test
    void pooledMetricsEqualTheMetricOnAllSteps() {
        double[] y = {0, 1, 2, 10, 11, 12};
        double[] p = {2, 1, 0, 12, 11, 10};
        assertEquals(Regression.rmse(y, p), SequenceMetric.RMSE.of(TRUTH, LEVELS), 1e-12);
        assertEquals(Regression.ccc(y, p), SequenceMetric.CCC.of(TRUTH, LEVELS), 1e-12);
    }

    @Test
    void piecesWithoutCorrelationAreLeftOutOfTheAverage() {
        var y = List.of(new double[] {0, 1, 2}, new double[] {3, 3, 3});
        var p = List.of(new double[] {0, 1, 2}, new double[] {1, 2, 3});
        assertEquals(1, SequenceMetric.PIECE_PEARSON.of(y, p), 1e-12);
    }

    @Test
    void piecesMustPairUp() {
        assertThrows(EvalException.class, () -> SequenceMetric.RMSE.of(TRUTH, List.of(new double[3])));
        assertThrows(EvalException.class,
                () -> SequenceMetric.RMSE.of(TRUTH, List.of(new double[3], new double[2])));
    }
}
