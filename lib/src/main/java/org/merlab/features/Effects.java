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
        float[][] mask = Hpss.masks(magnitude, hpss).harmonic();
        return Stft.istft(Hpss.apply(spectrum, magnitude, mask), stft, y.length);
    }

    /** {@link #harmonic(float[], HpssOptions, StftOptions)} with librosa's defaults. */
    public static float[] harmonic(float[] y) {
        return harmonic(y, HpssOptions.DEFAULT, StftOptions.DEFAULT);
    }
}
