package org.merlab.features;

/** Frequency conversions of {@code librosa.core.convert} (librosa 0.10.2). */
public final class Frequencies {

    /** Slaney's linear part: 200/3 Hz per mel below 1 kHz. */
    private static final double SLANEY_HZ_PER_MEL = 200.0 / 3;
    private static final double SLANEY_LOG_HZ = 1000.0;
    private static final double SLANEY_LOG_MEL = SLANEY_LOG_HZ / SLANEY_HZ_PER_MEL;
    /** Slaney's log part: 27 mels per factor 6.4 in frequency above 1 kHz. */
    private static final double SLANEY_LOG_STEP = Math.log(6.4) / 27.0;

    private Frequencies() {
    }

    /**
     * {@code librosa.fft_frequencies(sr, n_fft)}: {@code f[k] = k sr / nFft}, shape {@code [1 + nFft / 2]}, computed
     * like {@code np.fft.rfftfreq} ({@code k * (1 / (nFft / sr))}).
     */
    public static double[] fftFrequencies(double sr, int nFft) {
        double[] f = new double[1 + nFft / 2];
        double val = 1.0 / (nFft * (1.0 / sr));
        for (int k = 0; k < f.length; k++) {
            f[k] = k * val;
        }
        return f;
    }

    /**
     * {@code librosa.hz_to_mel(f, htk)}: HTK {@code 2595 log10(1 + f / 700)}; Slaney (default) linear
     * {@code 3 f / 200} below 1 kHz and {@code 15 + 27 ln(f / 1000) / ln 6.4} above.
     */
    public static double hzToMel(double hz, boolean htk) {
        if (htk) {
            return 2595.0 * Math.log10(1.0 + hz / 700.0);
        }
        return hz >= SLANEY_LOG_HZ
                ? SLANEY_LOG_MEL + Math.log(hz / SLANEY_LOG_HZ) / SLANEY_LOG_STEP
                : hz / SLANEY_HZ_PER_MEL;
    }

    /** {@code librosa.mel_to_hz(m, htk)}, the inverse of {@link #hzToMel}. */
    public static double melToHz(double mel, boolean htk) {
        if (htk) {
            return 700.0 * (Math.pow(10.0, mel / 2595.0) - 1.0);
        }
        return mel >= SLANEY_LOG_MEL
                ? SLANEY_LOG_HZ * Math.exp(SLANEY_LOG_STEP * (mel - SLANEY_LOG_MEL))
                : SLANEY_HZ_PER_MEL * mel;
    }

    /**
     * {@code librosa.mel_frequencies(n, fmin, fmax, htk)}: {@code n} frequencies equally spaced on the mel scale
     * from {@code fmin} to {@code fmax}, shape {@code [n]}.
     */
    public static double[] melFrequencies(int n, double fmin, double fmax, boolean htk) {
        double[] mels = linspace(hzToMel(fmin, htk), hzToMel(fmax, htk), n);
        for (int i = 0; i < n; i++) {
            mels[i] = melToHz(mels[i], htk);
        }
        return mels;
    }

    /**
     * {@code librosa.hz_to_octs(f, tuning, bins_per_octave)}: octaves above A0 (27.5 Hz at A440 tuning),
     * {@code log2(f / (440 * 2^(tuning / binsPerOctave) / 16))}.
     */
    public static double hzToOcts(double hz, double tuning, int binsPerOctave) {
        double a440 = 440.0 * Math.pow(2.0, tuning / binsPerOctave);
        return log2(hz / (a440 / 16));
    }

    static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    /** {@code np.linspace(start, stop, n)} with numpy's arithmetic ({@code i * step + start}, exact last point). */
    static double[] linspace(double start, double stop, int n) {
        double[] y = new double[n];
        double step = (stop - start) / (n - 1);
        for (int i = 0; i < n; i++) {
            y[i] = i * step + start;
        }
        if (n > 1) {
            y[n - 1] = stop;
        }
        return y;
    }
}
