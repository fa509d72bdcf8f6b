package org.merlab.audio;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PolyphaseFilterTest {

    @Test
    void equalsUpsampleFilterDecimateByDefinition() {
        float[] x = FftDecimatorTest.randomSignal(3001, 3);
        for (int[] ratio : new int[][] {{3, 2}, {2, 3}, {5, 1}, {441, 640}}) {
            int up = ratio[0];
            int down = ratio[1];
            double[] h = FftDecimatorTest.randomTaps(up * 12 + 1, 4);
            int outLength = (int) Math.ceil(x.length * (double) up / down);
            float[] y = new PolyphaseFilter(h, up, down).apply(x, outLength);
            float[] expected = FftDecimatorTest.direct(h, x, up, down, outLength);
            assertEquals(0, AudioFixtures.maxError(y, expected, 0, outLength), 1e-5, up + "/" + down);
        }
    }
}
