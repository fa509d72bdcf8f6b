package org.merlab.eval;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class McNemarTest {

    @Test
    void countsDiscordantRowsOnly() {
        int[] truth = {0, 0, 1, 1, 2, 2};
        int[] a = {0, 0, 1, 0, 2, 1};
        int[] b = {0, 1, 0, 0, 2, 2};
        McNemar t = McNemar.test(truth, a, b);
        assertEquals(2, t.onlyA());
        assertEquals(1, t.onlyB());
    }

    @Test
    void exactPValuesMatchScipyBinomtest() {
        // scipy.stats.binomtest(k, n, 0.5).pvalue: (1, 10) -> 0.021484375; (3, 10) -> 0.34375; (5, 10) -> 1
        assertEquals(0.021484375, McNemar.exactTwoSided(1, 9), 1e-12);
        assertEquals(0.34375, McNemar.exactTwoSided(7, 3), 1e-12);
        assertEquals(1.0, McNemar.exactTwoSided(5, 5), 1e-12);
        assertEquals(1.0, McNemar.exactTwoSided(0, 0), 1e-12);
        // (0, 2000): 2 / 2^2000 underflows to 0 without error; (900, 1100): 8.457089535503927e-06 by Python's exact math.comb sum
        assertEquals(0.0, McNemar.exactTwoSided(0, 2000), 1e-300);
        double p = McNemar.exactTwoSided(900, 1100);
        assertEquals(8.457089535503927e-06, p, 1e-15);
    }

    @Test
    void mismatchedLengthsFail() {
        assertThrows(EvalException.class, () -> McNemar.test(new int[2], new int[2], new int[3]));
    }
}
