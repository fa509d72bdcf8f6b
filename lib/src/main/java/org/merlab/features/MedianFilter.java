package org.merlab.features;

import java.util.Arrays;

/**
 * One-dimensional running medians over the rows or columns of a matrix, as
 * {@code scipy.ndimage.median_filter(x, size=(1, w))} or {@code size=(w, 1)} with {@code mode='reflect'}, which is
 * what {@code librosa.decompose.hpss} calls. For an odd window {@code w = 2h + 1},
 * {@code out[i] = median(x[r(i - h)], ..., x[r(i + h)])} where {@code r} reflects about the edges including the edge
 * sample ({@code d c b a | a b c d | d c b a}), repeatedly if the window is longer than the line.
 * <p>
 * Each line keeps its window sorted: sliding by one sample removes the outgoing value and inserts the incoming one
 * by shifting at most {@code w} entries, so a line of {@code n} samples costs {@code O(n w)} with a small constant
 * instead of a sort per sample.
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
        float[] window = new float[size];
        for (int r = 0; r < x.length; r++) {
            filterLine(x[r], out[r], size, window);
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
        int rows = x.length;
        int cols = x[0].length;
        float[][] out = new float[rows][cols];
        float[] line = new float[rows];
        float[] filtered = new float[rows];
        float[] window = new float[size];
        for (int c = 0; c < cols; c++) {
            for (int r = 0; r < rows; r++) {
                line[r] = x[r][c];
            }
            filterLine(line, filtered, size, window);
            for (int r = 0; r < rows; r++) {
                out[r][c] = filtered[r];
            }
        }
        return out;
    }

    /** Running median of one line into {@code out}; {@code window} is scratch space of length {@code size}. */
    static void filterLine(float[] in, float[] out, int size, float[] window) {
        int n = in.length;
        int h = size / 2;
        for (int j = 0; j < size; j++) {
            window[j] = in[reflect(j - h, n)];
        }
        Arrays.sort(window);
        out[0] = window[h];
        for (int i = 1; i < n; i++) {
            float leaving = in[reflect(i - 1 - h, n)];
            float entering = in[reflect(i + h, n)];
            if (leaving != entering) {
                replace(window, leaving, entering);
            }
            out[i] = window[h];
        }
    }

    /** {@code scipy.ndimage} 'reflect' index: period {@code 2n}, mirrored in the second half. */
    static int reflect(int i, int n) {
        int m = Math.floorMod(i, 2 * n);
        return m < n ? m : 2 * n - 1 - m;
    }

    /** Replaces one occurrence of {@code leaving} in the sorted {@code w} by {@code entering}, keeping it sorted. */
    private static void replace(float[] w, float leaving, float entering) {
        int lo = 0;
        int hi = w.length - 1;
        while (lo < hi) { // leftmost index with w[lo] >= leaving, which holds leaving since it is in the window
            int mid = (lo + hi) >>> 1;
            if (w[mid] < leaving) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int pos = lo;
        if (entering > leaving) {
            while (pos + 1 < w.length && w[pos + 1] < entering) {
                w[pos] = w[pos + 1];
                pos++;
            }
        } else {
            while (pos > 0 && w[pos - 1] > entering) {
                w[pos] = w[pos - 1];
                pos--;
            }
        }
        w[pos] = entering;
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
