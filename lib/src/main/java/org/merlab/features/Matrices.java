package org.merlab.features;

import java.util.Arrays;

/** Matrix products shared by the filterbank features (mel, chroma, MFCC). */
final class Matrices {

    private static final int TILE = 32;

    private Matrices() {
    }

    /**
     * {@code A @ S} for weights {@code A [rows][bins]} and a spectrogram {@code S [bins][frames]}, accumulated in
     * double along whole rows of S (cache-friendly for the {@code [bins][frames]} layout) and skipping zero weights,
     * which are most of a mel filterbank.
     *
     * @return {@code [rows][frames]} rounded to float32
     * @throws ParameterException if the inner dimensions differ
     */
    static float[][] multiply(double[][] a, float[][] s) {
        requireRectangular(s, "spectrogram");
        if (a[0].length != s.length) {
            throw new ParameterException("weights have " + a[0].length + " columns but the spectrogram has "
                    + s.length + " bins");
        }
        int frames = s[0].length;
        float[][] out = new float[a.length][frames];
        double[] acc = new double[frames];
        for (int r = 0; r < a.length; r++) {
            Arrays.fill(acc, 0.0);
            double[] w = a[r];
            for (int k = 0; k < w.length; k++) {
                double wk = w[k];
                if (wk == 0) {
                    continue;
                }
                float[] row = s[k];
                for (int t = 0; t < frames; t++) {
                    acc[t] += wk * row[t];
                }
            }
            for (int t = 0; t < frames; t++) {
                out[r][t] = (float) acc[t];
            }
        }
        return out;
    }

    /** {@link #multiply(double[][], float[][])} for float32 weights such as librosa's filterbanks. */
    static float[][] multiply(float[][] a, float[][] s) {
        double[][] wide = new double[a.length][];
        for (int r = 0; r < a.length; r++) {
            wide[r] = new double[a[r].length];
            for (int k = 0; k < a[r].length; k++) {
                wide[r][k] = a[r][k];
            }
        }
        return multiply(wide, s);
    }

    /** {@code [rows][cols]} to {@code [cols][rows]}, copied in tiles so both sides are read and written in runs. */
    static float[][] transpose(float[][] m) {
        int rows = m.length;
        int cols = m[0].length;
        float[][] out = new float[cols][rows];
        for (int r0 = 0; r0 < rows; r0 += TILE) {
            int r1 = Math.min(rows, r0 + TILE);
            for (int c0 = 0; c0 < cols; c0 += TILE) {
                int c1 = Math.min(cols, c0 + TILE);
                for (int r = r0; r < r1; r++) {
                    float[] row = m[r];
                    for (int c = c0; c < c1; c++) {
                        out[c][r] = row[c];
                    }
                }
            }
        }
        return out;
    }

    /**
     * Checks that a {@code [rows][cols]} input has rows, all of one length.
     *
     * @throws ParameterException naming {@code what} otherwise
     */
    static void requireRectangular(float[][] m, String what) {
        if (m.length == 0) {
            throw new ParameterException(what + " has no rows");
        }
        for (int r = 1; r < m.length; r++) {
            if (m[r].length != m[0].length) {
                throw new ParameterException(what + " row " + r + " has " + m[r].length + " columns, row 0 has "
                        + m[0].length);
            }
        }
    }
}
