package org.merlab.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PaddingTest {

    @Test
    void padsToTheLongestWithPadIdsAndZeroMask() {
        Padding.Batch b = Padding.pad(new int[][] {{5, 6, 7}, {8}});
        assertEquals(3, b.length());
        assertArrayEquals(new float[] {8, Vocabulary.PAD, Vocabulary.PAD}, b.ids()[1]);
        assertArrayEquals(new float[] {1, 0, 0}, b.mask()[1]);
        assertArrayEquals(new float[] {1, 1, 1}, b.mask()[0]);
    }

    @Test
    void emptySequenceFailsNamingIt() {
        var e = assertThrows(TextException.class, () -> Padding.pad(new int[][] {{1}, {}}));
        assertEquals("sequence 1 is empty: every text needs at least one token", e.getMessage());
    }

    @Test
    void emptyBatchHasLengthZero() {
        assertEquals(0, Padding.pad(new int[0][]).length());
    }
}
