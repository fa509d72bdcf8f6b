package org.merlab.features;

/**
 * {@code librosa.feature.delta} (librosa 0.10.2, {@code feature/utils.py}): the local slope of each row over time,
 * a Savitzky-Golay derivative ({@code scipy.signal.savgol_filter(data, width, deriv=1, polyorder=1,
 * mode='interp')}). Used for MFCC deltas, which describe how the timbre moves rather than where it is.
 */
public final class Delta {

    /** librosa's default window: 9 frames. */
    public static final int WIDTH = 9;

    private Delta() {
    }

    /**
     * {@code librosa.feature.delta(data, width=width, order=1, axis=-1, mode='interp')}. A degree-1 least-squares
     * fit over {@code width = 2h + 1} frames has slope {@code sum_{j=-h..h} j x[t + j] / sum_j j^2} (unit frame
     * spacing); frames {@code h..frames-h-1} get the window centred on them, and {@code mode='interp'} gives the
     * first (last) {@code h} frames the slope of the line fitted to the first (last) {@code width} frames. Computed
     * in double.
     *
     * @param data  {@code [rows][frames]}, e.g. MFCCs {@code [20][frames]}
     * @param width odd, at least 3, at most {@code frames}
     * @return {@code [rows][frames]}
     * @throws ParameterException if {@code width} is even, below 3 or longer than the frames
     */
    public static double[][] delta(float[][] data, int width) {
        Matrices.requireRectangular(data, "delta input");
        int frames = data[0].length;
        if (width < 3 || width % 2 != 1) {
            throw new ParameterException("width must be an odd integer >= 3, got " + width);
        }
        if (width > frames) {
            throw new ParameterException("when mode='interp', width=" + width + " cannot exceed the " + frames
                    + " frames");
        }
        int half = width / 2;
        double norm = 0;
        for (int j = -half; j <= half; j++) {
            norm += (double) j * j;
        }
        double[][] out = new double[data.length][frames];
        for (int r = 0; r < data.length; r++) {
            float[] row = data[r];
            for (int t = half; t < frames - half; t++) {
                double slope = 0;
                for (int j = -half; j <= half; j++) {
                    slope += j * (double) row[t + j];
                }
                out[r][t] = slope / norm;
            }
            for (int t = 0; t < half; t++) {
                out[r][t] = out[r][half];
                out[r][frames - 1 - t] = out[r][frames - 1 - half];
            }
        }
        return out;
    }

    /** {@link #delta(float[][], int)} with librosa's default width 9. */
    public static double[][] delta(float[][] data) {
        return delta(data, WIDTH);
    }
}
