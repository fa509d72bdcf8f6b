package org.merlab.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CorrelationTest {

    private static final double[] A = {1, 2, 3, 4, 5};
    private static final double[] B = {2, 4, 5, 4, 5};

    @Test
    void spearmanOfASmallExample() {
        // ranks of B (1, 2.5, 4.5, 2.5, 4.5), centred (-2, -0.5, 1.5, -0.5, 1.5): rho = 7 / sqrt(10 * 9).
        assertEquals(7 / Math.sqrt(90), Correlation.spearman(A, B), 1e-12);
        assertEquals(1, Correlation.spearman(A, new double[] {1, 4, 9, 16, 25}), 1e-12);
    }

    @Test
    void constantSideIsNaNAndShortInputIsRefused() {
        assertEquals(Double.NaN, Correlation.spearman(A, new double[] {3, 3, 3, 3, 3}));
        assertThrows(EvalException.class, () -> Correlation.spearman(new double[] {1}, new double[] {1}));
    }

    @Test
    void meanAndPopulationSd() {
        assertEquals(3, Correlation.mean(A), 1e-12);
        assertEquals(Math.sqrt(2), Correlation.sd(A), 1e-12);
    }
}
