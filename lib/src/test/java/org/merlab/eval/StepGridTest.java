package org.merlab.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class StepGridTest {

    @Test
    void eachGridPointTakesTheStepHoldingItsCentre() {
        // Bars of 1.2 s and 0.8 s: centres 0.25, 0.75 in bar 0; 1.25, 1.75 in bar 1.
        assertArrayEquals(new double[] {5, 5, 7, 7},
                StepGrid.hold(new double[] {0, 1.2, 2.0}, new double[] {5, 7}, 0.5), 1e-12);
        // From 10 s: centres 10.25 .. 11.25.
        assertArrayEquals(new double[] {1, 1, 2},
                StepGrid.hold(new double[] {10, 11, 11.4}, new double[] {1, 2}, 0.5), 1e-12);
    }

    @Test
    void badInputIsRefused() {
        assertThrows(EvalException.class, () -> StepGrid.hold(new double[] {0, 1}, new double[] {1, 2}, 0.5));
        assertThrows(EvalException.class, () -> StepGrid.hold(new double[] {0, 1}, new double[] {1}, 0));
    }
}
