package org.merlab.audio;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FftDecimatorTest {

    /** The definition: {@code y[j] = sum_k h[k] x[j M + c - k]}, zero outside x. */
    static float[] direct(double[] h, float[] x, int up, int down, int outLength) {
        int centre = (h.length - 1) / 2;
        float[] y = new float[outLength];
        for (int j = 0; j < outLength; j++) {
            long u = (long) j * down + centre;
            double sum = 0;
            for (int k = 0; k < h.length; k++) {
                long t = u - k;
                if (t % up == 0 && t >= 0 && t / up < x.length) {
                    sum += h[k] * x[(int) (t / up)];
                }
            }
            y[j] = (float) sum;
        }
        return y;
    }

    static double[] randomTaps(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] h = new double[n];
        for (int i = 0; i <= n / 2; i++) {
            h[i] = r.nextDouble() - 0.5;
            h[n - 1 - i] = h[i];
        }
        return h;
    }

    static float[] randomSignal(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) (r.nextDouble() * 2 - 1);
        }
        return x;
    }

    @Test
    void equalsTheDirectConvolutionAcrossManyBlocks() {
        double[] h = randomTaps(41, 1);
        float[] x = randomSignal(20_001, 2); // several 4096-sample blocks and a ragged end
        for (int down : new int[] {2, 3}) {
            int outLength = (int) Math.ceil(x.length / (double) down);
            float[] y = new FftDecimator(h, down).apply(x, outLength);
            float[] expected = direct(h, x, 1, down, outLength);
            assertEquals(0, AudioFixtures.maxError(y, expected, 0, outLength), 1e-5);
        }
    }
}
