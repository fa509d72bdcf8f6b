package org.merlab.models;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

class CrnnTest {

    @Test
    void hasTheDocumentedParameterCountWith64MelBandsAnd9Classes() {
        long conv = 3 * 64 * 64 + 64;
        long lstm = 4L * (64 * (64 + 64) + 64);
        long dense = 64 * 9 + 9;
        assertEquals(58_313, 2 * conv + lstm + dense);
        assertEquals(58_313, Crnn.build(64, 9, 64, 1).numParams());
    }

    @Test
    void givesOneProbabilityRowPerSegment() {
        INDArray p = Crnn.build(8, 4, 12, 1).output(SequenceNets.input(3, 5, 8, 12));
        assertArrayEquals(new long[] {5, 4}, p.shape());
        for (int i = 0; i < 5; i++) {
            assertEquals(1.0, p.getRow(i).sumNumber().doubleValue(), 1e-5);
        }
    }

    @Test
    void theSeedChoosesTheWeights() {
        assertEquals(Crnn.build(8, 4, 12, 7).params(), Crnn.build(8, 4, 12, 7).params());
        assertNotEquals(Crnn.build(8, 4, 12, 7).params(), Crnn.build(8, 4, 12, 8).params());
    }

    @Test
    void refusesInputsTheTwoPoolsWouldEmpty() {
        var e = assertThrows(IllegalArgumentException.class, () -> Crnn.configuration(8, 4, 3, 1));
        assertEquals("a CRNN halves its input 2 times and needs at least 4 steps, got 3", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Crnn.configuration(8, 1, 12, 1));
    }
}
