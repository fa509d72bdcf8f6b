package org.merlab.eval;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IntervalTest {

    @Test
    void closedInterval() {
        Interval ci = new Interval(0.25, 0.75);
        assertTrue(ci.contains(0.25) && ci.contains(0.75));
        assertFalse(ci.contains(0.76));
        assertEquals(0.5, ci.width());
        assertEquals("[0.2500, 0.7500]", ci.toString());
    }
}
