package org.merlab.features;

import java.util.Arrays;

/**
 * {@code librosa.feature.spectral_contrast} (librosa 0.10.2, {@code feature/spectral.py}; Jiang et al. 2002,
 * "Music type classification by spectral contrast feature"): per octave band and frame, the dB difference between
 * the band's peaks and valleys, high for clear harmonic peaks and low for noise-like bands.
 */
public final class SpectralContrast {

    /** librosa's defaults: 6 octave bands above 200 Hz (7 rows with the one below), 2% of a band's bins. */
    public static final int N_BANDS = 6;
    public static final double FMIN = 200.0;
    public static final double QUANTILE = 0.02;

    private SpectralContrast() {
    }

    /**
     * {@code librosa.feature.spectral_contrast(S=magnitude, sr, fmin, n_bands, quantile, linear=False)}. Band edges
     * {@code o = [0, fmin, 2 fmin, ..., 2^nBands fmin]}; band k holds the bins with {@code o[k] <= f <= o[k+1]},
     * plus (k > 0) the bin just below and (last band) every bin above; bands but the last drop their highest bin.
     * With {@code q = max(1, rint(quantile * bins counted before that drop))}, a frame's valley is the mean of the
     * band's q smallest magnitudes and its peak the mean of the q largest; the result is
     * {@code power_to_db(peak) - power_to_db(valley)}, each {@code power_to_db} with ref 1, amin 1e-10 and top_db 80
     * over all bands and frames of its matrix, as librosa calls it. Peaks and valleys are rounded to float32 and
     * converted by {@link Mel#powerToDb(float[][])} in float32, where librosa keeps float64: the two agree within
     * 1e-5 dB (SpectralContrastTest).
     *
     * @param magnitude non-negative {@code [1 + nFft / 2][frames]}
     * @return {@code [nBands + 1][frames]} in dB
     * @throws ParameterException for a bad fmin, nBands or quantile, a band above Nyquist, an empty band or negative
     *                            magnitudes
     */
    public static double[][] of(float[][] magnitude, double sr, double fmin, int nBands, double quantile) {
        Spectral.requireNonNegative(magnitude);
        if (nBands < 1) {
            throw new ParameterException("nBands must be a positive integer, got " + nBands);
        }
        if (!(quantile > 0 && quantile < 1)) {
            throw new ParameterException("quantile must lie in (0, 1), got " + quantile);
        }
        if (!(fmin > 0)) {
            throw new ParameterException("fmin must be positive, got " + fmin);
        }
        double[] edges = new double[nBands + 2];
        for (int k = 1; k < edges.length; k++) {
            edges[k] = fmin * Math.pow(2, k - 1);
        }
        if (edges[nBands] >= 0.5 * sr) {
            throw new ParameterException("band edge " + edges[nBands] + " Hz exceeds Nyquist " + 0.5 * sr
                    + " Hz; reduce fmin or nBands");
        }
        double[] freq = Frequencies.fftFrequencies(sr, 2 * (magnitude.length - 1));
        int frames = magnitude[0].length;
        float[][] peak = new float[nBands + 1][frames];
        float[][] valley = new float[nBands + 1][frames];
        for (int k = 0; k <= nBands; k++) {
            int first = -1;
            int last = -1;
            for (int b = 0; b < freq.length; b++) {
                if (freq[b] >= edges[k] && freq[b] <= edges[k + 1]) {
                    first = first < 0 ? b : first;
                    last = b;
                }
            }
            if (first < 0) {
                throw new ParameterException("band " + k + " (" + edges[k] + "-" + edges[k + 1]
                        + " Hz) holds no FFT bin");
            }
            int from = k > 0 ? first - 1 : first;
            int to = k == nBands ? freq.length - 1 : last;
            int counted = to - from + 1;
            int used = k < nBands ? counted - 1 : counted;
            int q = (int) Math.max(1, Math.rint(quantile * counted));
            double[] column = new double[used];
            for (int t = 0; t < frames; t++) {
                for (int b = 0; b < used; b++) {
                    column[b] = magnitude[from + b][t];
                }
                Arrays.sort(column);
                double low = 0;
                double high = 0;
                for (int i = 0; i < q; i++) {
                    low += column[i];
                    high += column[used - 1 - i];
                }
                valley[k][t] = (float) (low / q);
                peak[k][t] = (float) (high / q);
            }
        }
        double[][] out = new double[nBands + 1][frames];
        float[][] peakDb = Mel.powerToDb(peak);
        float[][] valleyDb = Mel.powerToDb(valley);
        for (int k = 0; k <= nBands; k++) {
            for (int t = 0; t < frames; t++) {
                out[k][t] = (double) peakDb[k][t] - valleyDb[k][t];
            }
        }
        return out;
    }

    /** {@link #of(float[][], double, double, int, double)} with librosa's defaults (fmin 200, 6 bands, 0.02). */
    public static double[][] of(float[][] magnitude, double sr) {
        return of(magnitude, sr, FMIN, N_BANDS, QUANTILE);
    }
}
