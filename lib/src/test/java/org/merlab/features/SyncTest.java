package org.merlab.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SyncTest {

    private static final float[][] DATA = {{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 1, 1, 1, 1, 3, 3, 3, 3, 3}};

    @Test
    void meansBetweenBoundariesPaddedWithZeroAndTheEnd() {
        // librosa.util.sync(data, [3, 7]) with pad=True: slices [0,3) [3,7) [7,10).
        float[][] s = Sync.mean(DATA, new int[] {3, 7});
        assertArrayEquals(new float[] {1, 4.5f, 8}, s[0]);
        assertArrayEquals(new float[] {1, 2, 3}, s[1]);
    }

    @Test
    void indicesAreClippedDeduplicatedAndSorted() {
        // fix_frames clips to [0, 10], adds 0 and 10, np.unique sorts: [7, -2, 3, 3, 12] -> [0, 3, 7, 10].
        assertArrayEquals(Sync.mean(DATA, new int[] {3, 7})[0], Sync.mean(DATA, new int[] {7, -2, 3, 3, 12})[0]);
        assertArrayEquals(new float[] {4.5f}, Sync.mean(DATA, new int[0])[0]);
    }

    @Test
    void everyStepFramesPoolsBlocks() {
        assertArrayEquals(new int[] {0, 4, 8}, Sync.every(4, 10));
        assertArrayEquals(new float[] {1.5f, 5.5f, 8.5f}, Sync.mean(DATA, Sync.every(4, 10))[0]);
        assertThrows(ParameterException.class, () -> Sync.every(0, 10));
        assertThrows(ParameterException.class, () -> Sync.mean(new float[][] {{}}, new int[0]));
    }
}
