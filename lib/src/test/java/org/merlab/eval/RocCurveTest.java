package org.merlab.eval;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RocCurveTest {

    static final boolean[] POSITIVE = {true, false, true, true, false, false};
    static final double[] SCORE = {0.9, 0.8, 0.7, 0.6, 0.5, 0.4};

    @Test
    void knownRanking() {
        RocCurve roc = RocCurve.of(POSITIVE, SCORE);
        // 7 of the 9 (positive, negative) pairs are ordered right
        assertEquals(7 / 9.0, roc.auc(), 1e-12);
        assertArrayEquals(new double[] {0, 0, 1 / 3.0, 1 / 3.0, 1 / 3.0, 2 / 3.0, 1}, roc.fpr(), 1e-12);
        assertArrayEquals(new double[] {0, 1 / 3.0, 1 / 3.0, 2 / 3.0, 1, 1, 1}, roc.tpr(), 1e-12);
        assertEquals(Double.POSITIVE_INFINITY, roc.thresholds()[0]);
        assertEquals(0.4, roc.thresholds()[6]);
    }

    @Test
    void tiesCountHalf() {
        // pairs: (0.5 vs 0.5) tie = 1/2, (0.5 vs 0.1) = 1 -> 3/4
        RocCurve roc = RocCurve.of(new boolean[] {true, false, false}, new double[] {0.5, 0.5, 0.1});
        assertEquals(0.75, roc.auc(), 1e-12);
        assertEquals(3, roc.fpr().length);
    }

    @Test
    void undefinedWithoutBothClasses() {
        assertTrue(Double.isNaN(RocCurve.of(new boolean[] {true, true}, new double[] {0.2, 0.3}).auc()));
        assertThrows(EvalException.class, () -> RocCurve.of(new boolean[] {true}, new double[] {Double.NaN}));
    }
}
