package org.merlab.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.merlab.data.Quadrant;

class QuadrantCheckTest {

    private static final List<Quadrant> TRUTH = List.of(Quadrant.Q1, Quadrant.Q1, Quadrant.Q2, Quadrant.Q3,
            Quadrant.Q4);

    @Test
    void placesEachClipAroundTheCentreAndCountsHits() {
        // Q1 hit, Q1 predicted Q4, Q2 hit, Q3 hit, Q4 predicted Q1.
        double[] v = {0.5, 0.5, -0.5, -0.5, 0.5};
        double[] a = {0.5, -0.5, 0.5, -0.5, 0.5};
        var check = QuadrantCheck.of(TRUTH, v, a, 0, 0, BootstrapOptions.NONE);
        assertEquals(3 / 5.0, check.accuracy(), 1e-12);
        assertArrayEquals(new int[] {1, 0, 0, 1}, check.confusion().counts()[0]);
        assertArrayEquals(new int[] {1, 0, 0, 0}, check.confusion().counts()[3]);
        assertEquals(2 / 5.0, check.majority(), 1e-12);
        assertEquals(0.25, check.chance());
        assertNull(check.interval());
    }

    @Test
    void aCentreAboveEveryPredictionPutsThemAllInQ3() {
        double[] v = {0.1, 0.2, 0.3, 0.4, 0.5};
        var check = QuadrantCheck.of(TRUTH, v, v, 1, 1, new BootstrapOptions(200, 4));
        assertEquals(1 / 5.0, check.accuracy(), 1e-12);
        assertEquals(5, check.confusion().predictedCount(Quadrant.Q3.ordinal()));
        assertTrue(check.interval().low() <= 0.2 && 0.2 <= check.interval().high(), check.interval().toString());
    }

    @Test
    void rejectsPredictionsThatDoNotPairWithTheLabels() {
        assertThrows(EvalException.class, () -> QuadrantCheck.of(TRUTH, new double[4], new double[5], 0, 0,
                BootstrapOptions.NONE));
    }
}
