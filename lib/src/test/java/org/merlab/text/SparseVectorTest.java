package org.merlab.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SparseVectorTest {

    @Test
    void getsStoredValuesAndZeroElsewhere() {
        SparseVector v = new SparseVector(10, new int[] {1, 4}, new double[] {3, 4});
        assertEquals(4, v.get(4));
        assertEquals(0, v.get(2));
        assertEquals(5, v.norm(), 1e-12);
        assertEquals(2, v.size());
    }

    @Test
    void rejectsUnsortedOrOutOfRangeIndices() {
        assertThrows(IllegalArgumentException.class, () -> new SparseVector(10, new int[] {4, 1}, new double[2]));
        assertThrows(IllegalArgumentException.class, () -> new SparseVector(3, new int[] {3}, new double[1]));
        assertThrows(IllegalArgumentException.class, () -> new SparseVector(3, new int[] {1}, new double[2]));
    }
}
