package org.merlab.prep;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SplitFractionsTest {

    @Test
    void validates() {
        assertDoesNotThrow(() -> new SplitFractions(0.8, 0, 0.2));
        PrepException e = assertThrows(PrepException.class, () -> new SplitFractions(0.7, 0.2, 0.2));
        assertTrue(e.getMessage().contains("0.7/0.2/0.2"), e.getMessage());
        assertThrows(PrepException.class, () -> new SplitFractions(0, 0.5, 0.5));
        assertThrows(PrepException.class, () -> new SplitFractions(1.1, -0.1, 0));
        assertThrows(PrepException.class, () -> new SplitFractions(Double.NaN, 0.5, 0.5));
    }
}
