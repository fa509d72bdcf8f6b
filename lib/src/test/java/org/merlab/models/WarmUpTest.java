package org.merlab.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class WarmUpTest {

    @Test
    void risesLinearlyThenStays() {
        var w = new WarmUp(1e-3, 4);
        assertEquals(2.5e-4, w.valueAt(0, 0), 1e-15);
        assertEquals(7.5e-4, w.valueAt(2, 0), 1e-15);
        assertEquals(1e-3, w.valueAt(3, 0), 1e-15);
        assertEquals(1e-3, w.valueAt(400, 9), 1e-15);
        assertEquals(1e-5, new WarmUp(1e-5, 0).valueAt(0, 0), 1e-20);
    }

    @Test
    void refusesBadSettings() {
        assertThrows(IllegalArgumentException.class, () -> new WarmUp(0, 1));
        assertThrows(IllegalArgumentException.class, () -> new WarmUp(1e-3, -1));
    }
}
