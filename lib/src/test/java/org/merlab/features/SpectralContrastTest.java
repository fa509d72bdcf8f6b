package org.merlab.features;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link SpectralContrast} against {@code librosa.feature.spectral_contrast} as {@code make_librosa_fixtures.py}
 * re-states it, on librosa's own STFT magnitude ({@code stft_mag.npy}) and on ours of the same {@code y.npy}.
 * Measured largest absolute error: 5.9e-6 dB on both magnitudes (float32 dB against librosa's float64); the bounds
 * leave room for a valley of one or two bins amplifying an STFT's last-bit differences.
 */
class SpectralContrastTest {

    static final List<String> CLIPS = Conformance.SHORT_CLIPS;

    @ParameterizedTest
    @FieldSource("CLIPS")
    void matchesLibrosa(String clip) {
        double[][] expected = Conformance.fixture(clip, "spectral_contrast");
        float[][] librosaMagnitude = Conformance.floats(Conformance.matrix(clip, "stft_mag.npy"));
        double onTheirs = Conformance.maxAbsError(expected, SpectralContrast.of(librosaMagnitude, 22050));
        Conformance.report("spectral_contrast", clip, "abs dB", onTheirs);
        assertTrue(onTheirs < 1e-3, "contrast on librosa's STFT " + onTheirs);

        float[][] ours = Stft.stft(Conformance.signal(clip)).magnitude();
        double onOurs = Conformance.maxAbsError(expected, SpectralContrast.of(ours, 22050));
        Conformance.report("spectral_contrast(y)", clip, "abs dB", onOurs);
        assertTrue(onOurs < 0.05, "contrast on our STFT " + onOurs);
    }

    @Test
    void aFlatSpectrumHasNoContrast() {
        float[][] flat = new float[1025][3];
        for (float[] row : flat) {
            java.util.Arrays.fill(row, 0.5f);
        }
        double[][] contrast = SpectralContrast.of(flat, 22050);
        assertEquals(SpectralContrast.N_BANDS + 1, contrast.length);
        for (double[] band : contrast) {
            for (double v : band) {
                assertEquals(0.0, v, 1e-9);
            }
        }
    }

    @Test
    void rejectsBandsAboveNyquistAndBadOptions() {
        float[][] s = new float[1025][2];
        ParameterException e = assertThrows(ParameterException.class, () -> SpectralContrast.of(s, 8000, 200, 6, 0.02));
        assertTrue(e.getMessage().contains("Nyquist"), e.getMessage());
        assertThrows(ParameterException.class, () -> SpectralContrast.of(s, 22050, 200, 0, 0.02));
        assertThrows(ParameterException.class, () -> SpectralContrast.of(s, 22050, 200, 6, 1.0));
        assertThrows(ParameterException.class, () -> SpectralContrast.of(s, 22050, 0, 6, 0.02));
    }
}
