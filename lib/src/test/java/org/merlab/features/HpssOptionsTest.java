package org.merlab.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class HpssOptionsTest {

    @Test
    void defaultsAreLibrosas() {
        assertEquals(new HpssOptions(31, 2.0, 1.0), HpssOptions.DEFAULT);
    }

    @Test
    void rejectsEvenKernelsNonPositivePowersAndMarginsBelowOne() {
        assertThrows(ParameterException.class, () -> new HpssOptions(30, 2, 1));
        assertThrows(ParameterException.class, () -> new HpssOptions(31, 0, 1));
        assertThrows(ParameterException.class, () -> new HpssOptions(31, Double.POSITIVE_INFINITY, 1));
        assertThrows(ParameterException.class, () -> new HpssOptions(31, 2, 0.5));
    }
}
