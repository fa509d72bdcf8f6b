package org.merlab.features;

/**
 * Chromagram from a power spectrogram: {@code librosa.filters.chroma} and {@code librosa.feature.chroma_stft}
 * (librosa 0.10.2), defaults 12 chroma starting at C, ctroct 5.0, octwidth 2, filter columns L2-normalised, frames
 * max-normalised ({@code norm=inf}), tuning estimated from the spectrogram.
 */
public final class Chroma {

    public static final int N_CHROMA = 12;
    /** Centre of the octave-dominance Gaussian, in octaves above A0 (27.5 Hz): 5.0 is A5, 880 Hz. */
    public static final double CTROCT = 5.0;
    /** Half-width of the octave-dominance Gaussian in octaves; {@code POSITIVE_INFINITY} is librosa's {@code None}. */
    public static final double OCTWIDTH = 2.0;

    private Chroma() {
    }

    /**
     * {@code librosa.filters.chroma(sr, n_fft, n_chroma, tuning, ctroct, octwidth, norm, base_c)}: for FFT bin i
     * ({@code f_i = i sr / nFft}, bin 0 placed 1.5 octaves below bin 1) with chroma position
     * {@code b_i = nChroma log2(f_i / A0(tuning))} and width {@code w_i = max(b_{i+1} - b_i, 1)}, the weight of chroma c
     * is {@code exp(-0.5 (2 D / w_i)^2)} with {@code D} the distance {@code b_i - c} wrapped to
     * {@code [-nChroma/2, nChroma/2)}; each column is divided by its {@code norm}-norm, then multiplied by
     * {@code exp(-0.5 ((b_i / nChroma - ctroct) / octwidth)^2)}; rows are rotated to start at C when {@code baseC}.
     *
     * @param norm p of the column p-norm ({@code POSITIVE_INFINITY} for the max)
     * @return float32 weights {@code [nChroma][1 + nFft / 2]}
     * @throws ParameterException for non-positive sr, nChroma, norm or octwidth, or nFft below 2
     */
    public static float[][] chromaFilterbank(double sr, int nFft, int nChroma, double tuning, double ctroct,
                                             double octwidth, double norm, boolean baseC) {
        if (!(sr > 0)) {
            throw new ParameterException("sr must be positive, got " + sr);
        }
        if (nFft < 2) {
            throw new ParameterException("nFft must be at least 2, got " + nFft);
        }
        if (nChroma <= 0) {
            throw new ParameterException("nChroma must be positive, got " + nChroma);
        }
        if (!(norm > 0)) {
            throw new ParameterException("norm must be positive, got " + norm);
        }
        if (!(octwidth > 0)) {
            throw new ParameterException("octwidth must be positive, got " + octwidth);
        }
        double[] frqbins = new double[nFft];
        double step = sr / nFft;
        for (int i = 1; i < nFft; i++) {
            frqbins[i] = nChroma * Frequencies.hzToOcts(i * step, tuning, nChroma);
        }
        frqbins[0] = frqbins[1] - 1.5 * nChroma;
        double half = Math.rint(nChroma / 2.0);
        int bins = 1 + nFft / 2;
        double[][] wts = new double[nChroma][bins];
        for (int i = 0; i < bins; i++) {
            double width = i + 1 < nFft ? Math.max(frqbins[i + 1] - frqbins[i], 1.0) : 1.0;
            for (int c = 0; c < nChroma; c++) {
                double d = pythonMod(frqbins[i] - c + half + 10 * nChroma, nChroma) - half;
                double z = 2 * d / width;
                wts[c][i] = Math.exp(-0.5 * z * z);
            }
            double length = columnNorm(wts, i, norm);
            double dominance = (frqbins[i] / nChroma - ctroct) / octwidth;
            double octaveWeight = Math.exp(-0.5 * dominance * dominance);
            for (int c = 0; c < nChroma; c++) {
                wts[c][i] = wts[c][i] / length * octaveWeight;
            }
        }
        int roll = baseC ? 3 * (nChroma / 12) : 0;
        float[][] out = new float[nChroma][bins];
        for (int c = 0; c < nChroma; c++) {
            double[] src = wts[(c + roll) % nChroma];
            for (int i = 0; i < bins; i++) {
                out[c][i] = (float) src[i];
            }
        }
        return out;
    }

    /** {@link #chromaFilterbank} with librosa's defaults: 12 chroma, ctroct 5, octwidth 2, L2 columns, base C. */
    public static float[][] chromaFilterbank(double sr, int nFft, double tuning) {
        return chromaFilterbank(sr, nFft, N_CHROMA, tuning, CTROCT, OCTWIDTH, 2.0, true);
    }

    /**
     * {@code librosa.feature.chroma_stft(S=power, sr, tuning)}: {@code C = normalize(F @ P, norm=inf, axis=chroma)}
     * with the default filterbank F; frames whose maximum is below float32's smallest normal stay unnormalised.
     *
     * @param power power spectrogram {@code [1 + nFft / 2][frames]}
     * @return {@code [12][frames]}, each frame's maximum 1 (or an all-zero frame)
     */
    public static float[][] chromaStft(float[][] power, double sr, double tuning) {
        float[][] raw = Matrices.multiply(chromaFilterbank(sr, 2 * (power.length - 1), tuning), power);
        int frames = raw[0].length;
        for (int t = 0; t < frames; t++) {
            double max = 0;
            for (float[] row : raw) {
                max = Math.max(max, Math.abs(row[t]));
            }
            double length = max < Float.MIN_NORMAL ? 1.0 : max;
            for (float[] row : raw) {
                row[t] = (float) (row[t] / length);
            }
        }
        return raw;
    }

    /**
     * {@code librosa.feature.chroma_stft(S=power, sr)}: tuning from {@link Pitch#estimateTuning(float[][], double)} of
     * the power spectrogram itself, as librosa does.
     */
    public static float[][] chromaStft(float[][] power, double sr) {
        return chromaStft(power, sr, Pitch.estimateTuning(power, sr));
    }

    /** {@code librosa.feature.chroma_stft(y=y, sr=sr)}: default STFT, power 2; {@code [12][frames]}. */
    public static float[][] chromaStft(float[] y, double sr) {
        return chromaStft(Stft.stft(y).power(), sr);
    }

    /** p-norm of column i (max for p = infinity), 1 where it is below float64's smallest normal, as util.normalize. */
    private static double columnNorm(double[][] w, int i, double p) {
        double length = 0;
        for (double[] row : w) {
            double v = Math.abs(row[i]);
            length = p == Double.POSITIVE_INFINITY ? Math.max(length, v) : length + Math.pow(v, p);
        }
        if (p == 2) {
            length = Math.sqrt(length);
        } else if (p != Double.POSITIVE_INFINITY) {
            length = Math.pow(length, 1.0 / p);
        }
        return length < Double.MIN_NORMAL ? 1.0 : length;
    }

    /** {@code np.remainder}: the result takes the sign of the divisor. */
    private static double pythonMod(double a, double b) {
        double r = a % b;
        return r != 0 && (r < 0) != (b < 0) ? r + b : r;
    }
}
