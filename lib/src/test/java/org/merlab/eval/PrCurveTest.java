package org.merlab.eval;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PrCurveTest {

    @Test
    void knownRanking() {
        PrCurve pr = PrCurve.of(RocCurveTest.POSITIVE, RocCurveTest.SCORE);
        // positives at ranks 1, 3, 4: AP = (1 + 2/3 + 3/4) / 3
        assertEquals((1 + 2 / 3.0 + 3 / 4.0) / 3, pr.averagePrecision(), 1e-12);
        assertArrayEquals(new double[] {1, 1, 0.5, 2 / 3.0, 0.75, 0.6, 0.5}, pr.precision(), 1e-12);
        assertArrayEquals(new double[] {0, 1 / 3.0, 1 / 3.0, 2 / 3.0, 1, 1, 1}, pr.recall(), 1e-12);
    }

    @Test
    void perfectAndUndefined() {
        assertEquals(1, PrCurve.of(new boolean[] {true, false}, new double[] {0.9, 0.1}).averagePrecision(), 1e-12);
        assertTrue(Double.isNaN(PrCurve.of(new boolean[] {false, false}, new double[] {0.9, 0.1})
                .averagePrecision()));
    }
}
