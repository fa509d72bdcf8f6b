package org.merlab.audio;

/**
 * Rational resampling by {@code L / M} with a polyphase FIR: the prototype low-pass {@code h} runs at {@code L}
 * times the input rate, and output {@code j} sits at upsampled time {@code u = j M + c} ({@code c} the centre tap,
 * so output 0 is on input 0): {@code y[j] = sum_t h[u mod L + t L] x[floor(u / L) - t]}. Each of the {@code L}
 * branches is precomputed as a float32 table, stored reversed so the inner product runs forward in memory.
 */
final class PolyphaseFilter implements Resampler.Kernel {

    private final int up;
    private final int down;
    private final int centre;
    private final int branchLength;
    /** {@code branches[p][s] = h[p + (branchLength - 1 - s) L]}, zero past the end of h. */
    private final float[][] branches;

    PolyphaseFilter(double[] h, int up, int down) {
        this.up = up;
        this.down = down;
        this.centre = (h.length - 1) / 2;
        this.branchLength = (h.length + up - 1) / up;
        this.branches = new float[up][branchLength];
        for (int p = 0; p < up; p++) {
            for (int t = 0; t < branchLength; t++) {
                int k = p + t * up;
                branches[p][branchLength - 1 - t] = k < h.length ? (float) h[k] : 0f;
            }
        }
    }

    @Override
    public float[] apply(float[] x, int outLength) {
        int front = branchLength;
        long lastU = (long) (outLength - 1) * down + centre;
        int back = (int) Math.max(0, lastU / up + 1 - x.length) + 1;
        float[] padded = new float[front + x.length + back];
        System.arraycopy(x, 0, padded, front, x.length);
        float[] y = new float[outLength];
        for (int j = 0; j < outLength; j++) {
            long u = (long) j * down + centre;
            y[j] = dot(branches[(int) (u % up)], padded, (int) (u / up) - branchLength + 1 + front);
        }
        return y;
    }

    /** Inner product with four partial sums, so the additions can overlap. */
    private static float dot(float[] w, float[] x, int at) {
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        int n = w.length;
        int i = 0;
        for (; i + 3 < n; i += 4) {
            s0 += w[i] * x[at + i];
            s1 += w[i + 1] * x[at + i + 1];
            s2 += w[i + 2] * x[at + i + 2];
            s3 += w[i + 3] * x[at + i + 3];
        }
        for (; i < n; i++) {
            s0 += w[i] * x[at + i];
        }
        return (s0 + s1) + (s2 + s3);
    }
}
