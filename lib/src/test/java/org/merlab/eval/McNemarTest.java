package org.merlab.eval;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class McNemarTest {

    @Test
    void exactBinomialForFewDiscordantPairs() {
        // 1 vs 9: p = 2 P(X <= 1), X ~ Bin(10, 1/2) = 2 * 11 / 1024
        McNemar m = McNemar.ofCounts(1, 9);
        assertTrue(m.exact());
        assertEquals(22 / 1024.0, m.pValue(), 1e-15);
        assertEquals(1, McNemar.ofCounts(5, 5).pValue());
        assertEquals(1, McNemar.ofCounts(0, 0).pValue());
    }

    @Test
    void chiSquareWithContinuityCorrectionForManyDiscordantPairs() {
        // (|30 - 10| - 1)^2 / 40 = 9.025; chi-square 1 df survival = erfc(sqrt(9.025 / 2)) (scipy: 0.0026631)
        McNemar m = McNemar.ofCounts(30, 10);
        assertFalse(m.exact());
        assertEquals(0.002663119259138554, m.pValue(), 1e-9);
        assertEquals(0.01417138825401233, McNemar.ofCounts(20, 40).pValue(), 1e-9);
    }

    @Test
    void countsOnlyTheDiscordantPairs() {
        boolean[] a = {true, true, false, false, true, true};
        boolean[] b = {true, false, false, true, false, false};
        McNemar m = McNemar.of(a, b);
        assertEquals(3, m.onlyA());
        assertEquals(1, m.onlyB());
        // 2 P(X <= 1), X ~ Bin(4, 1/2) = 2 * 5 / 16
        assertEquals(10 / 16.0, m.pValue(), 1e-15);
        assertThrows(EvalException.class, () -> McNemar.of(a, new boolean[2]));
    }
}
