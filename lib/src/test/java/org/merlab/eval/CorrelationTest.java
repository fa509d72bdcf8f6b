package org.merlab.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CorrelationTest {

    private static final double[] A = {1, 2, 3, 4, 5};
    private static final double[] B = {2, 4, 5, 4, 5};

    @Test
    void pearsonAndSpearmanOfASmallExample() {
        // centred B = (-2, 0, 1, 0, 1): r = 6 / sqrt(10 * 6); ranks of B (1, 2.5, 4.5, 2.5, 4.5): 7 / sqrt(10 * 9).
        assertEquals(6 / Math.sqrt(60), Correlation.pearson(A, B), 1e-12);
        assertEquals(7 / Math.sqrt(90), Correlation.spearman(A, B), 1e-12);
    }

    @Test
    void constantSideIsNaNAndShortInputIsRefused() {
        assertEquals(Double.NaN, Correlation.pearson(A, new double[] {3, 3, 3, 3, 3}));
        assertThrows(EvalException.class, () -> Correlation.pearson(new double[] {1}, new double[] {1}));
    }
}
