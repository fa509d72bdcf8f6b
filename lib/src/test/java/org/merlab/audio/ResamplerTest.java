package org.merlab.audio;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResamplerTest {

    /** Far enough from both ends that the zero padding outside the signal does not reach (longest filter here). */
    private static final double EDGE_SECONDS = 0.05;

    private static float[] sine(double hz, double amplitude, int sr, int n) {
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) (amplitude * Math.sin(2 * Math.PI * hz * i / sr));
        }
        return x;
    }

    private static double rms(float[] x, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += (double) x[i] * x[i];
        }
        return Math.sqrt(sum / (to - from));
    }

    @ParameterizedTest
    @CsvSource({"44100, 22050", "32000, 22050", "48000, 22050", "22050, 44100", "8000, 22050"})
    void aOneKilohertzSineStaysTheSameSineOnTheSameTimeAxis(int srIn, int srOut) {
        float[] x = sine(1000, 0.5, srIn, srIn);
        float[] y = Resampler.resample(x, srIn, srOut);
        float[] expected = sine(1000, 0.5, srOut, y.length);
        int edge = (int) (EDGE_SECONDS * srOut);
        double max = AudioFixtures.maxError(y, expected, edge, y.length - 2 * edge);
        // amplitude and phase both within 1e-3: output sample j is the sine at time j / srOut
        assertTrue(max < 1e-3, "max deviation from the analytic sine " + max);
    }

    @ParameterizedTest
    @CsvSource({"44100, 22050, 12000", "44100, 22050, 15000", "32000, 22050, 11600", "48000, 22050, 13000"})
    void aToneAboveTheNewNyquistIsAttenuatedByMoreThan80Db(int srIn, int srOut, double hz) {
        float[] x = sine(hz, 0.5, srIn, srIn);
        float[] y = Resampler.resample(x, srIn, srOut);
        int edge = (int) (EDGE_SECONDS * srOut);
        double gainDb = 20 * Math.log10(rms(y, edge, y.length - edge) / (0.5 / Math.sqrt(2)));
        assertTrue(gainDb < -80, hz + " Hz came through at " + gainDb + " dB");
    }

    @Test
    void outputLengthIsCeilOfTheRatioLikeLibrosa() {
        assertEquals(501, Resampler.resample(new float[1001], 44100, 22050).length);
        assertEquals(690, Resampler.resample(new float[1000], 32000, 22050).length); // 689.06
        assertEquals(2757, Resampler.resample(new float[1000], 8000, 22050).length); // 2756.25
        assertEquals(0, Resampler.resample(new float[0], 44100, 22050).length);
    }

    @Test
    void equalRatesCopyAndBadRatesAreRejected() {
        float[] x = {1, 2, 3};
        float[] y = Resampler.resample(x, 22050, 22050);
        assertArrayEquals(x, y);
        assertNotSame(x, y);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Resampler.resample(x, 0, 22050));
        assertTrue(e.getMessage().contains("0 -> 22050"), e.getMessage());
    }

    @Test
    void soxrHqConstantsAreThoseOfLibsoxr() {
        assertEquals(126.43, Resampler.ATTENUATION_DB, 0.01);
        assertEquals(0.913628, Resampler.SOXR_PASSBAND_END, 1e-6);
        assertEquals(0.913744, Resampler.PASSBAND_END, 1e-6);
    }

    @Test
    void attenuationFollowsSoxrsStageBudget() {
        double stage = 20 * Math.log10(2);
        assertEquals(Resampler.ATTENUATION_DB, Resampler.attenuationDb(1, 2), 0); // 44100 -> 22050: one DFT stage
        assertEquals(Resampler.ATTENUATION_DB, Resampler.attenuationDb(2, 1), 0); // 11025 -> 22050
        assertEquals(Resampler.ATTENUATION_DB, Resampler.attenuationDb(2, 3), 0); // 33075 -> 22050
        assertEquals(Resampler.ATTENUATION_DB + stage, Resampler.attenuationDb(441, 640), 0); // 32000 -> 22050
        assertEquals(Resampler.ATTENUATION_DB + stage, Resampler.attenuationDb(1, 4), 0); // 88200: halving first
    }

    /** librosa's y.npy is soxr_hq(y_native.npy) for the 3 s clip: compare ours on the same input. */
    @Test
    void matchesSoxrHqOnTheEmotifyClip() {
        float[] yNative = AudioFixtures.reference("emotify_rock_147_12-15s", "y_native.npy");
        float[] expected = AudioFixtures.reference("emotify_rock_147_12-15s", "y.npy");
        float[] y = Resampler.resample(yNative, 44100, 22050);
        assertEquals(expected.length, y.length);
        double max = AudioFixtures.maxError(y, expected, 0, y.length);
        double rms = AudioFixtures.rmsError(y, expected, 0, y.length);
        System.out.printf("Resampler vs soxr HQ, emotify_rock_147_12-15s 44100->22050: max %.3g, RMS %.3g%n", max, rms);
        assertTrue(rms < 1e-6, "RMS " + rms);
        assertTrue(max < 1e-5, "max " + max);
    }

    /** The 4Q clip is 32 kHz (441/640, soxr's two-stage plan); 2 s of its native decode are stored: compare 1.9 s. */
    @Test
    void matchesSoxrHqOnThe32kHzClipHead() {
        float[] head = AudioFixtures.reference("4q_Q2_MT0000956340_full", "y_native_head2s.npy");
        float[] expected = AudioFixtures.reference("4q_Q2_MT0000956340_full", "y.npy");
        float[] y = Resampler.resample(head, 32000, 22050);
        int n = (int) (1.9 * 22050);
        double max = AudioFixtures.maxError(y, expected, 0, n);
        double rms = AudioFixtures.rmsError(y, expected, 0, n);
        System.out.printf("Resampler vs soxr HQ, 4q_Q2 first 1.9 s 32000->22050: max %.3g, RMS %.3g%n", max, rms);
        assertTrue(rms < 1e-6, "RMS " + rms);
        assertTrue(max < 1e-5, "max " + max);
    }
}
