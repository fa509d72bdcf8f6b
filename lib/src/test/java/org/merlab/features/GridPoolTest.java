package org.merlab.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class GridPoolTest {

    /** Two bins over 10 frames, hop 1 at rate 1: frame i is at i seconds with values i and 10 i. */
    private static float[][] ramp() {
        float[][] f = new float[2][10];
        for (int i = 0; i < 10; i++) {
            f[0][i] = i;
            f[1][i] = 10 * i;
        }
        return f;
    }

    @Test
    void eachStepAveragesTheFramesCentredInIt() {
        float[][] p = GridPool.mean(ramp(), new double[] {0, 2, 2.5, 9.5}, 1, 1);
        assertArrayEquals(new float[] {0.5f, 5f}, p[0]);
        // [2, 2.5) holds frame 2 only; [2.5, 9.5) frames 3..9.
        assertArrayEquals(new float[] {2f, 20f}, p[1]);
        assertArrayEquals(new float[] {6f, 60f}, p[2]);
    }

    @Test
    void aStepBetweenFramesTakesTheNearestAndOnePastTheEndTheLast() {
        float[][] p = GridPool.mean(ramp(), new double[] {3.1, 3.4, 12, 13}, 1, 1);
        assertArrayEquals(new float[] {3f, 30f}, p[0]);
        assertArrayEquals(new float[] {9f, 90f}, p[2]);
    }

    @Test
    void framesAreTimedByHopOverRate() {
        // Hop 512 at 22050 Hz: frame 43 is at 0.998 s, frame 44 at 1.022 s, so frames 0..43 make the first second.
        float[][] f = new float[1][100];
        for (int i = 0; i < 100; i++) {
            f[0][i] = i;
        }
        float[][] p = GridPool.mean(f, new double[] {0, 1}, 22050, 512);
        assertArrayEquals(new float[] {21.5f}, p[0]);
    }

    @Test
    void badGridsAreRefused() {
        assertThrows(ParameterException.class, () -> GridPool.mean(ramp(), new double[] {1}, 1, 1));
        assertThrows(ParameterException.class, () -> GridPool.mean(ramp(), new double[] {1, 1}, 1, 1));
        assertThrows(ParameterException.class, () -> GridPool.mean(new float[0][0], new double[] {0, 1}, 1, 1));
    }
}
