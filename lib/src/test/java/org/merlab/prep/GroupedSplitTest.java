package org.merlab.prep;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class GroupedSplitTest {

    @Test
    void refusesAnItemOnTwoSides() {
        assertDoesNotThrow(() -> new GroupedSplit(new int[] {0, 2}, new int[] {1}, new int[] {3}));
        assertThrows(PrepException.class, () -> new GroupedSplit(new int[] {0, 2}, new int[] {1}, new int[] {2}));
    }
}
