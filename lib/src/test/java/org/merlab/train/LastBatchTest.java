package org.merlab.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LastBatchTest {

    @Test
    void aSmallRemainderJoinsThePreviousBatchUnderMerge() {
        assertArrayEquals(new int[] {0, 32, 64, 100}, LastBatch.MERGE.bounds(100, 32));
        assertArrayEquals(new int[] {0, 32, 64, 96}, LastBatch.DROP.bounds(100, 32));
    }

    @Test
    void aRemainderOfHalfABatchOrMoreIsItsOwnBatch() {
        assertArrayEquals(new int[] {0, 32, 64, 96, 116}, LastBatch.MERGE.bounds(116, 32));
        assertArrayEquals(new int[] {0, 32, 64}, LastBatch.MERGE.bounds(64, 32));
    }

    @Test
    void neverABatchOfOne() {
        // Half of a batch of 2 is 1 row: it is merged all the same, since batch norm cannot normalise one row.
        assertArrayEquals(new int[] {0, 2, 5}, LastBatch.MERGE.bounds(5, 2));
        assertArrayEquals(new int[] {0, 20}, LastBatch.MERGE.bounds(20, 32));
        assertThrows(IllegalArgumentException.class, () -> LastBatch.MERGE.bounds(1, 32));
        assertThrows(IllegalArgumentException.class, () -> LastBatch.DROP.bounds(20, 32));
    }

    @Test
    void inferenceChunksFollowMergeAndNeverScoreALoneLastRow() {
        assertArrayEquals(new int[] {0, 256, 513}, LastBatch.chunks(513, 256));
        assertArrayEquals(new int[] {0, 256, 512}, LastBatch.chunks(512, 256));
        assertArrayEquals(new int[] {0, 1}, LastBatch.chunks(1, 256));
        assertArrayEquals(new int[] {0}, LastBatch.chunks(0, 256));
    }
}
