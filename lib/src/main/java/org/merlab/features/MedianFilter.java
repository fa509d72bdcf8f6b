package org.merlab.features;

import java.util.Arrays;

/**
 * One-dimensional running medians over the rows or columns of a matrix, as
 * {@code scipy.ndimage.median_filter(x, size=(1, w))} or {@code size=(w, 1)} with {@code mode='reflect'}, which is
 * what {@code librosa.decompose.hpss} calls. For an odd window {@code w = 2h + 1},
 * {@code out[i] = median(x[r(i - h)], ..., x[r(i + h)])} where {@code r} reflects about the edges including the edge
 * sample ({@code d c b a | a b c d | d c b a}), repeatedly if the window is longer than the line.
 * <p>
 * Each line keeps its window sorted in a buffer padded with {@code +inf} to a power of two: sliding by one sample
 * finds the outgoing and incoming values' ranks by branch-free binary search and moves the entries between them
 * with one {@code arraycopy}, so a line of {@code n} samples costs {@code O(n (log w + w))} with a small constant
 * and few mispredicted branches, instead of a sort per sample.
 */
public final class MedianFilter {

    private MedianFilter() {
    }

    /**
     * Median over a window of {@code size} frames along each row: {@code median_filter(x, size=(1, size))}.
     *
     * @param x    {@code [rows][cols]}, finite
     * @param size odd window length
     * @return a new array of the same shape
     */
    public static float[][] alongRows(float[][] x, int size) {
        requireInput(x, size);
        float[][] out = new float[x.length][x[0].length];
        Line line = new Line(x[0].length, size);
        for (int r = 0; r < x.length; r++) {
            line.filter(x[r], out[r]);
        }
        return out;
    }

    /**
     * Median over a window of {@code size} rows along each column: {@code median_filter(x, size=(size, 1))}.
     *
     * @param x    {@code [rows][cols]}, finite
     * @param size odd window length
     * @return a new array of the same shape
     */
    public static float[][] alongColumns(float[][] x, int size) {
        requireInput(x, size);
        // Filtering the transpose row by row reads memory in order; gathering columns would not.
        return Matrices.transpose(alongRows(Matrices.transpose(x), size));
    }

    /** {@code scipy.ndimage} 'reflect' index: period {@code 2n}, mirrored in the second half. */
    static int reflect(int i, int n) {
        if (i >= 0 && i < n) {
            return i;
        }
        int m = Math.floorMod(i, 2 * n);
        return m < n ? m : 2 * n - 1 - m;
    }

    /** Scratch space and the running median of lines of one length. */
    static final class Line {

        private final int size;
        private final int half;
        private final float[] padded;
        private final float[] window;

        Line(int length, int size) {
            this.size = size;
            this.half = size / 2;
            this.padded = new float[length + 2 * half];
            this.window = new float[Math.max(32, Integer.highestOneBit(size) << 1)];
        }

        /** Running median of {@code in} (of the length given at construction) into {@code out}. */
        void filter(float[] in, float[] out) {
            filter(in, out, 0, in.length);
        }

        /**
         * The running median at positions {@code from..to-1} only, into the same positions of {@code out}; reads
         * {@code in} only at the reflected indices of {@code from - h .. to - 1 + h}.
         */
        void filter(float[] in, float[] out, int from, int to) {
            int n = in.length;
            int count = to - from + 2 * half;
            for (int j = 0; j < count; j++) {
                padded[j] = in[reflect(from + j - half, n)];
            }
            float[] w = window;
            System.arraycopy(padded, 0, w, 0, size);
            Arrays.sort(w, 0, size);
            Arrays.fill(w, size, w.length, Float.POSITIVE_INFINITY);
            out[from] = w[half];
            for (int i = 1; i < to - from; i++) {
                float entering = padded[i + size - 1];
                int leave = rank(w, padded[i - 1]);
                int enter = rank(w, entering);
                if (enter > leave) {
                    enter--;
                    System.arraycopy(w, leave + 1, w, leave, enter - leave);
                } else if (enter < leave) {
                    System.arraycopy(w, enter, w, enter + 1, leave - enter);
                }
                w[enter] = entering;
                out[from + i] = w[half];
            }
        }

        /** Number of entries below {@code x}; for a value in the window, the index of its first copy. */
        private static int rank(float[] w, float x) {
            if (w.length == 32) { // unrolled for kernels up to 31, librosa's default
                int i = w[15] < x ? 16 : 0;
                i += w[i + 7] < x ? 8 : 0;
                i += w[i + 3] < x ? 4 : 0;
                i += w[i + 1] < x ? 2 : 0;
                return i + (w[i] < x ? 1 : 0);
            }
            int i = 0;
            for (int step = w.length >> 1; step > 0; step >>= 1) {
                i += w[i + step - 1] < x ? step : 0;
            }
            return i;
        }
    }

    private static void requireInput(float[][] x, int size) {
        if (size < 1 || size % 2 == 0) {
            throw new ParameterException("median filter size must be a positive odd number, got " + size);
        }
        if (x == null || x.length == 0 || x[0].length == 0) {
            throw new ParameterException("median filter input must have at least one row and one column");
        }
        int cols = x[0].length;
        for (int r = 0; r < x.length; r++) {
            if (x[r].length != cols) {
                throw new ParameterException("median filter input rows differ in length: row " + r + " has "
                        + x[r].length + ", expected " + cols);
            }
            for (float v : x[r]) {
                if (!Float.isFinite(v)) {
                    throw new ParameterException("median filter input must be finite, got " + v + " in row " + r);
                }
            }
        }
    }
}
