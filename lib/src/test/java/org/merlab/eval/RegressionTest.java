package org.merlab.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RegressionTest {

    private static final double[] Y = {1, 2, 3, 4};
    private static final double[] P = {1.5, 2, 2, 5};

    @Test
    void valuesByHand() {
        // Errors 0.5, 0, -1, 1: squared 0.25, 0, 1, 1.
        assertEquals(Math.sqrt(2.25 / 4), Regression.rmse(Y, P), 1e-12);
        assertEquals(2.5 / 4, Regression.mae(Y, P), 1e-12);
        // SST = 5, SSE = 2.25.
        assertEquals(1 - 2.25 / 5, Regression.r2(Y, P), 1e-12);
        // Means 2.5 and 2.625; cov = (-1.5 * -1.125 + -0.5 * -0.625 + 0.5 * -0.625 + 1.5 * 2.375) / 4.
        double cov = (1.6875 + 0.3125 - 0.3125 + 3.5625) / 4;
        double vy = 1.25;
        double vp = (1.265625 + 0.390625 + 0.390625 + 5.640625) / 4;
        assertEquals(cov / Math.sqrt(vy * vp), Regression.pearson(Y, P), 1e-12);
        assertEquals(2 * cov / (vy + vp + 0.125 * 0.125), Regression.ccc(Y, P), 1e-12);
    }

    @Test
    void aConstantPredictionHasNoCorrelationAndZeroConcordance() {
        double[] mean = {2.5, 2.5, 2.5, 2.5};
        assertTrue(Double.isNaN(Regression.pearson(Y, mean)));
        assertEquals(0, Regression.ccc(Y, mean), 1e-12);
        assertEquals(0, Regression.r2(Y, mean), 1e-12);
    }

    @Test
    void cccPenalisesBiasThatRIgnores() {
        double[] shifted = {2, 3, 4, 5};
        assertEquals(1, Regression.pearson(Y, shifted), 1e-12);
        assertTrue(Regression.ccc(Y, shifted) < 0.8);
    }

    @Test
    void mismatchedLengthsAreRefused() {
        assertThrows(EvalException.class, () -> Regression.rmse(Y, new double[3]));
        assertThrows(EvalException.class, () -> Regression.mae(new double[0], new double[0]));
    }
}
