package org.merlab.features;

/** Signal-to-signal effects of {@code librosa.effects} (librosa 0.10.2). */
public final class Effects {

    private Effects() {
    }

    /**
     * {@code librosa.effects.harmonic(y, kernel_size, power, margin, n_fft, hop_length, ...)}:
     * {@code istft(M_H * stft(y), length=len(y))}, the harmonic part of {@link Hpss#hpss}.
     *
     * @param y signal, finite, at least one STFT frame long
     * @return the harmonic signal, as long as {@code y}
     */
    public static float[] harmonic(float[] y, HpssOptions hpss, StftOptions stft) {
        Spectrogram spectrum = Stft.stft(y, stft);
        float[][] magnitude = spectrum.magnitude();
        float[][] mask = Hpss.harmonicMask(magnitude, hpss);
        return Stft.istft(Hpss.apply(spectrum, magnitude, mask), stft, y.length);
    }

    /**
     * {@code np.mean(librosa.effects.harmonic(y))} from the STFT of {@code y}, equal to the mean of
     * {@link #harmonic(float[], HpssOptions, StftOptions)} up to float32 rounding of the samples, but without
     * median-filtering the whole spectrogram or inverting it (see {@link HarmonicMean}).
     *
     * @param stft   {@code stft(y)} with options {@code o}
     * @param length {@code len(y)}
     */
    public static double harmonicMean(Spectrogram stft, int length, HpssOptions hpss, StftOptions o) {
        return HarmonicMean.of(stft, stft.magnitude(), length, hpss, o);
    }

    /**
     * {@link #harmonicMean(Spectrogram, int, HpssOptions, StftOptions)} reusing a pipeline's
     * {@code magnitude = stft.magnitude()}, {@code [bins][frames]}.
     */
    public static double harmonicMean(Spectrogram stft, float[][] magnitude, int length, HpssOptions hpss,
                                      StftOptions o) {
        return HarmonicMean.of(stft, magnitude, length, hpss, o);
    }

    /** {@link #harmonicMean(Spectrogram, int, HpssOptions, StftOptions)} of {@code y} with librosa's defaults. */
    public static double harmonicMean(float[] y) {
        return harmonicMean(Stft.stft(y), y.length, HpssOptions.DEFAULT, StftOptions.DEFAULT);
    }

    /** {@link #harmonic(float[], HpssOptions, StftOptions)} with librosa's defaults. */
    public static float[] harmonic(float[] y) {
        return harmonic(y, HpssOptions.DEFAULT, StftOptions.DEFAULT);
    }
}
